/**
 * The static embed pages, one per configuration a member would link, and their oEmbed JSON:
 * `embed/<lang>/principles.html`, `signatories.html` and `badge-<id>.html` for every UI
 * language and signatory, each with `principles.json` (and so on) beside it. Pure: it takes the
 * statement, the public base URL, the pinned bundle and the images' sizes, and returns text.
 * `write-embed-pages.ts` writes the files; `embed-page.ts` is the pages' script.
 */
import type { Signatory, Statement } from '../data/schema.js';
import { localize } from '../data/localize.js';
import { direction } from '../shared/direction.js';
import { FONT_STACKS } from '../shared/fonts.js';
import { catalogues } from '../shared/messages/all.js';
import { catalogueFile, type CatalogueFiles } from '../shared/messages/files.js';
import { msg, type UiLang } from '../shared/i18n.js';
import { badgeWords } from '../images/badge-image.js';
import { describe, escapeHtml, socialMeta, type PreviewImage } from './social.js';

/** The body's padding in CSS px: room for focus rings at the frame's edges. */
export const PAGE_PADDING = 4;

/**
 * The frame's size for the principles card (`collapsed`: three principles and a button) and the
 * signatory list (`layout="list"`), so that both fit under WordPress's 1000 px cap: 340 px wide,
 * since WordPress keeps the JSON's width for a link pasted on its own line and gives that frame
 * no `max-width` (a wider one would stick out of a phone's screen), and their height at that
 * width in the pages' sans-serif, as measured in Chromium (test/e2e/embed-pages.test.mjs checks
 * it), which `frameSize()` then moves off the block editor's aspect ratios. WordPress sets the
 * real height from the page's `height` message.
 */
export const FRAME_SIZES = {
  principles: { width: 340, height: 944 },
  signatories: { width: 340, height: 892 },
} as const;

/**
 * The aspect ratios (width / height) that WordPress's Embed block fixes a frame to when its
 * `width` and `height` come within 0.1 above one of them (`wp-has-aspect-ratio`): the frame then
 * keeps that ratio whatever height the page asks for. From `@wordpress/block-library`'s embed
 * block (`ASPECT_RATIOS`, `getClassNames`).
 */
export const BLOCK_EDITOR_RATIOS = [2.33, 2, 1.78, 1.33, 1, 0.56, 0.5] as const;

/** The ratio the Embed block would fix a frame of this size to, if any (its own arithmetic). */
export function blockEditorRatio(width: number, height: number): number | undefined {
  const ratio = Number((width / height).toFixed(2));
  const match = BLOCK_EDITOR_RATIOS.find((r) => ratio >= r);
  return match !== undefined && ratio - match <= 0.1 ? match : undefined;
}

/**
 * The frame's size for content of `width` × `height`: the nearest height, taller first, within
 * WordPress's 200–1000 px, whose ratio the Embed block does not fix, so that the height messages
 * keep sizing the frame.
 */
export function frameSize(width: number, height: number): { width: number; height: number } {
  for (let d = 0; d <= 400; d += 1)
    for (const h of [height + d, height - d])
      if (h >= 1 && h <= 1000 && blockEditorRatio(width, h) === undefined) return { width, height: h };
  return { width, height };
}

/** The kinds of page. */
export type PageKind = 'principles' | 'signatories' | 'badge';

/** An oEmbed 1.0 response of type `rich` (https://oembed.com/ §2.3.4). */
export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** One embed page: where it goes (relative to dist/), its HTML and its oEmbed JSON. */
export interface EmbedPage {
  kind: PageKind;
  lang: UiLang;
  /** The signatory's id, for a badge page. */
  id?: string;
  /** e.g. `embed/fr/badge-encc.html`. */
  path: string;
  /** e.g. `embed/fr/badge-encc.json`. */
  jsonPath: string;
  /** The page's absolute URL. */
  url: string;
  html: string;
  oembed: OEmbed;
}

