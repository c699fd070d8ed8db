/**
 * Link previews: the Open Graph and Twitter Card `<meta>` of the statement page and of each
 * embed page, so that a link pasted into Mastodon, LinkedIn, Slack or Teams shows a card with
 * the statement's own words and an image. Pure text; no browser or file access.
 */
import type { Statement } from '../data/schema.js';
import { localize } from '../data/localize.js';
import { withoutPdfMarker } from '../data/marker.js';
import type { UiLang } from '../shared/i18n.js';

/** Text made safe for an HTML attribute value or element content. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/**
 * Open Graph's `language_TERRITORY` for each UI language. The territory is the language's
 * home (British English: the statement is written in it); a new UI language must add its own.
 */
export const OG_LOCALES = {
  en: 'en_GB',
  fr: 'fr_FR',
  de: 'de_DE',
  es: 'es_ES',
  it: 'it_IT',
  nl: 'nl_NL',
  pt: 'pt_PT',
  pl: 'pl_PL',
  el: 'el_GR',
  uk: 'uk_UA',
  ar: 'ar_AR',
} as const satisfies Record<UiLang, string>;

/** The longest description, in characters, before it is cut at a word with an ellipsis. */
export const DESCRIPTION_LENGTH = 200;

/** `text` cut at the last space before `max` characters, with an ellipsis, when it is longer. */
export function trimAtWord(text: string, max = DESCRIPTION_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * The description of a page in `lang`: the statement's first introduction paragraph, in that
 * language where the data has it (else its first principle), verbatim, trimmed at a word. A
 * description is plain text, so a "(download pdf)" marker in it is left out, as on a page
 * without a PDF.
 */
export function describe(statement: Statement, lang: string): string {
  const { intro, principles } = localize(statement, lang);
  const first = intro.value[0] === undefined ? undefined : withoutPdfMarker(intro.value[0]);
  return trimAtWord(first || principles.value[0] || statement.title);
}

/** An image of a preview: an absolute URL, its size in px and its text alternative. */
export interface PreviewImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** What a preview card says. */
export interface Preview {
  /** The page's title (also its `<title>`). */
  title: string;
  description: string;
  /** The page's absolute URL. */
  url: string;
  /** The site's name: the statement's title. */
  siteName: string;
  lang: UiLang;
  image: PreviewImage;
  /** `summary_large_image` for a wide image, `summary` for a small one (a badge). */
  card: 'summary' | 'summary_large_image';
}

/** The `<meta>` elements of a preview, one a line, every value escaped. */
export function socialMeta(p: Preview): string {
  const property = (name: string, value: string | number) =>
    `<meta property="${name}" content="${escapeHtml(String(value))}" />`;
  const named = (name: string, value: string | number) => `<meta name="${name}" content="${escapeHtml(String(value))}" />`;
  return [
    named('description', p.description),
    property('og:type', 'website'),
    property('og:site_name', p.siteName),
    property('og:title', p.title),
    property('og:description', p.description),
    property('og:url', p.url),
    property('og:locale', OG_LOCALES[p.lang]),
    property('og:image', p.image.url),
    ...(p.image.url.startsWith('https:') ? [property('og:image:secure_url', p.image.url)] : []),
    property('og:image:type', 'image/png'),
    property('og:image:width', p.image.width),
    property('og:image:height', p.image.height),
    property('og:image:alt', p.image.alt),
    named('twitter:card', p.card),
    named('twitter:title', p.title),
    named('twitter:description', p.description),
    named('twitter:image', p.image.url),
    named('twitter:image:alt', p.image.alt),
  ].join('\n');
}
