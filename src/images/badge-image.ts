/**
 * The image badge: `<icn-badge>`'s look and words drawn as a self-contained SVG, for places that
 * keep only images (email, newsletters, Markdown, editors). Pure layout: it takes the words from
 * the catalogues and the statement, the glyphs and their metrics from fonts it is given, and
 * returns SVG text, with every glyph drawn as an outline so that no font is needed to read it.
 * `write-badges.ts` loads the fonts and writes the files.
 */
import type { Signatory, Statement } from '../data/schema.js';
import { localize } from '../data/localize.js';
import { badgeTemplate, fill, type UiLang } from '../shared/i18n.js';
// Every catalogue at hand: a drawing in any language, from Node.
import '../shared/messages/all.js';

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
  layout(text: string): {
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
interface Run {
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

/** A glyph placed on a line, its x from the line's start, in px. */
export interface Placed {
  key: string;
  x: number;
}

/** A piece of a word in one face, shaped. */
interface Piece {
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

/** Greedy line breaking: as many words on each line as fit `room` px. */
export function breakLines(words: Word[], room: number): Line[] {
  const lines: Line[] = [];
  let line: Line | undefined;
  let pendingSpace = 0;
  for (const word of words) {
    if (line && line.width + pendingSpace + word.width <= room) {
      const at = line.width + pendingSpace;
      line.glyphs.push(...word.glyphs.map((g) => ({ key: g.key, x: g.x + at })));
      line.width = at + word.width;
    } else {
      line = { glyphs: [...word.glyphs], width: word.width };
      lines.push(line);
    }
    pendingSpace = word.space;
  }
  return lines;
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

  /** Shapes `text` in `face` (kerning and ligatures apply within it). */
  const shape = (text: string, face: Face): Piece => {
    const font = fonts[face];
    const scale = em / font.unitsPerEm;
    const run = font.layout(text);
    const glyphs: Placed[] = [];
    let x = 0;
    run.glyphs.forEach((glyph, i) => {
      if (glyph.id === 0) {
        const ch = String.fromCodePoint(...glyph.codePoints);
        throw new Error(
          `The ${fonts.family} ${face} font has no glyph for “${ch}” (U+${(glyph.codePoints[0] ?? 0).toString(16).toUpperCase().padStart(4, '0')}) in “${words.sentence}” (${lang}).`,
        );
      }
      const position = run.positions[i]!;
      const key = `${face[0]}${glyph.id}`;
      if (!paths.has(key)) paths.set(key, pathData(glyph.path.commands, scale));
      // Blank glyphs (a space) take their advance but nothing is drawn.
      if (paths.get(key)) glyphs.push({ key, x: x + position.xOffset * scale });
      x += position.xAdvance * scale;
    });
    return { glyphs, width: x };
  };

  // Words between spaces; a word may span faces ("{title}." or "«{title}»").
  const words_: Word[] = [];
  let current: Word = { glyphs: [], width: 0, space: 0 };
  for (const run of words.runs) {
    const parts = run.text.split(/( +)/);
    parts.forEach((part, i) => {
      if (i % 2) {
        current.space = shape(part, run.face).width;
        words_.push(current);
        current = { glyphs: [], width: 0, space: 0 };
      } else if (part) {
        const piece = shape(part, run.face);
        current.glyphs.push(...piece.glyphs.map((g) => ({ key: g.key, x: g.x + current.width })));
        current.width += piece.width;
      }
    });
  }
  if (current.glyphs.length || current.width) words_.push(current);

  // Lines: no wider than the widest badge, breaking at spaces only, and balanced (as CSS
  // `text-wrap: balance`): the narrowest width that needs no more lines than the widest does.
  const border = m.border;
  const fixed = 2 * border + (m.padStart + m.seal + m.gap + m.padEnd) * em;
  const room = m.maxWidth - fixed;
  let lines = breakLines(words_, room);
  if (lines.length > 1) {
    let low = Math.max(...words_.map((w) => w.width));
    let high = room;
    while (high - low > 0.5) {
      const mid = (low + high) / 2;
      if (breakLines(words_, mid).length <= lines.length) high = mid;
      else low = mid;
    }
    lines = breakLines(words_, high);
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
  const textX = border + (m.padStart + m.seal + m.gap) * em;

  const sealX = border + m.padStart * em + seal / 2;
  const markBox = seal * m.mark;
  const markScale = markBox / 24;

  const uses = lines
    .flatMap((l, i) =>
      l.glyphs.map((g) => `<use href="#${g.key}" x="${num(textX + g.x)}" y="${num(baseline0 + i * lineHeight)}"/>`),
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