/** An image as the pages link it: a path relative to dist/, its size in px and its alt text. */
export interface PageImage {
  path: string;
  width: number;
  height: number;
  alt: string;
}

export interface PagesInput {
  statement: Statement;
  /** The checked public base URL (`publicBaseUrl()`), ending with `/`. */
  baseUrl: string;
  /** The pinned bundle beside dist/'s root, e.g. `icn-widgets-0.1.0.js`, and its SRI hash. */
  bundle: { file: string; integrity: string };
  /** The pages' own script beside the bundle, e.g. `embed-page.js`. */
  script: string;
  /**
   * The catalogues' chunks beside the bundle (`chunks/messages-<hash>/`) and their SRI hashes by
   * language: a page in a language other than English preloads its own, pinned, so that its
   * words come with the bundle rather than a round trip after it.
   */
  catalogues?: CatalogueFiles;
  /**
   * The light PNG badge of a signatory in a language, which previews and thumbnails use, and
   * `css`, the badge's size in CSS px (the live badge's, near enough), which sizes the frame.
   */
  badgeImage(lang: UiLang, signatory: Signatory): PageImage & { css: { width: number; height: number } };
  /** The statement image in a language (title, seal and signatories), for the other pages. */
  statementImage(lang: UiLang): PageImage;
}

/**
 * What the pages may load: their two scripts from their own server, their inline style, the
 * blank icon; nothing else (no request, no form, no other base). `'self'` is the pages' server
 * even in WordPress's sandbox, whose opaque origin matches nothing else.
 */
export const CSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The `modulepreload` of the page's catalogue with its integrity hash, and a line break; or nothing (English). */
function catalogueLink(input: PagesInput, lang: UiLang): string {
  const file = catalogueFile(input.catalogues && { ...input.catalogues, dir: `../../${input.catalogues.dir}` }, lang);
  return file ? `<link rel="modulepreload" href="${escapeHtml(file.url)}" integrity="${escapeHtml(file.integrity)}" crossorigin="anonymous" />\n` : '';
}

/** A signatory's id is part of a file name: it must be one. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The statement page beside the bundle, which the pages' fallback link and provider_url name. */
export const STATEMENT_PAGE = 'index.html';

/** Every embed page of `statement`, in every UI language. Throws on an id that cannot name a file. */
export function embedPages(input: PagesInput): EmbedPage[] {
  const { statement } = input;
  for (const s of statement.signatories)
    if (!SAFE_ID.test(s.id) || s.id.includes('..'))
      throw new Error(`The signatory id ${JSON.stringify(s.id)} cannot name an embed page: use letters, digits, ".", "_" and "-".`);
  const pages: EmbedPage[] = [];
  for (const lang of Object.keys(catalogues) as UiLang[]) {
    pages.push(page(input, lang, 'principles'), page(input, lang, 'signatories'));
    for (const signatory of statement.signatories) pages.push(page(input, lang, 'badge', signatory));
  }
  return pages;
}

