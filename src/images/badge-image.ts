/**
 * The image badge: `<icn-badge>`'s look and words drawn as a self-contained SVG, for places that
 * keep only images (email, newsletters, Markdown, editors). Pure layout: it takes the words from
 * the catalogues and the statement, the glyphs and their metrics from fonts it is given, and
 * returns SVG text, with every glyph drawn as an outline so that no font is needed to read it.
 * `write-badges.ts` loads the fonts and writes the files.
 */
import type { Signatory, Statement } from '../data/schema.js';
import { localize } from '../data/localize.js';
import { direction } from '../shared/direction.js';
import { badgeTemplate, fill, type UiLang } from '../shared/i18n.js';
// Every catalogue at hand: a drawing in any language, from Node.
import '../shared/messages/all.js';
import { bidiWords, needsReordering, visualOrder, type Direction, type LevelRun } from './bidi.js';

/** One drawing command of a glyph outline, in font units with y up (fontkit's `Path`). */
export interface PathCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}

/** What the layout needs of a font: fontkit's `Font` has it. */
export interface GlyphFont {
  unitsPerEm: number;
  /** hhea ascent and descent (descent negative), in font units: they set the line box as browsers do. */
  ascent: number;
  descent: number;
  /** Whether the font draws a code point (fontkit's `hasGlyphForCodePoint`). */
  hasGlyphForCodePoint(codePoint: number): boolean;
  /**
   * Shapes `text` (fontkit's `layout`): with `direction` `rtl`, joined letter forms where the
   * script has them, and glyphs returned in visual order, left to right.
   */
  layout(
    text: string,
    features?: string[] | Record<string, boolean>,
    script?: string,
    language?: string,
    direction?: Direction,
  ): {
    glyphs: { id: number; codePoints: number[]; path: { commands: PathCommand[] } }[];
    positions: { xAdvance: number; xOffset: number; yOffset: number }[];
  };
}

/** The three faces the sentence uses: the network bold, the title italic, as in `<icn-badge>`. */
export interface BadgeFonts {
  regular: GlyphFont;
  bold: GlyphFont;
  italic: GlyphFont;
  /** Named in each SVG's comment, e.g. `DejaVu Sans`. */
  family: string;
  /** The file beside the images that holds the font's licence, named in each SVG's comment. */
  licenceFile: string;
}

export type BadgeTheme = 'light' | 'dark';

/** The colours of `src/shared/theme.styles.ts`; the line is the text colour over the surface. */
export const THEMES: Record<BadgeTheme, { surface: string; text: string; accent: string; line: number }> = {
  light: { surface: '#ffffff', text: '#1f2328', accent: '#0a55b8', line: 0.25 },
  dark: { surface: '#1b1e24', text: '#eef0f3', accent: '#8cb8ff', line: 0.3 },
};

/** The medium badge of `src/badge/badge.styles.ts`, in CSS px at 1×. */
export const METRICS = {
  fontSize: 16,
  lineHeight: 1.3,
  border: 1,
  radius: 8,
  /** padding-block 0.45em, padding-inline 0.55em (seal side) and 0.9em. */
  padBlock: 0.45,
  padStart: 0.55,
  padEnd: 0.9,
  gap: 0.6,
  seal: 1.9,
  /** The check mark's box, as a share of the seal. */
  mark: 0.62,
  /** The widest badge at 1×: it fits a 600 px email column with room to spare. */
  maxWidth: 560,
} as const;

/** The seal's check mark, in a 24-unit box (as `<icn-badge>`'s). */
export const CHECK = 'M6 12.5l4 4 8-9';

/** The faces of DejaVu Sans the images draw with. */
export type Face = 'regular' | 'bold' | 'italic';

/** A run of the sentence in one face. */
export interface Run {
  text: string;
  face: Face;
}

/** The words of a badge: the plain sentence (title, alt) and its runs in their faces. */
export interface BadgeWords {
  sentence: string;
  runs: Run[];
}

/**
 * The badge's sentence in `lang`, as `<icn-badge>` builds it: the catalogue's `badge` message
 * with the network (its acronym, else its name) in bold and the statement's title, translated
 * where the data has it, in italic.
 */
