/**
 * The snippets the embed builder writes: pure functions from the element, its attributes, the
 * channel's snippet kind, the build, the measured sizes and the badge images' manifest to the
 * text a person pastes. No DOM, no network: unit-tested in test/snippets.test.ts.
 */
import { findSignatory } from '../data/match.js';
import type { Signatory } from '../data/schema.js';
import { ELEMENTS, type ElementName } from '../pages/options.js';
import { catalogueFile, type CatalogueFiles } from '../shared/messages/files.js';
import { catalogueLang } from '../shared/messages/languages.js';
import { LANGUAGE_NAMES } from '../shared/messages/names.js';
import type { SnippetKind } from './channels.js';

/** Where the published files are, as absolute URLs, and what the build pinned. */
export interface BuildInfo {
  /** The versioned bundle, e.g. `https://HOST/icn-widgets-0.1.0.js`. */
  bundle: string;
  /** Its Subresource Integrity hash, `sha384-…`. */
  integrity: string;
  /**
   * The chunk the bundle imports when an element has `src` (the loader, the schema), e.g.
   * `https://HOST/chunks/loader-1a2b3c4d5e6f.js`, and its integrity hash: a snippet with
   * `src` pins it too.
   */
  chunk?: { url: string; integrity: string };
  /**
   * The folder of the catalogues' chunks, e.g. `https://HOST/chunks/messages-1a2b3c4d5e6f/`, and
   * each one's integrity hash by language (`fr`): a snippet in a language other than English
   * pins its catalogue.
   */
  catalogues?: CatalogueFiles;
  /** The statement page, `https://HOST/index.html`: where fallback links and image badges lead. */
  page: string;
  /** The iframe embed, `https://HOST/embed.html`. */
  embed: string;
  /** The folder of the badge images, `https://HOST/badges/`. */
  badges: string;
  /** The folder of the static embed pages, `https://HOST/embed/`. */
  pages: string;
  /** The statement's title: the fallback link's text and the frame's title. */
  title: string;
  /** The statement's signatories, to find the badge image of a network. */
  signatories: readonly Signatory[];
}

/** `dist/badges/badges.json`: which badge images the build drew, with their size and text. */
export interface BadgeManifest {
  languages: string[];
  themes: string[];
  badges: Record<string, Record<string, { width: number; height: number; alt: string }>>;
}

/**
 * The element's height in a page, by the width available to it: `steps[0]` holds for every
 * width below `steps[1].minWidth`, each next step from its `minWidth` (CSS px) up.
 */
export interface Sizes {
  /** The element's border-box height from each width up. */
  steps: { minWidth: number; height: number }[];
  /**
   * Margins of its content that collapse through its top and bottom edges, if any: the
   * undefined element, a container (its own formatting context), takes them as its own.
   */
  margin?: [number, number];
}

export interface SnippetInput {
  element: ElementName;
  /** The attributes to set, in order; `''` for a boolean attribute that is on. */
  attributes: readonly (readonly [string, string])[];
  build: BuildInfo;
  /** Heights measured in a blank page; without them no space is reserved. */
  sizes?: Sizes;
  /**
   * Heights measured in embed.html's font (FONT_STACKS.system), for the frames; without them
   * the frames use `sizes`.
   */
  frameSizes?: Sizes;
  /** `null`: the images are not published beside the page. */
  manifest?: BadgeManifest | null;
}

/** A snippet, or why this kind cannot show what was chosen and what it gives instead. */
export interface Snippet {
  code: string;
  /** Said next to the snippet when it is not what was asked for (e.g. a plain link). */
  note?: string;
}

/** The width the fixed-height frame is sized for: it fits there and at every width above. */
export const FRAME_FIT_WIDTH = 360;
/** embed.html's body padding on each side (room for focus rings). */
export const EMBED_PADDING = 4;

/** Escapes text for an HTML attribute or element. */
export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Escapes text inside Markdown brackets (image alt or link text). */
const escapeMarkdown = (s: string): string => s.replace(/([\\[\]])/g, '\\$1');

/** An address inside Markdown's parentheses: parentheses and spaces encoded. */
const markdownUrl = (url: string): string => url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');

const px = (n: number) => `${Math.round(n * 100) / 100}px`;

