/**
 * The languages the elements speak: each has a catalogue `./<code>.ts`, a name in `./names.ts`
 * and an Open Graph locale in `src/embed-pages/social.ts`. English is in every bundle (it is the
 * fallback); each other catalogue is loaded when an element first speaks it (`./load.ts`).
 */
export const UI_LANGS = [
  'en',
  'ar',
  'bg',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nb',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'tr',
  'uk',
] as const;

/** A language the elements speak. */
export type UiLang = (typeof UI_LANGS)[number];

/** A language whose catalogue is loaded on demand: every one but English. */
export type LazyLang = Exclude<UiLang, 'en'>;

/**
 * Tags that name no catalogue but read best in one that exists: Norwegian (`no`) and Nynorsk
 * (`nn`) readers get Bokmål rather than English.
 */
export const LANG_ALIASES: Readonly<Record<string, UiLang>> = { no: 'nb', nn: 'nb' };

/**
 * The language of the catalogue for a BCP 47 tag (`fr-CA` → `fr`), whether or not it is loaded
 * yet; English when there is none.
 */
export function catalogueLang(tag: string): UiLang {
  const primary = String(tag).toLowerCase().split('-')[0]!;
  // Listed codes and own keys only: `__proto__` or `toString` must not pass for a language.
  if ((UI_LANGS as readonly string[]).includes(primary)) return primary as UiLang;
  return Object.prototype.hasOwnProperty.call(LANG_ALIASES, primary) ? LANG_ALIASES[primary]! : 'en';
}
