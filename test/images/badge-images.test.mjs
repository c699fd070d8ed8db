/**
 * The image badges' drawing and writing (src/images/), in Node as the build runs them: the
 * font draws every letter of the UI languages, a missing glyph or a file over its limit fails
 * with a clear message and writes nothing, long sentences wrap within the email width. The
 * files the build wrote are checked in the browser by test/badge-images.test.ts.
 * Run: `node --test test/images/` (loads the TypeScript sources through Vite).
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const load = async (path) => (await runnerImport(join(root, path))).module;
const require = createRequire(import.meta.url);
const fontkit = require('fontkit');
const fontDir = join(root, 'node_modules/dejavu-fonts-ttf/ttf');

let image;
let writer;
let statement;
let fonts;
let catalogues;
let bidi;
const temp = [];

before(async () => {
  image = await load('src/images/badge-image.ts');
  writer = await load('src/images/write-badges.ts');
  ({ embeddedStatement: statement } = await load('src/data/statement.ts'));
  ({ catalogues } = await load('src/shared/messages/all.ts'));
  bidi = await load('src/images/bidi.ts');
  const open = (file) => fontkit.openSync(join(fontDir, file));
  fonts = {
    regular: open('DejaVuSans.ttf'),
    bold: open('DejaVuSans-Bold.ttf'),
    italic: open('DejaVuSans-Oblique.ttf'),
    family: 'DejaVu Sans',
    licenceFile: 'LICENSE-DejaVu-fonts.txt',
  };
});

after(async () => {
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
});

async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'icn-badges-'));
  temp.push(dir);
  return dir;
}

/** Test data: a sentence in the given faces, not from the statement. */
const words = (sentence, runs) => ({ sentence, runs });

/** How many glyphs an SVG places. */
const placed = (svg) => (svg.match(/<use /g) ?? []).length;

