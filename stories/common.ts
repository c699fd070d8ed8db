import type { ArgTypes } from '@storybook/web-components';

/** Controls for the attributes every element has. */
export const commonArgTypes: ArgTypes = {
  src: { control: 'text', description: 'URL of a statement JSON; empty: the embedded statement' },
  lang: { control: 'select', options: ['', 'en', 'fr', 'de', 'es', 'it'], description: 'Language of the content and of the element’s own words' },
  theme: { control: 'select', options: ['', 'light', 'dark', 'auto'], description: 'Empty: the host page’s font and colours' },
  loading: { control: 'select', options: ['', 'lazy', 'eager'], description: '`lazy`: fetch `src` only near the viewport' },
};

/** A remote statement (test data) in Storybook's own static folder. */
export const REMOTE = 'data/statement.json';
/** Malformed JSON in Storybook's own static folder: the element falls back and fires icn-error. */
export const BROKEN = 'data/broken-statement.json';

/** An attribute value, or undefined so that the attribute is left out. */
export const attr = (value: unknown): string | undefined =>
  value === undefined || value === null || value === '' ? undefined : String(value);