/** The element's height at a width, from measured sizes. */
export function heightAt(sizes: Sizes, width: number): number {
  let height = sizes.steps[0]?.height ?? 0;
  for (const step of sizes.steps) if (width >= step.minWidth) height = step.height;
  return height;
}

/** A short stable name for a reservation, so two snippets on one page keep their own rules. */
function reservationClass(tag: string, sizes: Sizes): string {
  let hash = 2166136261;
  for (const ch of `${tag}${JSON.stringify(sizes.steps)}`) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `icn-space-${hash.toString(36)}`;
}

/**
 * The `<style>` that reserves the element's space until it is defined: the element is a block
 * and a size container while undefined, and its fallback link takes the height measured for
 * the width it has, by container queries. Once the element is defined none of it applies.
 */
export function reservationStyle(tag: string, cls: string, sizes: Sizes): string {
  const sel = `${tag}.${cls}:not(:defined)`;
  const [first, ...rest] = sizes.steps;
  const margin = sizes.margin?.some((m) => m !== 0) ? `; margin-block: ${px(sizes.margin[0])} ${px(sizes.margin[1])}` : '';
  return [
    '<style>',
    `  ${sel} { display: block; container-type: inline-size${margin} }`,
    `  ${sel} > a { display: block; box-sizing: border-box; margin: 0; min-height: ${px(first.height)} }`,
    ...rest.map((s) => `  @container (min-width: ${s.minWidth}px) { ${sel} > a { min-height: ${px(s.height)} } }`),
    '</style>',
  ].join('\n');
}

const attributeText = (attributes: SnippetInput['attributes']) => attributes.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escapeHtml(v)}"`)).join('');

/**
 * The script snippet: the pinned bundle, the space reserved, the element and its fallback link.
 * With `src`, the chunk the bundle then imports is pinned as well, by a `modulepreload` link
 * with its integrity hash: the bundle's import takes that checked copy (a changed chunk is
 * refused, and the element shows the embedded statement). Likewise the catalogue of a language
 * other than English, when `lang` chooses one (a refused catalogue leaves the words English). In
 * English without `src`: one file, one request. A snippet that follows the page's language
 * cannot know which catalogue it will load, so none is pinned there.
 */
export function scriptSnippet({ element, attributes, build, sizes }: SnippetInput): Snippet {
  const { tag } = ELEMENTS[element];
  const cls = sizes?.steps.length ? reservationClass(tag, sizes) : undefined;
  const chunk = attributes.some(([name]) => name === 'src') ? build.chunk : undefined;
  const catalogue = catalogueFile(build.catalogues, catalogueLang(attributes.find(([name]) => name === 'lang')?.[1] ?? ''));
  const preload = (file: { url: string; integrity: string }) =>
    `<link rel="modulepreload" href="${escapeHtml(file.url)}" integrity="${escapeHtml(file.integrity)}" crossorigin="anonymous">`;
  return {
    code: [
      ...(catalogue ? [preload(catalogue)] : []),
      ...(chunk ? [preload(chunk)] : []),
      `<script type="module" src="${escapeHtml(build.bundle)}" integrity="${escapeHtml(build.integrity)}" crossorigin="anonymous"></script>`,
      ...(cls ? [reservationStyle(tag, cls, sizes!)] : []),
      `<${tag}${cls ? ` class="${cls}"` : ''}${attributeText(attributes)}>`,
      `  <a href="${escapeHtml(build.page)}">${escapeHtml(build.title)}</a>`,
      `</${tag}>`,
    ].join('\n'),
  };
}

/** embed.html's address for the element and its attributes. */
export function embedUrl({ element, attributes, build }: SnippetInput): string {
  const query = new URLSearchParams([['element', element], ...attributes.map(([n, v]): [string, string] => [n, v === '' ? 'true' : v])]);
  return `${build.embed}?${query}`;
}

/** The frame's height that fits the element at FRAME_FIT_WIDTH and wider. */
export function frameHeight(sizes: Sizes | undefined): number {
  // Not measured (the bundle did not load in the builder): a frame's default height.
  if (!sizes?.steps.length) return 150;
  const [top, bottom] = sizes.margin ?? [0, 0];
  return Math.ceil(top + heightAt(sizes, FRAME_FIT_WIDTH - 2 * EMBED_PADDING) + bottom + 2 * EMBED_PADDING);
}