describe('drawBadge', () => {
  it('draws the Polish, French, German, Spanish and Portuguese letters in all three faces (test words)', () => {
    const text = 'Łódź żółć ĄĘŚŃ Straße façade Œuvre ñandú São «ça» „gut“';
    for (const face of ['regular', 'bold', 'italic']) {
      const svg = image.drawBadge(words(text, [{ text, face }]), 'pl', 'light', fonts).svg;
      // Every letter is a glyph of its own here (no ligature among these), and none is blank.
      assert.equal(placed(svg), [...text.replace(/\s/g, '')].length, face);
      assert.doesNotMatch(svg, /<path id="[^"]*" d=""/);
    }
  });

  it('covers every letter of COVERAGE in each face', () => {
    for (const face of ['regular', 'bold', 'italic']) {
      const missing = [...writer.COVERAGE].filter((ch) => !fonts[face].hasGlyphForCodePoint(ch.codePointAt(0)));
      assert.deepEqual(missing, [], face);
    }
  });

  it('fails with the character, its code point and the face when the font lacks a glyph (test words)', () => {
    const text = 'Network 網絡';
    assert.throws(
      () => image.drawBadge(words(text, [{ text, face: 'bold' }]), 'en', 'light', fonts),
      (error) => {
        assert.match(error.message, /DejaVu Sans bold font has no glyph for “網” \(U\+7DB2\)/);
        return true;
      },
    );
  });

  it('keeps one line when it fits, and wraps a long sentence at spaces within 560 px, balanced', () => {
    const short = image.drawBadge(words('ENCC signed it', [{ text: 'ENCC', face: 'bold' }, { text: ' signed it', face: 'regular' }]), 'en', 'light', fonts);
    assert.ok(short.width < 200, `${short.width}`);
    // One line: 2 × (1 px border + 0.45em padding) + the 1.9em seal, at 16 px.
    assert.equal(short.height, Math.ceil(2 + 2 * 0.45 * 16 + 1.9 * 16));

    const long = 'A very long network name that goes on and on and on is a signatory of a statement whose title is also quite long indeed, long enough for three lines';
    const drawn = image.drawBadge(words(long, [{ text: long, face: 'regular' }]), 'en', 'dark', fonts);
    assert.ok(drawn.width <= 560, `${drawn.width}`);
    const ys = new Set([...drawn.svg.matchAll(/<use [^>]* y="([^"]+)"/g)].map((m) => m[1]));
    assert.equal(ys.size, 3, 'three lines');
    assert.equal(drawn.height, Math.ceil(2 + 2 * 0.45 * 16 + 3 * 1.3 * 16));
    // Balanced: narrower than the widest badge, since three lines fit in less.
    assert.ok(drawn.width < 540, `${drawn.width}`);
  });

  it('is the same size in both themes, with the theme colours', () => {
    const w = image.badgeWords(statement, statement.signatories[0], 'de');
    const light = image.drawBadge(w, 'de', 'light', fonts);
    const dark = image.drawBadge(w, 'de', 'dark', fonts);
    assert.deepEqual([light.width, light.height], [dark.width, dark.height]);
    assert.match(light.svg, /fill="#ffffff" stroke="#c7c8c9"/);
    assert.match(light.svg, /<circle [^>]*fill="#0a55b8"/);
    assert.match(dark.svg, /fill="#1b1e24" stroke="#5a5d62"/);
    assert.match(dark.svg, /<circle [^>]*fill="#8cb8ff"/);
  });

  it('escapes the sentence in the title (test words)', () => {
    const text = 'A & B <C> "D"';
    const { svg } = image.drawBadge(words(text, [{ text, face: 'regular' }]), 'en', 'light', fonts);
    assert.match(svg, /<title id="t">A &amp; B &lt;C&gt; &quot;D&quot;<\/title>/);
  });
});

describe('badgeWords', () => {
  it('uses the acronym, else the name, in bold and the title in italic, in the catalogue’s sentence', () => {
    const encc = statement.signatories.find((s) => s.id === 'encc');
    const resArtis = statement.signatories.find((s) => s.id === 'res-artis');
    assert.deepEqual(image.badgeWords(statement, encc, 'nl'), {
      sentence: 'ENCC heeft “The value of international cultural networks” ondertekend',
      runs: [
        { text: 'ENCC', face: 'bold' },
        { text: ' heeft “', face: 'regular' },
        { text: 'The value of international cultural networks', face: 'italic' },
        { text: '” ondertekend', face: 'regular' },
      ],
    });
    assert.equal(image.badgeWords(statement, resArtis, 'en').sentence, 'Res Artis is a signatory of The value of international cultural networks');
    assert.equal(image.badgeWords(statement, encc, 'fr').sentence, 'ENCC est signataire de «\u00a0The value of international cultural networks\u00a0»');
  });

  it('takes the title’s translation where the data has one (test data)', () => {
    const translated = { ...statement, translations: { fr: { title: 'La valeur des réseaux culturels internationaux' } } };
    const w = image.badgeWords(translated, statement.signatories[0], 'fr');
    assert.equal(w.sentence, 'ARRE est signataire de La valeur des réseaux culturels internationaux');
    assert.deepEqual(w.runs.at(-1), { text: 'La valeur des réseaux culturels internationaux', face: 'italic' });
  });
});

describe('writeBadges', () => {
  it('writes every file and the manifest for a new signatory (test data)', async () => {
    const dir = await tempDir();
    const joined = { ...statement, signatories: [...statement.signatories, { id: 'test-net', name: 'Żółta Sieć Testowa' }] };
    const report = await writer.writeBadges(joined, dir);
    const manifest = JSON.parse(await readFile(join(dir, 'badges/badges.json'), 'utf8'));
    const { UI_LANGS } = await load('src/shared/messages/languages.ts');
    assert.deepEqual(manifest.languages, [...UI_LANGS]);
    assert.deepEqual(manifest.themes, ['light', 'dark']);
    assert.equal(report.files, 20 * UI_LANGS.length * 2 * 3);
    assert.deepEqual(Object.keys(manifest.badges.pl['test-net']), ['width', 'height', 'alt']);
    assert.equal(manifest.badges.pl['test-net'].alt, 'Żółta Sieć Testowa jest sygnatariuszem: „The value of international cultural networks”');
    const pl = await readdir(join(dir, 'badges/pl'));
    assert.deepEqual(pl.filter((f) => f.startsWith('test-net')).sort(), [
      'test-net-dark.png',
      'test-net-dark.svg',
      'test-net-dark@2x.png',
      'test-net-light.png',
      'test-net-light.svg',
      'test-net-light@2x.png',
    ]);
    const licence = await readFile(join(dir, 'badges/LICENSE-DejaVu-fonts.txt'), 'utf8');
    assert.match(licence, /Bitstream Vera/);
  });

  it('fails over a size limit, naming the file, and writes nothing', async () => {
    const dir = await tempDir();
    await assert.rejects(writer.writeBadges(statement, dir, { limits: { svg: 16 * 1024, png: 4000 } }), /The image badge \S+\.png is \d+ bytes, over its limit of 4000 bytes/);
    await assert.rejects(writer.writeBadges(statement, dir, { limits: { svg: 3000, png: 24 * 1024 } }), /The image badge \S+\.svg is \d+ bytes, over its limit of 3000 bytes/);
    assert.deepEqual(await readdir(dir), []);
  });

  it('fails when a name has a letter the font lacks (test data), and writes nothing', async () => {
    const dir = await tempDir();
    const joined = { ...statement, signatories: [{ id: 'x', name: 'Réseau 網' }] };
    await assert.rejects(writer.writeBadges(joined, dir), /has no glyph for “網”/);
    assert.deepEqual(await readdir(dir), []);
  });
});

/** The glyphs an SVG places, `{ key, x, y }`, in document order. */
const uses = (svg) => [...svg.matchAll(/<use href="#([^"]+)" x="([^"]+)" y="([^"]+)"\/>/g)].map((m) => ({ key: m[1], x: Number(m[2]), y: Number(m[3]) }));

/** Arabic marks (harakat, shadda, sukun): placed on a letter, so their order among letters is not compared. */
const MARKS = /[\u064b-\u0652]/g;

/**
 * What each glyph key of a badge stands for: every word of `text` shaped by fontkit itself in
 * each face (both directions), each glyph id mapped to its characters. Fresh font objects:
 * fontkit keeps a glyph's first code points in its cache.
 */
function glyphChars(text) {
  const chars = new Map();
  const open = (file) => fontkit.openSync(join(fontDir, file));
  const faces = [['regular', open('DejaVuSans.ttf')], ['bold', open('DejaVuSans-Bold.ttf')], ['italic', open('DejaVuSans-Oblique.ttf')]];
  for (const [face, font] of faces) {
    for (const word of text.split(/\s+/)) {
      for (const dir of ['ltr', 'rtl']) {
        const run = font.layout(word, undefined, undefined, undefined, dir);
        for (const g of run.glyphs) if (g.id) chars.set(`${face[0]}${g.id}`, String.fromCodePoint(...g.codePoints));
      }
    }
  }
  return chars;
}

/** The characters a badge draws, line by line, left to right as they appear; marks left out. */
function drawnLines(svg, text) {
  const chars = glyphChars(text);
  const lines = new Map();
  for (const u of uses(svg)) {
    // A mark may sit a little above its line's baseline: it belongs to the nearest line.
    const line = [...lines.keys()].find((y) => Math.abs(y - u.y) < 8) ?? u.y;
    if (!lines.has(line)) lines.set(line, []);
    lines.get(line).push(u);
  }
  return [...lines.values()].map((l) =>
    l
      .sort((a, b) => a.x - b.x)
      .map((u) => chars.get(u.key) ?? '?')
      .join('')
      .replace(MARKS, ''),
  );
}

/** `text` reversed by characters (an Arabic word as it appears, left to right). */
const reversed = (text) => [...text].reverse().join('');

describe('right-to-left badges', () => {
  // Test words: not a catalogue's sentence, but the Arabic catalogue's shape of one.
  const testRuns = [
    { text: 'ENCC', face: 'bold' },
    { text: ' من الموقعين على «', face: 'regular' },
    { text: 'Test title', face: 'italic' },
    { text: '»', face: 'regular' },
  ];
  const testSentence = testRuns.map((r) => r.text).join('');

  it('puts the runs of a mixed sentence in Unicode bidi order, Arabic read from the right, Latin keeping its order (test words)', () => {
    const { svg } = image.drawBadge(words(testSentence, testRuns), 'ar', 'light', fonts);
    // One line, left to right as drawn: the quoted title (its quotation marks mirrored), then
    // each Arabic word from its last letter to its first, then the acronym, rightmost.
    assert.deepEqual(drawnLines(svg, testSentence), ['«Testtitle»' + reversed('على') + reversed('الموقعين') + reversed('من') + 'ENCC']);
  });

  it('draws Arabic right to left: the glyphs of a word have decreasing x in reading order (test words)', () => {
    const text = 'عربي';
    const { svg } = image.drawBadge(words(text, [{ text, face: 'regular' }]), 'ar', 'light', fonts);
    const chars = glyphChars(text);
    const byX = uses(svg).sort((a, b) => b.x - a.x).map((u) => chars.get(u.key));
    assert.deepEqual(byX, [...text]);
  });

  it('joins Arabic letters: the glyphs are the initial, medial and final forms, not the isolated ones (test words)', () => {
    const text = 'عربي';
    const { svg } = image.drawBadge(words(text, [{ text, face: 'regular' }]), 'ar', 'light', fonts);
    const drawn = uses(svg).map((u) => u.key);
    assert.equal(drawn.length, 4);
    for (const ch of text) {
      const isolated = `r${fonts.regular.glyphForCodePoint(ch.codePointAt(0)).id}`;
      assert.ok(!drawn.includes(isolated), `${ch} is drawn in its isolated form`);
    }
    // ع initial (U+FECB), ر final (U+FEAE), ب initial (U+FE91), ي final (U+FEF2), as fontkit names them.
    const names = drawn.map((key) => fonts.regular.getGlyph(Number(key.slice(1))).name).sort();
    assert.deepEqual(names, ['uniFE91', 'uniFEAE', 'uniFECB', 'uniFEF2']);
  });

  it('places a mark above its letter (shadda on qaf), shifted from the baseline as the font says (test words)', () => {
    const text = 'الموقّعين';
    const { svg } = image.drawBadge(words(text, [{ text, face: 'regular' }]), 'ar', 'light', fonts);
    const shadda = `r${fonts.regular.glyphForCodePoint(0x651).id}`;
    const all = uses(svg);
    const mark = all.find((u) => u.key === shadda);
    assert.ok(mark, 'the shadda is drawn');
    assert.ok(mark.y < all.find((u) => u.key !== shadda).y, 'raised above the baseline');
  });

  it('mirrors the layout: the seal on the right, every line ending at the same right edge', () => {
    const encc = statement.signatories.find((s) => s.id === 'encc');
    const ar = image.drawBadge(image.badgeWords(statement, encc, 'ar'), 'ar', 'light', fonts);
    const en = image.drawBadge(image.badgeWords(statement, encc, 'en'), 'en', 'light', fonts);
    const cx = (svg) => Number(svg.match(/<circle cx="([^"]+)"/)[1]);
    assert.ok(cx(ar.svg) > ar.width / 2, `seal at ${cx(ar.svg)} of ${ar.width}`);
    assert.ok(Math.abs(ar.width - cx(ar.svg) - cx(en.svg)) <= 1, 'as far from the right edge as the English seal from the left');
    // Right edges: each line's rightmost glyph starts near the text's right edge (the widest glyph's width away at most).
    // Lines by baseline; a raised mark belongs to the line below it.
    const lines = new Map();
    for (const u of uses(ar.svg)) {
      const y = [...lines.keys()].find((k) => Math.abs(k - u.y) < 8) ?? u.y;
      lines.set(y, Math.max(lines.get(y) ?? 0, u.x));
    }
    const rightmost = [...lines.values()];
    assert.ok(rightmost.length >= 2, 'two lines or more');
    assert.ok(Math.max(...rightmost) - Math.min(...rightmost) < 16, `right edges ${rightmost}`);
    assert.ok(Math.max(...uses(ar.svg).map((u) => u.x)) < cx(ar.svg) - 16, 'the text is left of the seal');
  });

  it('draws the Arabic catalogue’s sentence with the acronym rightmost and the English title in its order', () => {
    const encc = statement.signatories.find((s) => s.id === 'encc');
    const w = image.badgeWords(statement, encc, 'ar');
    const { svg } = image.drawBadge(w, 'ar', 'light', fonts);
    const lines = drawnLines(svg, w.sentence);
    assert.ok(lines[0].endsWith('ENCC'), lines[0]);
    // Whatever the line breaks, the title's letters keep their order, line after line.
    const title = lines.map((l) => l.replace(/ENCC$/, '').replace(/[^A-Za-z]/g, ''));
    assert.equal(title.join(''), 'Thevalueofinternationalculturalnetworks');
  });

  it('draws Greek and Cyrillic (Ukrainian) left to right, seal on the left', () => {
    const encc = statement.signatories.find((s) => s.id === 'encc');
    for (const lang of ['el', 'uk']) {
      const w = image.badgeWords(statement, encc, lang);
      const { svg, width } = image.drawBadge(w, lang, 'dark', fonts);
      assert.ok(Number(svg.match(/<circle cx="([^"]+)"/)[1]) < width / 2, lang);
      assert.ok(drawnLines(svg, w.sentence)[0].startsWith('ENCC'), lang);
    }
  });

  it('leaves left-to-right text without right-to-left parts unreordered, and strips bidi controls (test words)', () => {
    const plain = 'ENCC signed it';
    const marked = 'ENCC\u200e signed \u2068it\u2069';
    const a = image.drawBadge(words(plain, [{ text: plain, face: 'regular' }]), 'en', 'light', fonts).svg;
    const b = image.drawBadge(words(plain, [{ text: marked, face: 'regular' }]), 'en', 'light', fonts).svg;
    assert.equal(a, b);
  });
});

describe('visualOrder (UAX #9, rule L2)', () => {
  const order = (levels) => bidi.visualOrder(levels.map((level, i) => ({ level, i }))).map((x) => x.i);
  it('keeps a left-to-right line, reverses a right-to-left one', () => {
    assert.deepEqual(order([0, 0, 0]), [0, 1, 2]);
    assert.deepEqual(order([1, 1, 1]), [2, 1, 0]);
  });
  it('keeps a left-to-right run in its order inside a right-to-left line, and the reverse', () => {
    assert.deepEqual(order([1, 2, 2, 1]), [3, 1, 2, 0]);
    assert.deepEqual(order([0, 1, 1, 0]), [0, 2, 1, 3]);
  });
  it('reverses level by level, down to the lowest odd level', () => {
    // Levels 1 2 3 3 2 1: the 3s reversed, then 2–3, then everything.
    assert.deepEqual(order([1, 2, 3, 3, 2, 1]), [5, 1, 3, 2, 4, 0]);
    assert.deepEqual(order([2, 2, 0]), [0, 1, 2]);
    assert.deepEqual(order([]), []);
  });
});

describe('bidiWords', () => {
  it('splits at spaces into parts of one face and level, mirrored where right to left (test words)', () => {
    const w = bidi.bidiWords([{ text: 'على «', face: 'regular' }, { text: 'A b', face: 'italic' }, { text: '»', face: 'regular' }], 'rtl');
    assert.deepEqual(w, [
      { parts: [{ text: 'على', face: 'regular', level: 1 }], space: { text: ' ', face: 'regular', level: 1 } },
      { parts: [{ text: '»', face: 'regular', level: 1 }, { text: 'A', face: 'italic', level: 2 }], space: { text: ' ', face: 'italic', level: 2 } },
      { parts: [{ text: 'b', face: 'italic', level: 2 }, { text: '«', face: 'regular', level: 1 }] },
    ]);
  });
  it('gives a left-to-right paragraph level 0 throughout (test words)', () => {
    const w = bidi.bidiWords([{ text: 'ENCC est signataire de «\u00a0The value\u00a0»', face: 'regular' }], 'ltr');
    assert.ok(w.every((x) => x.parts.every((p) => p.level === 0)));
    assert.equal(bidi.needsReordering(w, 'ltr'), false);
    assert.equal(bidi.needsReordering(w, 'rtl'), true);
  });
});
