/**
 * Writes the static embed pages at build time (Node only; never in a browser bundle), once the
 * bundle, `index.html` and the image badges are on disk: `embed/<lang>/*.html` and their oEmbed
 * JSON, the statement images `embed/<lang>/statement.png`, and the link-preview `<meta>` and
 * oEmbed link (to its principles card) of the statement page `index.html`. Everything is made and checked before the first file is written.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import type { Statement } from '../data/schema.js';
import { catalogues } from '../shared/messages/all.js';
import { uiLang, type UiLang } from '../shared/i18n.js';
import { dejaVu, type BadgeManifest } from '../images/write-badges.js';
import { embedPages, STATEMENT_PAGE, type EmbedPage, type PageImage, type PagesInput } from './pages.js';
import { describe, escapeHtml, socialMeta } from './social.js';
import { drawStatementImage, statementImageWords } from './statement-image.js';

/** The largest statement image allowed, in bytes: previews fetch it on every paste. */
export const STATEMENT_IMAGE_LIMIT = 100 * 1024;

/** Where a language's statement image goes, relative to dist/. */
export const statementImagePath = (lang: string) => `embed/${lang}/statement.png`;

export interface EmbedPagesOptions {
  /** The checked public base URL, ending with `/`. */
  baseUrl: string;
  bundle: { file: string; integrity: string };
  /** The pages' script beside the bundle. */
  script: string;
  /** The catalogues' chunks and their SRI hashes by language (see `PagesInput`). */
  catalogues?: PagesInput['catalogues'];
}

export interface EmbedPagesReport {
  pages: EmbedPage[];
  /** The largest statement image, in bytes. */
  largestImage: number;
}

/** The marker after which the statement page's preview `<meta>` go, and where they end. */
const META_START = '<!-- icn: link previews -->';
const META_END = '<!-- /icn: link previews -->';

/**
 * Writes every embed page of `statement` into `outDir` (which must hold the image badges'
 * `badges/badges.json` and the statement page) and adds the preview `<meta>` to its `index.html`.
 */
export async function writeEmbedPages(statement: Statement, outDir: string, options: EmbedPagesOptions): Promise<EmbedPagesReport> {
  const { baseUrl } = options;
  let manifest: BadgeManifest;
  try {
    manifest = JSON.parse(await readFile(join(outDir, 'badges/badges.json'), 'utf8')) as BadgeManifest;
  } catch (error) {
    throw new Error(`The embed pages need the image badges' manifest ${join(outDir, 'badges/badges.json')}: ${(error as Error).message}`);
  }
  const indexPath = join(outDir, STATEMENT_PAGE);
  const index = await readFile(indexPath, 'utf8');
  if (!index.includes('</head>')) throw new Error(`${indexPath} has no </head> to put the link-preview <meta> before.`);

  // The statement images: one per language, light, from the same fonts as the badges.
  const { fonts } = dejaVu();
  const images = new Map<UiLang, { image: PageImage; png: Uint8Array }>();
  let largestImage = 0;
  // Drawn in turn, rendered on resvg's worker threads at once; every render settles before an
  // error is reported, so none is left running or unhandled.
  const renders = (Object.keys(catalogues) as UiLang[]).map(async (lang) => {
    const words = statementImageWords(statement, lang);
    const { svg, width, height } = drawStatementImage(words, lang, 'light', fonts);
    const png = (await renderAsync(svg, { font: { loadSystemFonts: false } })).asPng();
    const path = statementImagePath(lang);
    if (png.length > STATEMENT_IMAGE_LIMIT)
      throw new Error(`The statement image ${path} is ${png.length} bytes, over its limit of ${STATEMENT_IMAGE_LIMIT} bytes: it is not written.`);
    return { lang, image: { path, width, height, alt: words.alt }, png };
  });
  const settled = await Promise.allSettled(renders);
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  for (const r of settled) {
    if (r.status !== 'fulfilled') continue;
    largestImage = Math.max(largestImage, r.value.png.length);
    images.set(r.value.lang, { image: r.value.image, png: r.value.png });
  }

  const pages = embedPages({
    statement,
    baseUrl,
    bundle: options.bundle,
    script: options.script,
    catalogues: options.catalogues,
    badgeImage(lang, signatory) {
      const entry = manifest.badges[lang]?.[signatory.id];
      if (!entry) throw new Error(`The image badge of ${signatory.id} in ${lang} is missing from badges/badges.json.`);
      const { width, height, alt } = entry;
      return { path: `badges/${lang}/${signatory.id}-light@2x.png`, width: width * 2, height: height * 2, alt, css: { width, height } };
    },
    statementImage: (lang) => images.get(lang)!.image,
  });

  // The statement page's own preview, in the statement's language.
  const lang = uiLang(statement.lang);
  const image = images.get(lang)!.image;
  const meta = socialMeta({
    title: statement.title,
    description: describe(statement, lang),
    url: new URL(STATEMENT_PAGE, baseUrl).href,
    siteName: statement.title,
    lang,
    image: { url: new URL(image.path, baseUrl).href, width: image.width, height: image.height, alt: image.alt },
    card: 'summary_large_image',
  });
  // Pasted into WordPress, the statement page's address shows its principles card.
  const principles = pages.find((p) => p.kind === 'principles' && p.lang === lang)!;
  const discovery = `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(new URL(principles.jsonPath, baseUrl).href)}" title="${escapeHtml(principles.oembed.title)}" />`;
  const withoutOld = index.replace(new RegExp(`\\s*${META_START}[\\s\\S]*?${META_END}`), '');
  const indented = `${discovery}\n${meta}`.replace(/\n/g, '\n    ');
  const newIndex = withoutOld.replace('</head>', `  ${META_START}\n    ${indented}\n    ${META_END}\n  </head>`);

  for (const lang of images.keys()) await mkdir(join(outDir, 'embed', lang), { recursive: true });
  await Promise.all([
    ...[...images.values()].map(({ image, png }) => writeFile(join(outDir, image.path), png)),
    ...pages.flatMap((p) => [
      writeFile(join(outDir, p.path), p.html),
      writeFile(join(outDir, p.jsonPath), `${JSON.stringify(p.oembed, null, 2)}\n`),
    ]),
  ]);
  await writeFile(indexPath, newIndex);
  return { pages, largestImage };
}