export function badgeWords(statement: Statement, signatory: Signatory, lang: UiLang): BadgeWords {
  const network = signatory.acronym ?? signatory.name;
  const { value: title, lang: titleLang } = localize(statement, lang).title;
  const sentence = badgeTemplate(lang, titleLang);
  const runs = sentence
    .split(/(\{network\}|\{title\})/)
    .filter((piece) => piece !== '')
    .map((piece): Run =>
      piece === '{network}'
        ? { text: network, face: 'bold' }
        : piece === '{title}'
          ? { text: title, face: 'italic' }
          : { text: piece, face: 'regular' },
    );
  return { sentence: fill(sentence, { network, title }), runs };
}

/** A badge drawn: its SVG text and its size in CSS px at 1×. */
export interface BadgeImage {
  svg: string;
  width: number;
  height: number;
  sentence: string;
}

/** A glyph placed on a line, its x from the line's start, in px; `y`, a shift from the baseline (down), when it has one (an Arabic mark). */
export interface Placed {
  key: string;
  x: number;
  y?: number;
}

/** A piece of a word in one face, shaped. */
export interface Piece {
  glyphs: Placed[];
  width: number;
}

/** A line of glyphs and its width, in px. */
export interface Line {
  glyphs: Placed[];
  width: number;
}

/** A word (text between spaces, possibly in several faces) and the space after it. */
export interface Word {
  glyphs: Placed[];
  width: number;
  space: number;
}

const round = (n: number) => Math.round(n * 10) / 10;
const num = (n: number) => String(round(n)).replace(/^(-?)0\./, '$1.');

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

