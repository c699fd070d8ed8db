/**
 * The limits of the statement format: how much data a statement may hold. They keep a page that
 * shows someone else's statement responsive whatever that data is, and they are far above what
 * the statement needs. The schema (`schema.ts`), and so `statement.schema.json`, the loader and
 * the CLI all read them from here.
 */
export const LIMITS = {
  /** Bytes of a statement file, decoded: far above any real statement (4 kB today), far below what stalls a page. */
  bytes: 5 * 1024 * 1024,
  /** Signatories: 19 today; the benchmark shows 20,000 stay fluid, so no more are accepted. */
  signatories: 20_000,
  /** Principles: 8 today; a card of more than 100 is no longer a card. */
  principles: 100,
  /** Introduction paragraphs: 2 today; 50 is a long article. */
  intro: 50,
  /** Translations: more than there are languages in Europe, far fewer than would slow a lookup. */
  translations: 200,
  /** Characters of the title: a sentence or two (44 today). */
  title: 500,
  /** Characters of a paragraph or principle: about 20 times the longest one today (259). */
  text: 5_000,
  /** Characters of a signatory's name: more than 5 times the longest network name today (54). */
  name: 300,
  /** Characters of an acronym: 5 times the longest today (6). */
  acronym: 30,
  /** Characters of an id (the statement's or a signatory's): a slug, not a text (40 at most today). */
  id: 100,
  /** Characters of a web address: the length that browsers, servers and search engines all handle. */
  url: 2_000,
  /**
   * Objects and lists in the JSON; fields in all; fields in one object. The largest valid
   * statement has about 20,600, 81,000 and 200 (translations). Counted before parsing: parsing
   * 1,700,000 `{}`, or one object of 400,000 fields, blocks a page for half a second.
   */
  containers: 50_000,
  fields: 200_000,
  fieldsPerObject: 1_000,
  /** Characters of a language tag: what RFC 5646 (section 4.4.1) asks every implementation to support. */
  lang: 35,
} as const;

/** Problems the CLI lists at most: enough to fix a file in a few rounds, never a flood. */
export const MAX_LISTED_PROBLEMS = 20;
