import { expect, fixture, html } from '@open-wc/testing';
import { localize } from '../src/data/localize.js';
import { embeddedStatement } from '../src/data/statement.js';
import { catalogues } from '../src/shared/messages/all.js';
import { UI_LANGS } from '../src/shared/messages/languages.js';
import { badgeTemplate, fill, type UiLang } from '../src/shared/i18n.js';

/**
 * The image badges as the build wrote them (`npm test` builds first), served byte for byte
 * under /dist/: every file for every signatory, language and theme, each PNG decoding at its
 * size and the 2× at exactly twice, each SVG self-contained and accessible with the badge's
 * sentence, built here from the catalogues and the data as `<icn-badge>` builds it.
 */

interface Manifest {
  languages: string[];
  themes: string[];
  badges: Record<string, Record<string, { width: number; height: number; alt: string }>>;
}

const BASE = '/dist/badges';
const THEMES = ['light', 'dark'];
const LIMITS = { svg: 16 * 1024, png: 24 * 1024 };

/** The sentence of `<icn-badge network=…>` in `lang`, as plain text (an untranslated title in quotation marks). */
function sentence(lang: UiLang, signatory: (typeof embeddedStatement.signatories)[number]) {
  const title = localize(embeddedStatement, lang).title;
  return fill(badgeTemplate(lang, title.lang), { network: signatory.acronym ?? signatory.name, title: title.value });
}

/** Each badge's name, `<lang>/<id>-<theme>`, from the data and the catalogues. */
const NAMES = Object.keys(catalogues).flatMap((lang) =>
  embeddedStatement.signatories.flatMap((s) => THEMES.map((theme) => ({ lang: lang as UiLang, signatory: s, theme }))),
);

/**
 * Runs `task` on every item, `width` at a time: the browser fetches and decodes in parallel, so
 * that thousands of files (31 languages × 19 signatories × 2 themes × 3) take seconds.
 */
async function each<T>(items: T[], task: (item: T) => Promise<void>, width = 24): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

async function bytes(path: string): Promise<{ type: string; data: ArrayBuffer }> {
  const res = await fetch(path);
  expect(res.status, path).to.equal(200);
  return { type: res.headers.get('content-type') ?? '', data: await res.arrayBuffer() };
}

/** The size a PNG decodes at, from its bytes (no second request). */
async function decodedSize(file: { type: string; data: ArrayBuffer }): Promise<[number, number]> {
  const bitmap = await createImageBitmap(new Blob([file.data], { type: file.type }));
  const size: [number, number] = [bitmap.width, bitmap.height];
  bitmap.close();
  return size;
}

async function decode(path: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = path;
  await img.decode();
  return img;
}