/** The words, element and sizes of one page. */
function page(input: PagesInput, lang: UiLang, kind: PageKind, signatory?: Signatory): EmbedPage {
  const { statement, baseUrl } = input;
  const title = localize(statement, lang).title;
  const name = kind === 'badge' ? `badge-${signatory!.id}` : kind;
  const path = `embed/${lang}/${name}.html`;
  const jsonPath = `embed/${lang}/${name}.json`;
  const url = new URL(path, baseUrl).href;
  const statementUrl = new URL(STATEMENT_PAGE, baseUrl).href;

  let pageTitle: string;
  let element: string;
  let size: { width: number; height: number };
  let image: PageImage;
  // The element shows the statement in its own language; its fallback is a link to the statement page.
  // Text in another language says so, and its direction where that differs from the page's.
  const fallback = (text: string, textLang: string) =>
    `<a href="../../${STATEMENT_PAGE}"${textLang === lang ? '' : ` lang="${escapeHtml(textLang)}"`}${direction(textLang) === direction(lang) ? '' : ` dir="${direction(textLang)}"`}>${escapeHtml(text)}</a>`;
  if (kind === 'badge') {
    const s = signatory!;
    pageTitle = badgeWords(statement, s, lang).sentence;
    const badge = input.badgeImage(lang, s);
    image = badge;
    size = frameSize(badge.css.width + 2 * PAGE_PADDING, badge.css.height + 2 * PAGE_PADDING);
    element = `<icn-badge network="${escapeHtml(s.id)}" theme="light">${fallback(pageTitle, lang)}</icn-badge>`;
  } else {
    pageTitle = kind === 'principles' ? title.value : `${msg(lang, 'signatories')} – ${title.value}`;
    image = input.statementImage(lang);
    size = frameSize(FRAME_SIZES[kind].width, FRAME_SIZES[kind].height);
    element =
      kind === 'principles'
        ? `<icn-principles collapsed theme="light" heading-level="1">${fallback(title.value, title.lang)}</icn-principles>`
        : `<icn-signatories layout="list" theme="light" heading-level="1">${fallback(pageTitle, lang)}</icn-signatories>`;
  }

  // A right-to-left page says so on <html> (the elements and the reader's browser follow it);
  // the oEmbed blockquote, which a host page of either direction shows as it is, says so itself.
  const dir = direction(lang);
  const quoteAttributes = dir === 'rtl' ? ` lang="${lang}" dir="rtl"` : '';
  const imageUrl = new URL(image.path, baseUrl).href;
  const preview: PreviewImage = { url: imageUrl, width: image.width, height: image.height, alt: image.alt };
  const jsonUrl = new URL(jsonPath, baseUrl).href;
  const oembed: OEmbed = {
    version: '1.0',
    type: 'rich',
    title: pageTitle,
    provider_name: statement.title,
    provider_url: statementUrl,
    // WordPress loads wp-embed.js, which shows and sizes the frame, only for an embed with a
    // blockquote before its frame; the blockquote is also what readers see without scripts.
    html: `<blockquote${quoteAttributes}><a href="${escapeHtml(url)}">${escapeHtml(pageTitle)}</a></blockquote><iframe src="${escapeHtml(url)}" width="${size.width}" height="${size.height}" title="${escapeHtml(pageTitle)}" frameborder="0"></iframe>`,
    width: size.width,
    height: size.height,
    thumbnail_url: imageUrl,
    thumbnail_width: image.width,
    thumbnail_height: image.height,
  };

  const meta = socialMeta({
    title: pageTitle,
    description: describe(statement, lang),
    url,
    siteName: statement.title,
    lang,
    image: preview,
    card: kind === 'badge' ? 'summary' : 'summary_large_image',
  });

  const html = `<!doctype html>
<html lang="${lang}"${dir === 'rtl' ? ' dir="rtl"' : ''} data-frame-height="${size.height}">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="${CSP}" />
<title>${escapeHtml(pageTitle)}</title>
<link rel="canonical" href="${escapeHtml(url)}" />
<link rel="alternate" type="application/json+oembed" href="${escapeHtml(jsonUrl)}" title="${escapeHtml(pageTitle)}" />
${meta}
<link rel="icon" href="data:," />
<!-- Outside WordPress, links open in the page around the frame; in WordPress's sandbox, ${input.script} asks the page to follow them. -->
<base target="_top" />
${catalogueLink(input, lang)}<script type="module" src="../../${escapeHtml(input.bundle.file)}" integrity="${escapeHtml(input.bundle.integrity)}" crossorigin="anonymous"></script>
<script type="module" src="../../${escapeHtml(input.script)}" crossorigin="anonymous"></script>
<style>
html, body { margin: 0; background: transparent; }
body { padding: ${PAGE_PADDING}px; font: 16px/1.5 ${FONT_STACKS.system}; color: #1f2328; }
icn-principles, icn-signatories { display: block; }
</style>
</head>
<body>
<main>${element}</main>
</body>
</html>
`;
  return { kind, lang, ...(signatory ? { id: signatory.id } : {}), path, jsonPath, url, html, oembed };
}
