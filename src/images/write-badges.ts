/**
 * Writes the image badges at build time (Node only; never in a browser bundle): for every
 * signatory, UI language and theme, `badges/<lang>/<id>-<theme>.svg`, `.png` and `@2x.png`,
 * the manifest `badges/badges.json` and the font's licence. The PNGs are rendered from the same
 * SVG by resvg, with no browser. Fails with a clear message, writing nothing broken, when a
 * glyph is missing from the font or a file would exceed its size limit.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import type { Statement } from '../data/schema.js';
import { catalogues } from '../shared/messages/all.js';
import { type UiLang } from '../shared/i18n.js';
import { badgeWords, drawBadge, METRICS, type BadgeFonts, type BadgeTheme, type GlyphFont } from './badge-image.js';

/** The manifest at `badges/badges.json`, which pages and tools code against. */
export interface BadgeManifest {
  languages: string[];
  themes: BadgeTheme[];
  /** Per language, per signatory id: the 1× size in CSS px (the same in both themes) and the alt text. */
  badges: Record<string, Record<string, { width: number; height: number; alt: string }>>;
}

/** The largest file allowed, in bytes: each badge stays light enough for an email. */
export const LIMITS = { svg: 16 * 1024, png: 24 * 1024 } as const;

export const THEME_NAMES: BadgeTheme[] = ['light', 'dark'];

/** The licence file written beside the images. */
export const LICENCE_FILE = 'LICENSE-DejaVu-fonts.txt';

const require = createRequire(import.meta.url);

/**
 * Letters the languages of the European Union and its neighbours write names and titles with
 * (Latin with its diacritics, Greek, Cyrillic including Ukrainian and Serbian letters), and
 * their punctuation: every face must draw them all, so that a signatory's name or a translated
 * title in any of them draws at once.
 */
export const COVERAGE =
  'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßĄąĆćĘęŁłŃńŚśŹźŻżŒœªº¡¿«»„“”‘’‚–—…·€' +
  'ĀāĂăČčĎďĐđĒēĖėĚěĢģĞğĦħĪīĮįİıĶķĹĺĻļĽľŅņŇňŐőŔŕŘřŞşŠšŢţŤťŪūŮůŰűŲųŽžȘșȚțĊċĠġÐðÞþ' +
  'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώΆΈΉΊΌΎΏϊϋΐΰ;' +
  'АБВГҐДЂЕЁЄЖЗЅИІЇЙЈКЛЉМНЊОПРСТЋУЎФХЦЧЏШЩЪЫЬЭЮЯабвгґдђеёєжзѕиіїйјклљмнњопрстћуўфхцчџшщъыьэюя’';

/**
 * The Arabic letters, marks and punctuation the Arabic catalogue and names use. DejaVu Sans and
 * Sans Bold draw them with their joined forms; the Oblique face has none, so Arabic in the
 * italic title is drawn upright from the regular face (`faceFor`), as browsers fall back.
 */
export const ARABIC_COVERAGE = 'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْـ،؛؟٠١٢٣٤٥٦٧٨٩';

/** DejaVu Sans (Book, Bold, Oblique) from the `dejavu-fonts-ttf` package, and its licence. */
export function dejaVu(): { fonts: BadgeFonts; licence: string } {
  const dir = dirname(require.resolve('dejavu-fonts-ttf/package.json'));
  const open = (file: string, letters = COVERAGE) => {
    const font = fontkit.openSync(join(dir, 'ttf', file));
    if (!('layout' in font)) throw new Error(`${file} is a font collection, not a single font.`);
    const missing = [...letters].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
    if (missing.length) throw new Error(`${file} lacks glyphs the image badges need: ${missing.join(' ')}`);
    return font as unknown as GlyphFont;
  };
  return {
    fonts: {
      regular: open('DejaVuSans.ttf', COVERAGE + ARABIC_COVERAGE),
      bold: open('DejaVuSans-Bold.ttf', COVERAGE + ARABIC_COVERAGE),
      italic: open('DejaVuSans-Oblique.ttf'),
      family: 'DejaVu Sans',
      licenceFile: LICENCE_FILE,
    },
    licence: join(dir, 'LICENSE'),
  };
}

