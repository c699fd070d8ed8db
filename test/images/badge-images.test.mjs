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
const temp = [];

before(async () => {
  image = await load('src/images/badge-image.ts');
  writer = await load('src/images/write-badges.ts');
  ({ embeddedStatement: statement } = await load('src/data/statement.ts'));
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
