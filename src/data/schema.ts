/**
 * The one schema of `statement.json` (schema version 1). It validates remote data in the
 * browser and, through `@valibot/to-json-schema` at build time, produces
 * `dist/statement.schema.json`. Unknown fields are accepted and dropped, so a later schema
 * version can add fields without breaking readers of this one. Every list and text has a limit
 * (`limits.ts`): data that passes never stalls a page.
 */
import * as v from 'valibot';
import { LIMITS } from './limits.js';
import { fold } from './match.js';

/** Text that is not blank and at most `max` characters long (checked first: it bounds the rest). */
const text = (max: number) => v.pipe(v.string(), v.maxLength(max), v.regex(/\S/, 'must not be empty'));

/** A list of at most `max` items (the length is also checked before the schema runs: see `listTooLong`). */
const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));

/**
 * A well-formed BCP 47 language tag (RFC 5646, section 2.1, without the grandfathered tags):
 * `en`, `fr-CA`, `zh-Hant-TW`, `sr-Latn`, `de-CH-1996`, `x-private`.
 */
const LANG_TAG =
  /^(?:[a-zA-Z]{2,3}(?:-[a-zA-Z]{3}){0,3}|[a-zA-Z]{4,8})(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|\d{3}))?(?:-(?:[a-zA-Z\d]{5,8}|\d[a-zA-Z\d]{3}))*(?:-[a-wyzA-WYZ\d](?:-[a-zA-Z\d]{2,8})+)*(?:-[xX](?:-[a-zA-Z\d]{1,8})+)?$|^[xX](?:-[a-zA-Z\d]{1,8})+$/;

export const LangTagSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.lang),
  v.regex(LANG_TAG, 'must be a language tag such as "en" or "fr-CA"'),
);

/**
 * An absolute http(s) URL with no user name or password: the only kind of URL the widgets ever
 * put in a link. (`https://trusted.org@evil.example/` is a link to evil.example.)
 */