/** What `writeBadges` wrote. */
export interface BadgeReport {
  files: number;
  largest: { svg: number; png: number; png2x: number };
  manifest: BadgeManifest;
}

/**
 * Writes every badge of `statement` under `<outDir>/badges/`. Languages are the catalogues',
 * signatories the statement's, so a new one of either gets its badges with no change here.
 * Everything is drawn and checked before the first file is written: on any error (a missing
 * glyph, a file over `limits`) it rejects and writes nothing.
 */
export async function writeBadges(
  statement: Statement,
  outDir: string,
  { limits = LIMITS }: { limits?: { svg: number; png: number } } = {},
): Promise<BadgeReport> {
  const { fonts, licence } = dejaVu();
  const root = join(outDir, 'badges');
  const languages = Object.keys(catalogues) as UiLang[];
  const manifest: BadgeManifest = { languages, themes: THEME_NAMES, badges: {} };
  const largest = { svg: 0, png: 0, png2x: 0 };
  const files: { path: string; data: string | Uint8Array }[] = [];

  const tooBig = (file: string, bytes: number, limit: number) =>
    new Error(`The image badge ${file} is ${bytes} bytes, over its limit of ${limit} bytes: it is not written.`);

  const svgs: { name: string; svg: string; width: number; height: number }[] = [];
  for (const lang of languages) {
    const entries: BadgeManifest['badges'][string] = (manifest.badges[lang] = {});
    for (const signatory of statement.signatories) {
      const words = badgeWords(statement, signatory, lang);
      for (const theme of THEME_NAMES) {
        const image = drawBadge(words, lang, theme, fonts);
        const name = `${lang}/${signatory.id}-${theme}`;
        const entry = entries[signatory.id];
        if (entry && (entry.width !== image.width || entry.height !== image.height))
          throw new Error(`The image badge ${name} differs in size from its other theme.`);
        entries[signatory.id] = { width: image.width, height: image.height, alt: image.sentence };
        if (image.width > METRICS.maxWidth)
          throw new Error(`The image badge ${name} is ${image.width} px wide, over ${METRICS.maxWidth} px: a word is too long to wrap.`);
        const svgBytes = Buffer.byteLength(image.svg);
        if (svgBytes > limits.svg) throw tooBig(`${name}.svg`, svgBytes, limits.svg);
        largest.svg = Math.max(largest.svg, svgBytes);
        files.push({ path: `${name}.svg`, data: image.svg });
        svgs.push({ name, ...image });
      }
    }
  }

  // The PNGs from the same SVGs, 1× and exactly 2×, on resvg's worker threads.
  const renders = svgs.flatMap(({ name, svg, width, height }) =>
    [1, 2].map(async (zoom) => {
      const rendered = await renderAsync(svg, { fitTo: { mode: 'zoom', value: zoom }, font: { loadSystemFonts: false } });
      const png = rendered.asPng();
      const file = `${name}${zoom === 2 ? '@2x' : ''}.png`;
      if (rendered.width !== width * zoom || rendered.height !== height * zoom)
        throw new Error(`The image badge ${file} is ${rendered.width}×${rendered.height}, not ${width * zoom}×${height * zoom}.`);
      if (png.length > limits.png) throw tooBig(file, png.length, limits.png);
      const key = zoom === 2 ? 'png2x' : 'png';
      largest[key] = Math.max(largest[key], png.length);
      files.push({ path: file, data: png });
    }),
  );
  // Every render settles before an error is reported, so none is left running or unhandled.
  const failed = (await Promise.allSettled(renders)).find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;

  for (const lang of languages) await mkdir(join(root, lang), { recursive: true });
  await Promise.all(files.map((f) => writeFile(join(root, f.path), f.data)));
  await writeFile(join(root, 'badges.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await copyFile(licence, join(root, LICENCE_FILE));
  return { files: files.length, largest, manifest };
}
