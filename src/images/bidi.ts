/**
 * Bidirectional text for the images the build draws (image badges, statement image): the
 * Unicode Bidirectional Algorithm (UAX #9) resolves each character's embedding level, through
 * `bidi-js`; this module splits a paragraph into words of same-face, same-level parts that can
 * be shaped and measured once, and puts a line's parts in visual order (rule L2), so that line
 * breaking stays the greedy `breakLines` of the badges. Build-time only (Node).
 */
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** A base (paragraph) direction. */
export type Direction = 'ltr' | 'rtl';

/**
 * Characters that steer the algorithm but draw nothing (embeddings, overrides, isolates and the
 * LRM, RLM and ALM marks): they set levels, then are left out of what is shaped.
 */
const FORMAT = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** First strong isolate and pop directional isolate: wrap a phrase whose direction is its own. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** A stretch of text in one face and at one embedding level, in logical order. */
export interface LevelRun<F extends string> {
  /** The characters to shape: mirrored (`(` → `)`, `«` → `»`) where the level is odd. */
  text: string;
  face: F;
  /** The resolved embedding level: odd is right to left. */
  level: number;
}

/** A word (text between spaces) as parts in logical order, and the space after it, if any. */
export interface BidiWord<F extends string> {
  parts: LevelRun<F>[];
  space?: LevelRun<F>;
}

/**
 * Splits `runs` (the paragraph in logical order, each run in one face) into words of parts of
 * one face and one level, with `base` as the paragraph's direction. A space ends a word (a run
 * of spaces is one space); a no-break space does not.
 */
export function bidiWords<F extends string>(runs: { text: string; face: F }[], base: Direction): BidiWord<F>[] {
  const text = runs.map((r) => r.text).join('');
  const { levels } = bidi.getEmbeddingLevels(text, base);
  const mirrored = bidi.getMirroredCharactersMap(text, levels);
  const words: BidiWord<F>[] = [];
  let word: BidiWord<F> = { parts: [] };
  let i = 0;
  for (const run of runs) {
    for (const ch of run.text) {
      const at = i;
      i += ch.length;
      if (FORMAT.test(ch)) continue;
      const level = levels[at]!;
      if (ch === ' ') {
        const last = words[words.length - 1];
        // Spaces before any word, or after a space, join the space already there.
        if (!word.parts.length) {
          if (last?.space) last.space.text += ch;
          continue;
        }
        word.space = { text: ch, face: run.face, level };
        words.push(word);
        word = { parts: [] };
        continue;
      }
      const shaped = mirrored.get(at) ?? ch;
      const part = word.parts[word.parts.length - 1];
      if (part && part.face === run.face && part.level === level) part.text += shaped;
      else word.parts.push({ text: shaped, face: run.face, level });
    }
  }
  if (word.parts.length) words.push(word);
  return words;
}

/** Whether a paragraph needs reordering: a right-to-left base or any right-to-left part. */
export function needsReordering<F extends string>(words: BidiWord<F>[], base: Direction): boolean {
  return base === 'rtl' || words.some((w) => w.parts.some((p) => p.level % 2 === 1));
}

/**
 * The items of one line in visual order, left to right (UAX #9 rule L2): from the highest level
 * down to the lowest odd level, every maximal sequence of items at that level or higher is
 * reversed. Each item must be at one level (a part or a space). A line's trailing space is not
 * an item (rule L1 would put it at the paragraph's level; it draws nothing).
 */
export function visualOrder<T extends { level: number }>(items: T[]): T[] {
  const out = [...items];
  if (!out.length) return out;
  const levels = out.map((item) => item.level);
  const highest = Math.max(...levels);
  const lowest = Math.min(...levels);
  const lowestOdd = lowest % 2 ? lowest : lowest + 1;
  for (let level = highest; level >= lowestOdd; level -= 1) {
    for (let start = 0; start < out.length; ) {
      if (out[start]!.level < level) {
        start += 1;
        continue;
      }
      let end = start;
      while (end < out.length && out[end]!.level >= level) end += 1;
      out.splice(start, end - start, ...out.slice(start, end).reverse());
      start = end;
    }
  }
  return out;
}
