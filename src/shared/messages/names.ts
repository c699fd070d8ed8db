import type { UiLang } from '../i18n.js';

/**
 * Each language the elements speak, named in itself: for menus (the embed builder, Storybook's
 * toolbar), not for the elements, so not in their bundle. A new catalogue needs its name here.
 */
export const LANGUAGE_NAMES: Record<UiLang, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  it: 'Italiano',
  nl: 'Nederlands',
  pt: 'Português',
  pl: 'Polski',
  el: 'Ελληνικά',
  uk: 'Українська',
  ar: 'العربية',
};
