/**
 * The one schema of `statement.json` (schema version 1). It validates remote data in the
 * browser and, through `@valibot/to-json-schema` at build time, produces
 * `dist/statement.schema.json`. Unknown fields are accepted and dropped, so a later schema
 * version can add fields without breaking readers of this one.
 */
import * as v from 'valibot';
import { fold } from './match.js';

const text = v.pipe(v.string(), v.regex(/\S/, 'must not be empty'));

/** An absolute http(s) URL: the only kind of URL the widgets ever put in a link. */
export const HttpUrlSchema = v.pipe(
  v.string(),
  v.regex(/^[hH][tT][tT][pP][sS]?:\/\//, 'must be a web address starting with http:// or https://'),
  v.url('must be a valid web address'),
);

export const SignatorySchema = v.object({
  id: text,
  acronym: v.optional(text),
  name: text,
  url: v.optional(HttpUrlSchema),
});

export const TranslationSchema = v.object({
  title: v.optional(text),
  intro: v.optional(v.array(text)),
  principles: v.optional(v.array(text)),
});

export const StatementSchema = v.object({
  schemaVersion: v.literal(1, 'must be 1'),
  id: text,
  lang: text,
  title: text,
  intro: v.array(text),
  principles: v.pipe(v.array(text), v.minLength(1, 'must hold at least one principle')),
  url: v.optional(HttpUrlSchema),
  documentUrl: v.optional(HttpUrlSchema),
  joinUrl: v.optional(HttpUrlSchema),
  signatories: v.array(SignatorySchema),
  translations: v.optional(v.record(v.string(), TranslationSchema)),
});

export type Statement = v.InferOutput<typeof StatementSchema>;
export type Signatory = v.InferOutput<typeof SignatorySchema>;
export type Translation = v.InferOutput<typeof TranslationSchema>;

export type ValidationResult =
  | { ok: true; statement: Statement }
  | { ok: false; problems: string[] };

/**
 * Checks data against the schema, and that no two signatories share an id or an acronym; never
 * throws. Each problem is a sentence a non-developer understands, naming where it is, e.g.
 * `signatories[19].name is missing` or `title must be text`.
 */
export function validateStatement(data: unknown): ValidationResult {
  const result = v.safeParse(StatementSchema, data, { abortPipeEarly: true });
  const problems = [...(result.issues ?? []).map(sentence), ...duplicateProblems(data)];
  return result.success && !problems.length ? { ok: true, statement: result.output } : { ok: false, problems };
}

/**
 * Signatories that repeat an earlier one's id or acronym (ignoring case, accents and surrounding
 * space: the badge finds a network that way), e.g. `signatories[7].id "encc" is used again (first at
 * signatories[2])`. Reads raw data, so it also reports on data that fails the schema.
 */
export function duplicateProblems(data: unknown): string[] {
  const problems: string[] = [];
  const list = (data as { signatories?: unknown } | null)?.signatories;
  if (!Array.isArray(list)) return problems;
  for (const field of ['id', 'acronym']) {
    const seen = new Map<string, number>();
    list.forEach((item: Record<string, unknown> | null, at) => {
      const value = item?.[field];
      if (typeof value !== 'string' || !value.trim()) return;
      const key = fold(value);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, at);
      else problems.push(`signatories[${at}].${field} ${JSON.stringify(value)} is used again (first at signatories[${first}])`);
    });
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
  return `${where} ${issue.message}`;
}

function pathOf(path: v.BaseIssue<unknown>['path']): string {
  let out = '';
  for (const item of path ?? []) {
    const key = item.key as PropertyKey;
    out +=
      typeof key === 'number'
        ? `[${key}]`
        : /^[\w-]+$/.test(String(key))
          ? `${out ? '.' : ''}${String(key)}`
          : `[${JSON.stringify(String(key))}]`;
  }
  return out;
}