export const HttpUrlSchema = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url),
  v.regex(/^[hH][tT][tT][pP][sS]?:\/\//, 'must be a web address starting with http:// or https://'),
  // What comes before the host's end (the first / ? # or \) holds no "@" (and a host is there:
  // a URL parser reads "https:///name@host" as a user name too).
  v.regex(/^[^:]+:\/\/(?:[^/?#\\@]+(?:[/?#\\]|$)|$)/, 'must not hold a user name or password (an "@" before the host)'),
  v.url('must be a valid web address'),
);

export const SignatorySchema = v.object({
  id: text(LIMITS.id),
  acronym: v.optional(text(LIMITS.acronym)),
  name: text(LIMITS.name),
  url: v.optional(HttpUrlSchema),
});

export const TranslationSchema = v.object({
  title: v.optional(text(LIMITS.title)),
  intro: v.optional(list(text(LIMITS.text), LIMITS.intro)),
  principles: v.optional(list(text(LIMITS.text), LIMITS.principles)),
});

export const StatementSchema = v.object({
  schemaVersion: v.literal(1, 'must be 1'),
  id: text(LIMITS.id),
  lang: LangTagSchema,
  title: text(LIMITS.title),
  intro: list(text(LIMITS.text), LIMITS.intro),
  principles: v.pipe(list(text(LIMITS.text), LIMITS.principles), v.minLength(1, 'must hold at least one principle')),
  url: v.optional(HttpUrlSchema),
  documentUrl: v.optional(HttpUrlSchema),
  joinUrl: v.optional(HttpUrlSchema),
  signatories: list(SignatorySchema, LIMITS.signatories),
  translations: v.optional(v.pipe(v.record(LangTagSchema, TranslationSchema), v.maxEntries(LIMITS.translations))),
});

export type Statement = v.InferOutput<typeof StatementSchema>;
export type Signatory = v.InferOutput<typeof SignatorySchema>;
export type Translation = v.InferOutput<typeof TranslationSchema>;

export type ValidationResult =
  | { ok: true; statement: Statement }
  | {
      ok: false;
      /** The first problems, each a sentence; at most `max` of them. */
      problems: string[];
      /** How many problems were found in all, or undefined when the check stopped at the first. */
      count?: number;
    };

/**
 * Checks data against the schema, and that no two signatories share an id or an acronym; never
 * throws, and its time and memory are bounded whatever the data. Each problem is a sentence a
 * non-developer understands, naming where it is, e.g. `signatories[18].name is missing` or
 * `title must be text`. Positions count from 0, as in the JSON (`namedProblem` adds the
 * network's name, for the command line).
 *
 * With `max: 1` (what the elements ask) the check stops at the first problem; otherwise it
 * finds every problem, counts them, and puts the first `max` into sentences.
 */
export function validateStatement(data: unknown, { max = Infinity }: { max?: number } = {}): ValidationResult {
  // Lists longer than their limit are refused before the schema walks their items.
  const tooLong = listTooLong(data);
  if (tooLong.length) return { ok: false, problems: tooLong.slice(0, max), count: max > 1 ? tooLong.length : undefined };
  const first = max <= 1;
  const result = v.safeParse(StatementSchema, data, { abortPipeEarly: true, abortEarly: first });
  if (first && !result.success) return { ok: false, problems: [sentence(result.issues[0])] };
  const issues = result.issues ?? [];
  const duplicates = duplicateProblems(data, first ? 1 : Infinity);
  const count = issues.length + duplicates.length;
  if (result.success && !count) return { ok: true, statement: result.output };
  const problems = issues.slice(0, max).map(sentence);
  problems.push(...duplicates.slice(0, max - problems.length));
  return { ok: false, problems, count: first ? undefined : count };
}

/**
 * The lists of `data` that are longer than their limit, e.g. `signatories has 1,700,000 items;
 * at most 20,000 are allowed`. Reads only the lists' lengths (and counts the translations up to
 * one past the limit), so it costs nothing whatever the data.
 */
function listTooLong(data: unknown): string[] {
  const problems: string[] = [];
  const check = (where: string, value: unknown, max: number) => {
    if (Array.isArray(value) && value.length > max) problems.push(tooMany(where, value.length, max, 'items'));
  };
  if (!isObject(data)) return problems;
  check('intro', data.intro, LIMITS.intro);
  check('principles', data.principles, LIMITS.principles);
  check('signatories', data.signatories, LIMITS.signatories);
  const translations = data.translations;
  if (isObject(translations)) {
    let n = 0;
    for (const key in translations) {
      if (++n > LIMITS.translations) {
        problems.push(`translations has more than ${format(LIMITS.translations)} languages; at most ${format(LIMITS.translations)} are allowed`);
        return problems;
      }
      const t = translations[key];
      if (!isObject(t)) continue;
      const where = pathOf([{ key: 'translations' }, { key }]);
      check(`${where}.intro`, t.intro, LIMITS.intro);
      check(`${where}.principles`, t.principles, LIMITS.principles);
    }
  }
  return problems;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A number with thousands separators that do not depend on the reader's locale: 20,000. */
const format = (n: number) => n.toLocaleString('en');

const tooMany = (where: string, n: number, max: number, what: string) =>
  `${where} has ${format(n)} ${what}; at most ${format(max)} are allowed`;

/**
 * Signatories that repeat an earlier one's id or acronym (ignoring case, accents and surrounding
 * space: the badge finds a network that way), e.g. `signatories[7].id "encc" is used again (first at
 * signatories[2])`. Reads raw data, so it also reports on data that fails the schema; skips
 * values over their length limit (the schema reports those), and stops after `max` problems.
 */
export function duplicateProblems(data: unknown, max = Infinity): string[] {
  const problems: string[] = [];
  const list = (data as { signatories?: unknown } | null)?.signatories;
  if (!Array.isArray(list) || list.length > LIMITS.signatories) return problems;
  for (const field of ['id', 'acronym'] as const) {
    const seen = new Map<string, number>();
    for (let at = 0; at < list.length && problems.length < max; at++) {
      const value: unknown = (list[at] as Record<string, unknown> | null)?.[field];
      if (typeof value !== 'string' || value.length > LIMITS[field] || !value.trim()) continue;
      const key = fold(value);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, at);
      else problems.push(`signatories[${at}].${field} ${JSON.stringify(value)} is used again (first at signatories[${first}])`);
    }
  }
  return problems;
}

/** What a value of each type is called in a sentence; other checks carry their own message. */
const KINDS: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  number: 'a number',
};

function sentence(issue: v.BaseIssue<unknown>): string {
  const where = pathOf(issue.path) || 'the statement';
  if (issue.kind === 'schema') {
    // A required field that is absent: the object reports it with no input and the key as path.
    if (issue.input === undefined && issue.path) return `${where} is missing`;
    if (KINDS[issue.type]) return `${where} must be ${KINDS[issue.type]}`;
  }
  if (issue.type === 'max_length' || issue.type === 'max_entries') {
    const n = Array.isArray(issue.input) ? issue.input.length : typeof issue.input === 'string' ? issue.input.length : Number(issue.received);
    const what = typeof issue.input === 'string' ? 'characters' : issue.type === 'max_entries' ? 'languages' : 'items';
    return tooMany(where, n, Number(issue.requirement), what);
  }
  return `${where} ${issue.message}`;
}

/** `signatories[3].name`, `translations["pt BR"].title`: where a problem is, keys shown safely. */
function pathOf(path: readonly { key: unknown }[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    const key = item.key as PropertyKey;
    out +=
      typeof key === 'number'
        ? `[${key}]`
        : /^[\w-]{1,100}$/.test(String(key))
          ? `${out ? '.' : ''}${String(key)}`
          : `[${JSON.stringify(short(String(key)))}]`;
  }
  return out;
}

/** At most 40 characters of a key from the data, so a sentence stays a sentence. */
const short = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);