describe('image badges (dist/badges/)', () => {
  let manifest: Manifest;
  /** Every badge file, fetched once (each request is the slow part), by path. */
  const files = new Map<string, { type: string; data: ArrayBuffer }>();

  before(async function () {
    // Thousands of files on a busy machine: more than a test's 20 s, never unbounded.
    this.timeout(180_000);
    manifest = await (await fetch(`${BASE}/badges.json`)).json();
    const paths = NAMES.flatMap(({ lang, signatory, theme }) =>
      ['.svg', '.png', '@2x.png'].map((suffix) => `${BASE}/${lang}/${signatory.id}-${theme}${suffix}`),
    );
    await each(paths, async (path) => void files.set(path, await bytes(path)));
  });

  it('has a manifest listing the catalogues’ languages, both themes and every signatory in each language', () => {
    expect(manifest.languages).to.deep.equal(Object.keys(catalogues));
    expect(manifest.languages).to.deep.equal([...UI_LANGS]);
    expect(manifest.themes).to.deep.equal(THEMES);
    expect(Object.keys(manifest.badges)).to.deep.equal(manifest.languages);
    for (const lang of manifest.languages) {
      expect(Object.keys(manifest.badges[lang]!), lang).to.deep.equal(embeddedStatement.signatories.map((s) => s.id));
    }
  });

  it('gives each badge its sentence as alt and an integer size within a 600 px email column', () => {
    for (const { lang, signatory } of NAMES) {
      const entry = manifest.badges[lang]![signatory.id]!;
      expect(Object.keys(entry)).to.deep.equal(['width', 'height', 'alt']);
      expect(entry.alt).to.equal(sentence(lang, signatory));
      expect(Number.isInteger(entry.width) && Number.isInteger(entry.height), `${lang}/${signatory.id}`).to.equal(true);
      expect(entry.width).to.be.within(100, 560);
      expect(entry.height).to.be.within(24, 120);
    }
    expect(manifest.badges.en!.encc!.alt).to.equal('ENCC is a signatory of The value of international cultural networks');
  });

  it(`has all ${NAMES.length * 3} files: SVG, PNG and @2x PNG, within their size limits`, async () => {
    expect(NAMES.length * 3).to.equal(19 * Object.keys(catalogues).length * 2 * 3);
    expect(files.size).to.equal(NAMES.length * 3);
    for (const { lang, signatory, theme } of NAMES) {
      const name = `${BASE}/${lang}/${signatory.id}-${theme}`;
      const svg = files.get(`${name}.svg`)!;
      expect(svg.type, name).to.equal('image/svg+xml');
      expect(svg.data.byteLength, `${name}.svg`).to.be.within(1, LIMITS.svg);
      for (const png of [`${name}.png`, `${name}@2x.png`]) {
        const file = files.get(png)!;
        expect(file.type, png).to.equal('image/png');
        expect(file.data.byteLength, png).to.be.within(1, LIMITS.png);
      }
    }
  });

  it('decodes each PNG at the manifest’s size, and each @2x PNG at exactly twice', async () => {
    await each(NAMES, async ({ lang, signatory, theme }) => {
      const { width, height } = manifest.badges[lang]![signatory.id]!;
      const name = `${BASE}/${lang}/${signatory.id}-${theme}`;
      expect(await decodedSize(files.get(`${name}.png`)!), `${name}.png`).to.deep.equal([width, height]);
      expect(await decodedSize(files.get(`${name}@2x.png`)!), `${name}@2x.png`).to.deep.equal([2 * width, 2 * height]);
    });
  });

  it('makes each SVG an accessible image titled with the sentence, self-contained, its text drawn as outlines', async () => {
    const allowed = new Set(['svg', 'title', 'defs', 'path', 'use', 'rect', 'circle', 'g']);
    await each(NAMES, async ({ lang, signatory, theme }) => {
      const name = `${BASE}/${lang}/${signatory.id}-${theme}.svg`;
      const text = new TextDecoder().decode(files.get(name)!.data);
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror'), name).to.equal(null);
      const svg = doc.documentElement;
      const { width, height, alt } = manifest.badges[lang]![signatory.id]!;
      expect(svg.localName).to.equal('svg');
      expect(svg.getAttribute('role'), name).to.equal('img');
      expect(svg.getAttribute('lang'), name).to.equal(lang);
      expect([svg.getAttribute('width'), svg.getAttribute('height')], name).to.deep.equal([`${width}`, `${height}`]);
      expect(svg.getAttribute('viewBox'), name).to.equal(`0 0 ${width} ${height}`);
      const title = svg.querySelector(':scope > title')!;
      expect(title.textContent, name).to.equal(sentence(lang, signatory));
      expect(title.textContent).to.equal(alt);
      expect(svg.getAttribute('aria-labelledby'), name).to.equal(title.id);
      // Nothing from outside: no element that could load or run anything, links only to its own glyphs.
      const elements = [...svg.querySelectorAll('*')];
      expect(elements.map((e) => e.localName).filter((n) => !allowed.has(n)), name).to.deep.equal([]);
      const uses = svg.querySelectorAll('use');
      for (const use of uses) {
        const href = use.getAttribute('href') ?? '';
        expect(href, name).to.match(/^#/);
        expect(svg.querySelector(`path[id="${href.slice(1)}"]`), `${name} ${href}`).not.to.equal(null);
      }
      for (const el of elements) {
        for (const attr of el.attributes) {
          if (attr.localName === 'href') continue;
          expect(attr.value, `${name} ${el.localName}[${attr.name}]`).not.to.match(/url\(|https?:|data:|\/\//);
        }
      }
      expect(text).not.to.match(/<text|font-family|@font-face|xlink:href/);
      // The font's licence is named, and ships beside the images.
      expect(text, name).to.include('LICENSE-DejaVu-fonts.txt');
      // Every letter is drawn: one glyph each (an Arabic letter in its joined form, a mark as its
      // own glyph), but for the font's ligatures (fi, fl, ff, ffi, ffl; Arabic lam-alef) and the
      // bidi controls, which draw nothing.
      const letters = [...alt.replace(/[\s\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')].length;
      const ligatures = [...alt.matchAll(/ff[il]|f[fil]|\u0644[\u0622\u0623\u0625\u0627]/g)].reduce((n, m) => n + m[0].length - 1, 0);
      expect(uses.length, name).to.equal(letters - ligatures);
    });
    const licence = await bytes(`${BASE}/LICENSE-DejaVu-fonts.txt`);
    expect(new TextDecoder().decode(licence.data)).to.include('Bitstream Vera');
  });

  it('draws the accented letters of the catalogues (Italian è) and is the same size in both themes', async () => {
    const [light, dark] = await Promise.all(THEMES.map((t) => decode(`${BASE}/it/encc-${t}.svg`)));
    expect(manifest.badges.it!.encc!.alt).to.match(/^ENCC è firmatario di /);
    expect([light!.naturalWidth, light!.naturalHeight]).to.deep.equal([dark!.naturalWidth, dark!.naturalHeight]);
    expect([light!.naturalWidth, light!.naturalHeight]).to.deep.equal([manifest.badges.it!.encc!.width, manifest.badges.it!.encc!.height]);
  });

  it('mirrors a right-to-left badge: the seal on the right, the text to its left (Arabic)', async () => {
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    /** The share of the seal's accent colour in a column band of the 1× light PNG. */
    const accent = async (lang: string, from: number, to: number) => {
      const img = await decode(`${BASE}/${lang}/encc-light.png`);
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0);
      const x0 = Math.floor(from * canvas.width);
      const data = ctx.getImageData(x0, 0, Math.floor(to * canvas.width) - x0, canvas.height).data;
      let hits = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === 0x0a && data[i + 1] === 0x55 && data[i + 2] === 0xb8) hits += 1;
      return hits;
    };
    expect(await accent('ar', 0.85, 1), 'Arabic: seal on the right').to.be.above(100);
    expect(await accent('ar', 0, 0.15), 'Arabic: no seal on the left').to.equal(0);
    expect(await accent('en', 0, 0.15), 'English: seal on the left').to.be.above(100);
    expect(await accent('en', 0.85, 1), 'English: no seal on the right').to.equal(0);
  });

  it('paints the theme’s surface behind the text, so it reads on any page colour', async () => {
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    for (const [theme, rgb] of [
      ['light', [255, 255, 255]],
      ['dark', [0x1b, 0x1e, 0x24]],
    ] as const) {
      const img = await decode(`${BASE}/en/encc-${theme}.png`);
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0);
      // Just inside the border, at the end of the badge (past the text): the surface, opaque.
      const [r, g, b, a] = ctx.getImageData(canvas.width - 4, Math.floor(canvas.height / 2), 1, 1).data;
      expect([r, g, b, a], theme).to.deep.equal([...rgb, 255]);
    }
  });

  it('is accessible in the documented snippet: a link around an image with alt, width and height', async () => {
    const { width, height, alt } = manifest.badges.pl!.encc!;
    const el = await fixture(
      html`<p><a href="https://example.org/statement"><img src="${BASE}/pl/encc-light.png" srcset="${BASE}/pl/encc-light@2x.png 2x" alt=${alt} width=${width} height=${height} /></a></p>`,
    );
    const img = el.querySelector('img')!;
    await img.decode();
    expect(img.getBoundingClientRect().width).to.equal(width);
    await expect(el).to.be.accessible();
  });
});