/** `text` over `base` at `share` opacity, as an opaque colour (`color-mix(in srgb, …)`). */
export function mix(text: string, base: string, share: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2]
    .map((i) => Math.round(channel(text, i) * share + channel(base, i) * (1 - share)).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** An outline as SVG path data, scaled from font units to px with y down, rounded to 0.1 px. */
export function pathData(commands: PathCommand[], scale: number): string {
  const letters = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' } as const;
  let d = '';
  let last = '';
  for (const { command, args } of commands) {
    const letter = letters[command];
    const points = args.map((v, i) => num(i % 2 ? -v * scale : v * scale));
    const text = points.join(' ').replace(/ -/g, '-');
    // A repeated command letter may be left out, except after M (which would make it L).
    const prefix = letter === last && letter !== 'M' && letter !== 'Z' ? (text.startsWith('-') ? '' : ' ') : letter;
    d += prefix + text;
    last = letter;
  }
  // Contours that only move and close draw nothing.
  return d.replace(/M[-\d. ]+Z/g, '');
}

/**
 * Greedy line breaking: as many words on each line as fit `room` px (a word's trailing space
 * counts only before another word on its line). Returns the words of each line.
 */
export function groupLines<W extends { width: number; space: number }>(words: W[], room: number): W[][] {
  const lines: W[][] = [];
  let line: W[] | undefined;
  let width = 0;
  let pendingSpace = 0;
  for (const word of words) {
    if (line && width + pendingSpace + word.width <= room) {
      width = width + pendingSpace + word.width;
      line.push(word);
    } else {
      line = [word];
      width = word.width;
      lines.push(line);
    }
    pendingSpace = word.space;
  }
  return lines;
}

/** Greedy line breaking (`groupLines`), each line's glyphs placed left to right in logical order. */
export function breakLines(words: Word[], room: number): Line[] {
  return groupLines(words, room).map((group) => {
    const line: Line = { glyphs: [...group[0]!.glyphs], width: group[0]!.width };
    for (let i = 1; i < group.length; i += 1) {
      const word = group[i]!;
      const at = line.width + group[i - 1]!.space;
      line.glyphs.push(...word.glyphs.map((g) => ({ ...g, x: g.x + at })));
      line.width = at + word.width;
    }
    return line;
  });
}

/** A part of a word shaped: its glyphs (in visual order, x from its left edge) and level. */
export interface ShapedPart {
  glyphs: Placed[];
  width: number;
  level: number;
}

/** A word shaped part by part (logical order), and the level of the space after it. */
export interface ShapedWord extends Word {
  parts: ShapedPart[];
  spaceLevel: number;
}

/**
 * Shapes a paragraph given as runs in faces, in logical order, whose base direction is `base`:
 * the words as `breakLines` takes them, their parts for reordering, and whether the paragraph
 * needs reordering at all (a left-to-right paragraph with no right-to-left text does not, and
 * is laid out exactly as before bidirectional text was supported). `shape` shapes one part.
 */
export function shapeParagraph<F extends string>(
  runs: { text: string; face: F }[],
  base: Direction,
  shape: (part: LevelRun<F>) => { glyphs: Placed[]; width: number },
): { words: ShapedWord[]; reorder: boolean } {
  const bidi = bidiWords(runs, base);
  const words = bidi.map((w): ShapedWord => {
    const word: ShapedWord = { glyphs: [], width: 0, space: 0, parts: [], spaceLevel: w.space?.level ?? 0 };
    for (const part of w.parts) {
      const piece = shape(part);
      word.glyphs.push(...piece.glyphs.map((g) => ({ ...g, x: g.x + word.width })));
      word.width += piece.width;
      word.parts.push({ ...piece, level: part.level });
    }
    if (w.space) word.space = shape(w.space).width;
    return word;
  });
  return { words, reorder: needsReordering(bidi, base) };
}

/**
 * Lines of a shaped paragraph within `room` px: broken greedily in logical order (`groupLines`,
 * as for any language), then, where the paragraph needs it, each line's parts and spaces put in
 * visual order (`visualOrder`), so that a left-to-right acronym or title keeps its letter order
 * inside a right-to-left line. Glyph x is from the line's left edge; a right-to-left paragraph's
 * caller aligns each line to the right.
 */
export function layOutLines(paragraph: { words: ShapedWord[]; reorder: boolean }, room: number): Line[] {
  if (!paragraph.reorder) return breakLines(paragraph.words, room);
  return groupLines(paragraph.words, room).map((group) => {
    const items = group.flatMap((word, i) =>
      i < group.length - 1 ? [...word.parts, { glyphs: [], width: word.space, level: word.spaceLevel }] : word.parts,
    );
    const line: Line = { glyphs: [], width: 0 };
    for (const item of visualOrder(items)) {
      line.glyphs.push(...item.glyphs.map((g) => ({ ...g, x: g.x + line.width })));
      line.width += item.width;
    }
    return line;
  });
}

/**
 * The font that draws `text` in `face`: the face itself, else, when it lacks a letter the
 * regular face has (DejaVu Sans Oblique has no Arabic), the regular face, as a browser falls
 * back to an upright font (Arabic is not slanted).
 */
export function faceFor(fonts: BadgeFonts, face: Face, text: string): Face {
  if (face === 'regular') return face;
  const lacks = (f: GlyphFont) => [...text].some((ch) => !f.hasGlyphForCodePoint(ch.codePointAt(0)!));
  return lacks(fonts[face]) && !lacks(fonts.regular) ? 'regular' : face;
}

/**
 * Shapes level runs at `size` px, for `shapeParagraph`: each run in its face (or the regular
 * face where it lacks the letters, see `faceFor`; kerning and ligatures apply within the run),
 * right to left with joined letter forms at an odd level, its glyphs in visual order. Each
 * glyph's outline goes into `paths` once, under the key its `<use>` names: the face's initial,
 * `keyInfix` (for drawings with several sizes) and the glyph's id. Throws, naming the
 * character, the face and `where`, when the font lacks a glyph, rather than draw a box or a
 * blank.
 */
export function glyphShaper(
  fonts: BadgeFonts,
  size: number,
  paths: Map<string, string>,
  where: string,
  keyInfix = '',
): (run: LevelRun<Face>) => Piece {
  return ({ text, face: asked, level }) => {
    const face = faceFor(fonts, asked, text);
    const font = fonts[face];
    const scale = size / font.unitsPerEm;
    const run = level % 2 ? font.layout(text, undefined, undefined, undefined, 'rtl') : font.layout(text);
    const glyphs: Placed[] = [];
    let x = 0;
    run.glyphs.forEach((glyph, i) => {
      if (glyph.id === 0) {
        const ch = String.fromCodePoint(...glyph.codePoints);
        const code = (glyph.codePoints[0] ?? 0).toString(16).toUpperCase().padStart(4, '0');
        throw new Error(`The ${fonts.family} ${face} font has no glyph for “${ch}” (U+${code}) ${where}.`);
      }
      const position = run.positions[i]!;
      const key = `${face[0]}${keyInfix}${glyph.id}`;
      if (!paths.has(key)) paths.set(key, pathData(glyph.path.commands, scale));
      // Blank glyphs (a space) take their advance but nothing is drawn.
      if (paths.get(key)) glyphs.push({ key, x: x + position.xOffset * scale, ...(position.yOffset ? { y: -position.yOffset * scale } : {}) });
      x += position.xAdvance * scale;
    });
    return { glyphs, width: x };
  };
}

/**
 * Draws one badge. Throws (with the character and face) when a font lacks a glyph the words
 * need, rather than draw a box or a blank.
 */
export function drawBadge(words: BadgeWords, lang: UiLang, theme: BadgeTheme, fonts: BadgeFonts): BadgeImage {
  const m = METRICS;
  const em = m.fontSize;
  const colours = THEMES[theme];
  const paths = new Map<string, string>();

  const shape = glyphShaper(fonts, em, paths, `in “${words.sentence}” (${lang})`);

  // Words between spaces; a word may span faces ("{title}." or "«{title}»") and directions.
  const rtl = direction(lang) === 'rtl';
  const paragraph = shapeParagraph(words.runs, rtl ? 'rtl' : 'ltr', shape);
  const words_ = paragraph.words;

  // Lines: no wider than the widest badge, breaking at spaces only, and balanced (as CSS
  // `text-wrap: balance`): the narrowest width that needs no more lines than the widest does.
  const border = m.border;
  const fixed = 2 * border + (m.padStart + m.seal + m.gap + m.padEnd) * em;
  const room = m.maxWidth - fixed;
  let lines = layOutLines(paragraph, room);
  if (lines.length > 1) {
    let low = Math.max(...words_.map((w) => w.width));
    let high = room;
    while (high - low > 0.5) {
      const mid = (low + high) / 2;
      if (groupLines(words_, mid).length <= lines.length) high = mid;
      else low = mid;
    }
    lines = layOutLines(paragraph, high);
  }

  const lineHeight = em * m.lineHeight;
  const textWidth = Math.max(...lines.map((l) => l.width));
  const textHeight = lines.length * lineHeight;
  const seal = m.seal * em;
  const content = Math.max(seal, textHeight);
  const width = Math.ceil(fixed + textWidth);
  const height = Math.ceil(2 * border + 2 * m.padBlock * em + content);
  const middle = height / 2;

  // The line box as a browser sets it: the font's ascent and descent centred in the line height.
  const font = fonts.regular;
  const ascent = (font.ascent / font.unitsPerEm) * em;
  const descent = (-font.descent / font.unitsPerEm) * em;
  const baseline0 = middle - textHeight / 2 + (lineHeight - ascent - descent) / 2 + ascent;
  // Right to left, the layout mirrors: the seal on the right, each line ending at the text's right edge.
  const start = border + (m.padStart + m.seal + m.gap) * em;
  const lineX = (l: Line) => (rtl ? width - start - l.width : start);

  const sealX = rtl ? width - border - m.padStart * em - seal / 2 : border + m.padStart * em + seal / 2;
  const markBox = seal * m.mark;
  const markScale = markBox / 24;

  const uses = lines
    .flatMap((l, i) =>
      l.glyphs.map((g) => `<use href="#${g.key}" x="${num(lineX(l) + g.x)}" y="${num(baseline0 + i * lineHeight + (g.y ?? 0))}"/>`),
    )
    .join('');
  const defs = [...paths].filter(([, d]) => d).map(([key, d]) => `<path id="${key}" d="${d}"/>`).join('');
  const line_ = mix(colours.text, colours.surface, colours.line);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="t" lang="${lang}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title id="t">${escapeXml(words.sentence)}</title>` +
    `<!-- Text drawn as outlines of ${escapeXml(fonts.family)}; font licence: ${escapeXml(fonts.licenceFile)} -->` +
    `<defs>${defs}</defs>` +
    `<rect x="${border / 2}" y="${border / 2}" width="${width - border}" height="${height - border}" rx="${m.radius - border / 2}" fill="${colours.surface}" stroke="${line_}" stroke-width="${border}"/>` +
    `<circle cx="${num(sealX)}" cy="${num(middle)}" r="${num(seal / 2)}" fill="${colours.accent}"/>` +
    `<path d="${CHECK}" transform="translate(${num(sealX - markBox / 2)} ${num(middle - markBox / 2)}) scale(${Math.round(markScale * 1000) / 1000})" fill="none" stroke="${colours.surface}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>` +
    `<g fill="${colours.text}">${uses}</g>` +
    `</svg>\n`;
  return { svg, width, height, sentence: words.sentence };
}