function iframeTag(input: SnippetInput): string {
  return `<iframe src="${escapeHtml(embedUrl(input))}" title="${escapeHtml(input.build.title)}" loading="lazy" style="display: block; width: 100%; height: ${frameHeight(input.frameSizes ?? input.sizes)}px; border: 0"></iframe>`;
}

/** The frame alone, no script: its height fits from FRAME_FIT_WIDTH up. */
export function iframeOnlySnippet(input: SnippetInput): Snippet {
  return { code: iframeTag(input) };
}

/**
 * The frame and the lines that size it to the height embed.html posts: only a frame whose `src`
 * (as the page wrote it) is the coalition's embed page, and whose window sent the message from
 * the coalition's origin. A third-party frame that navigates itself to embed.html keeps its
 * own `src`, so it cannot resize itself through these lines.
 */
export function iframeSnippet(input: SnippetInput): Snippet {
  const origin = new URL(input.build.embed).origin;
  const page = `${input.build.embed}?`;
  return {
    code: [
      iframeTag(input),
      '<script>',
      '  addEventListener("message", function (e) {',
      `    if (e.origin !== "${origin}" || !e.data || e.data.type !== "icn-embed-height" || typeof e.data.height !== "number") return;`,
      '    document.querySelectorAll("iframe").forEach(function (f) {',
      `      if (f.contentWindow === e.source && (f.getAttribute("src") || "").indexOf("${page}") === 0) f.style.height = Math.min(e.data.height, 20000) + "px";`,
      '    });',
      '  });',
      '</script>',
    ].join('\n'),
  };
}

/** The badge image for the chosen network, language and theme, or why there is none. */
export interface BadgeImage {
  /** Address of the light and the dark image, without extension: add `.png` or `@2x.png`. */
  light: string;
  dark: string;
  width: number;
  height: number;
  alt: string;
  /** `light` or `dark` when the theme option fixes it; `auto` when the reader's setting decides. */
  theme: 'light' | 'dark' | 'auto';
}

export function badgeImage({ element, attributes, build, manifest }: SnippetInput): BadgeImage | { missing: string } {
  if (element !== 'badge') return { missing: 'Only the network badge exists as an image, so here is a plain link to the statement page.' };
  if (!manifest) return { missing: 'The badge images are not published beside this page, so here is a plain link to the statement page.' };
  const attr = new Map(attributes.map(([n, v]) => [n, v]));
  const signatory = findSignatory(build.signatories, attr.get('network'));
  if (!signatory) return { missing: 'Choose your network: the image shows which network signed.' };
  // The image cannot follow the page's language: it takes the chosen one, else English.
  const wanted = (attr.get('lang') ?? '').toLowerCase().split('-')[0];
  const lang = manifest.languages.includes(wanted) ? wanted : 'en';
  const entry = manifest.badges[lang]?.[signatory.id] ?? manifest.badges.en?.[signatory.id];
  if (!entry) return { missing: `There is no image for ${signatory.acronym ?? signatory.name} yet, so here is a plain link to the statement page.` };
  const theme = attr.get('theme') === 'dark' ? 'dark' : attr.get('theme') === 'light' ? 'light' : 'auto';
  const base = `${build.badges}${encodeURIComponent(manifest.badges[lang]?.[signatory.id] ? lang : 'en')}/${encodeURIComponent(signatory.id)}`;
  return { light: `${base}-light`, dark: `${base}-dark`, width: entry.width, height: entry.height, alt: entry.alt, theme };
}

/** The link a badge image leads to: the `href` option, else the statement page. */
const linkOf = ({ attributes, build }: SnippetInput) => attributes.find(([n]) => n === 'href')?.[1] ?? build.page;

function plainLink(input: SnippetInput, note: string, markdown = false): Snippet {
  const { build } = input;
  return {
    code: markdown ? `[${escapeMarkdown(build.title)}](${markdownUrl(build.page)})` : `<a href="${escapeHtml(build.page)}">${escapeHtml(build.title)}</a>`,
    note,
  };
}

