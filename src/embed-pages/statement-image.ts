/**
 * The statement image that link previews show for the statement page and the principles and
 * signatory pages: 1200×630 (the size Open Graph and Twitter's large card expect), drawn like
 * the image badges (`src/images/`): the seal, the statement's title, and the signatories'
 * acronyms (else names), every glyph an outline, so resvg renders it with no font installed.
 * Pure layout, as `drawBadge`; `write-embed-pages.ts` loads the fonts and renders the PNG.
 */
import type { Statement } from '../data/schema.js';
import { localize } from '../data/localize.js';
import {
  CHECK,
  glyphShaper,
  layOutLines,
  shapeParagraph,
  THEMES,
  type BadgeFonts,
  type BadgeTheme,
  type Face,
  type Line,
} from '../images/badge-image.js';
import { FSI, PDI } from '../images/bidi.js';
import { direction } from '../shared/direction.js';
import { msg, type UiLang } from '../shared/i18n.js';
// Every catalogue at hand: a drawing in any language, from Node.
import '../shared/messages/all.js';

/** The image's size in px: Open Graph's recommended 1.91:1. */
export const STATEMENT_IMAGE = { width: 1200, height: 630 } as const;

/** The layout, in px. */
const L = {
  margin: 72,
  border: 2,
  radius: 24,
  seal: 112,
  gap: 40,
  title: { size: 60, lineHeight: 1.2 },
  label: { size: 32, lineHeight: 1.45 },
  list: { size: 32, lineHeight: 1.45 },
  /** Space between the title block and the signatories. */
  between: 44,
} as const;

/** The words of the image and its text alternative. */
export interface StatementImageWords {
  title: string;
  label: string;
  names: string[];
  alt: string;
}

/** The image's words in `lang`: the title (translated where the data has it) and the signatories. */
export function statementImageWords(statement: Statement, lang: UiLang): StatementImageWords {
  const title = localize(statement, lang).title.value;
  const label = msg(lang, 'signatories');
  const names = statement.signatories.map((s) => s.acronym ?? s.name);
  return { title, label, names, alt: `${title}. ${label}: ${names.join(', ')}.` };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Draws the statement image. Throws when a font lacks a glyph, or when the words do not fit
 * the image (rather than draw them cut).
 */
export function drawStatementImage(
  words: StatementImageWords,
  lang: UiLang,
  theme: BadgeTheme,
  fonts: BadgeFonts,
): { svg: string; width: number; height: number } {
  const { width, height } = STATEMENT_IMAGE;
  const colours = THEMES[theme];
  const paths = new Map<string, string>();

  const rtl = direction(lang) === 'rtl';

  /**
   * Words of `text` in `face` at `size`, shaped (right to left, joined, at an odd level), with
   * the width of the space after each, and whether the lines need reordering.
   */
  const shapeWords = (text: string, face: Face, size: number) => {
    const shape = glyphShaper(fonts, size, paths, `in the statement image (${lang})`, `${size}-`);
    return shapeParagraph([{ text, face }], rtl ? 'rtl' : 'ltr', shape);
  };

  /** Greedy lines within `room` px, as the badges break theirs, in visual order. */
  const lines = (paragraph: ReturnType<typeof shapeWords>, room: number): Line[] => {
    if (paragraph.words.some((w) => w.width > room)) throw new Error(`A word is wider than the statement image (${lang}).`);
    return layOutLines(paragraph, room);
  };

  const uses: string[] = [];
  /** Places lines from `x` (left to right) or ending at `x` (right to left). */
  const place = (ls: Line[], x: number, top: number, size: number, lineHeight: number, fill: string) => {
    const font = fonts.regular;
    const ascent = (font.ascent / font.unitsPerEm) * size;
    const descent = (-font.descent / font.unitsPerEm) * size;
    const box = size * lineHeight;
    ls.forEach((l, i) => {
      const baseline = top + i * box + (box - ascent - descent) / 2 + ascent;
      const start = rtl ? x - l.width : x;
      uses.push(
        `<g fill="${fill}">${l.glyphs.map((g) => `<use href="#${g.key}" x="${round(start + g.x)}" y="${round(baseline + (g.y ?? 0))}"/>`).join('')}</g>`,
      );
    });
    return ls.length * box;
  };

  // The title beside the seal; the signatories below, across the whole width; the whole
  // block in the middle of the image. A name never breaks, nor parts from the dot after it.
  // Right to left, all of it mirrors: the seal on the right, lines ending at the right margin,
  // and the names listed from the right. Each name is an isolate (FSI … PDI, which draw
  // nothing), so that it keeps its own letter order and the list its order in either direction.
  const textX = L.margin + L.seal + L.gap;
  const startX = rtl ? width - textX : textX;
  const marginX = rtl ? width - L.margin : L.margin;
  const titleLines = lines(shapeWords(words.title, 'bold', L.title.size), width - textX - L.margin);
  const labelLines = lines(shapeWords(words.label, 'bold', L.label.size), width - 2 * L.margin);
  const list = words.names.map((n) => FSI + n.replace(/ /g, '\u00a0') + PDI).join('\u00a0· ');
  const listLines = lines(shapeWords(list, 'regular', L.list.size), width - 2 * L.margin);
  const titleHeight = titleLines.length * L.title.size * L.title.lineHeight;
  const headHeight = Math.max(L.seal, titleHeight);
  const labelHeight = labelLines.length * L.label.size * L.label.lineHeight;
  const listHeight = listLines.length * L.list.size * L.list.lineHeight;
  const total = headHeight + L.between + labelHeight + listHeight;
  if (total > height - L.margin)
    throw new Error(`The statement image's words do not fit in ${width}×${height} px (${lang}).`);
  const top = (height - total) / 2;
  place(titleLines, startX, top + (headHeight - titleHeight) / 2, L.title.size, L.title.lineHeight, colours.text);
  const sealY = top + headHeight / 2;
  const listTop = top + headHeight + L.between;
  place(labelLines, marginX, listTop, L.label.size, L.label.lineHeight, colours.accent);
  place(listLines, marginX, listTop + labelHeight, L.list.size, L.list.lineHeight, colours.text);

  const sealX = rtl ? width - L.margin - L.seal / 2 : L.margin + L.seal / 2;
  const mark = L.seal * 0.62;
  const defs = [...paths].filter(([, d]) => d).map(([key, d]) => `<path id="${key}" d="${d}"/>`).join('');
  const escape = (t: string) => t.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="t" lang="${lang}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title id="t">${escape(words.alt)}</title>` +
    `<defs>${defs}</defs>` +
    `<rect width="${width}" height="${height}" fill="${colours.surface}"/>` +
    `<rect x="${L.border * 4}" y="${L.border * 4}" width="${width - L.border * 8}" height="${height - L.border * 8}" rx="${L.radius}" fill="none" stroke="${colours.accent}" stroke-width="${L.border * 2}"/>` +
    `<circle cx="${sealX}" cy="${round(sealY)}" r="${L.seal / 2}" fill="${colours.accent}"/>` +
    `<path d="${CHECK}" transform="translate(${round(sealX - mark / 2)} ${round(sealY - mark / 2)}) scale(${round((mark / 24) * 100) / 100})" fill="none" stroke="${colours.surface}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>` +
    uses.join('') +
    `</svg>\n`;
  return { svg, width, height };
}
