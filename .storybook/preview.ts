import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components';
import { withActions } from 'storybook/actions/decorator';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import manifest from '../dist/custom-elements.json';
import '../src/define.js';
import { direction } from '../src/shared/direction.js';
import { LANGUAGE_NAMES } from '../src/shared/messages/names.js';

// Each element's docs page lists its attributes, properties, events, parts and custom properties from the manifest.
setCustomElementsManifest(manifest);

/**
 * Wraps each story in the page language and direction chosen in the toolbar. The elements take
 * their language from the nearest ancestor `lang`, so this is only the default: a story's own
 * `lang` arg (on the element) or its own wrapper (FrenchPage, RightToLeftPage) is closer and wins.
 * `keyed` builds the story anew when the language or direction changes, as the elements read
 * the ancestors' `lang` when they render and do not watch it.
 */
const withLocale: Decorator = (story, { globals }) => {
  const lang = String(globals.locale ?? '').trim() || 'en';
  // The language's own direction (Arabic: right to left) unless the toolbar chose one.
  const dir = globals.dir === 'rtl' || globals.dir === 'ltr' ? globals.dir : direction(lang);
  // The renderer takes a template, not a bare directive: hence the outer html``.
  return html`${keyed(`${lang}|${dir}`, html`<div class="icn-story-locale" lang=${lang} dir=${dir}>${story()}</div>`)}`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withActions, withLocale],
  globalTypes: {
    locale: {
      description: 'Language of the page around the element (the wrapper’s lang)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          ...Object.entries(LANGUAGE_NAMES).map(([value, title]) => ({ value, right: value, title })),
          // A regional tag: the elements use its primary language (French).
          { value: 'fr-CA', right: 'fr-CA', title: 'Français (Canada)' },
          // A language the elements do not have: their own words fall back to English.
          { value: 'ja', right: 'ja', title: '日本語 (English fallback)' },
        ],
      },
    },
    dir: {
      description: 'Direction of the page around the element (the wrapper’s dir)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: 'lang', right: 'auto', title: 'The language’s own' },
          { value: 'ltr', right: 'ltr', title: 'Left to right' },
          { value: 'rtl', right: 'rtl', title: 'Right to left' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en', dir: 'lang' },
  parameters: {
    // icn-load and icn-error show in the actions panel.
    actions: { handles: ['icn-load', 'icn-error'] },
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