/**
 * One PNG in a link, for e-mail and filtered HTML: the 2× file at its 1× width and height, no
 * srcset (WordPress's filter and mail programs drop it), no SVG (Outlook shows none), no query
 * string (Gmail's image proxy wants a plain `.png` address). Light unless the theme says dark.
 */
export function imageSnippet(input: SnippetInput): Snippet {
  const image = badgeImage(input);
  if ('missing' in image) return plainLink(input, image.missing);
  const src = `${image.theme === 'dark' ? image.dark : image.light}@2x.png`;
  return {
    code: `<a href="${escapeHtml(linkOf(input))}"><img src="${escapeHtml(src)}" alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}"></a>`,
  };
}

/** The badge image for web pages: a dark source for readers in dark mode, 1× and 2× files. */
export function pictureSnippet(input: SnippetInput): Snippet {
  const image = badgeImage(input);
  if ('missing' in image) return plainLink(input, image.missing);
  const set = (base: string) => `${base}.png 1x, ${base}@2x.png 2x`;
  const main = image.theme === 'dark' ? image.dark : image.light;
  const img = `    <img src="${escapeHtml(`${main}.png`)}" srcset="${escapeHtml(set(main))}" alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}">`;
  return {
    code: [
      `<a href="${escapeHtml(linkOf(input))}">`,
      '  <picture>',
      ...(image.theme === 'auto' ? [`    <source media="(prefers-color-scheme: dark)" srcset="${escapeHtml(set(image.dark))}">`] : []),
      img,
      '  </picture>',
      '</a>',
    ].join('\n'),
  };
}

/** `[![alt](png)](link)`: the 1× PNG, since Markdown cannot set a width. */
export function markdownSnippet(input: SnippetInput): Snippet {
  const image = badgeImage(input);
  if ('missing' in image) return plainLink(input, image.missing, true);
  const src = `${image.theme === 'dark' ? image.dark : image.light}.png`;
  return { code: `[![${escapeMarkdown(image.alt)}](${markdownUrl(src)})](${markdownUrl(linkOf(input))})` };
}

/** What each static embed page shows, fixed when it was built: other options do not carry over. */
const PAGE_OPTIONS: Record<ElementName, readonly string[]> = { badge: ['network', 'lang'], principles: ['lang'], signatories: ['lang'] };

/**
 * The address of the element's static embed page (`embed/<lang>/badge-<id>.html`,
 * `principles.html`, `signatories.html`), which WordPress turns into the live element when it
 * stands on a line of its own: the chosen language, else English (a link cannot follow the
 * page it is pasted in).
 */
export function linkSnippet({ element, attributes, build }: SnippetInput): Snippet {
  const attr = new Map(attributes.map(([n, v]) => [n, v]));
  const wanted = (attr.get('lang') ?? '').toLowerCase().split('-')[0]!;
  const lang = Object.prototype.hasOwnProperty.call(LANGUAGE_NAMES, wanted) ? wanted : 'en';
  let name: string = element;
  if (element === 'badge') {
    const signatory = findSignatory(build.signatories, attr.get('network'));
    if (!signatory) return { code: '', note: 'Choose your network: the link shows its badge.' };
    name = `badge-${signatory.id}`;
  }
  const dropped = attributes.map(([n]) => n).filter((n) => !PAGE_OPTIONS[element].includes(n));
  return {
    code: `${build.pages}${encodeURIComponent(lang)}/${encodeURIComponent(name)}.html`,
    ...(dropped.length
      ? { note: `The linked page shows the ${ELEMENTS[element].label.toLowerCase()} as published, in the light theme: ${dropped.join(', ')} would need the script snippet.` }
      : {}),
  };
}

/** The snippet of a kind. */
export function snippet(kind: SnippetKind, input: SnippetInput): Snippet {
  switch (kind) {
    case 'script':
      return scriptSnippet(input);
    case 'iframe':
      return iframeSnippet(input);
    case 'iframe-only':
      return iframeOnlySnippet(input);
    case 'picture':
      return pictureSnippet(input);
    case 'image':
      return imageSnippet(input);
    case 'markdown':
      return markdownSnippet(input);
    case 'link':
      return linkSnippet(input);
  }
}
