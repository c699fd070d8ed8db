/**
 * The one schema of `statement.json` (schema version 1). It validates remote data in the
 * browser and, through `@valibot/to-json-schema` at build time, produces
 * `dist/statement.schema.json`. Unknown fields are accepted and dropped, so a later schema
 * version can add fields without breaking readers of this one.
 */
import * as v from 'valibot';

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
 * Checks data against the schema and never throws. Each problem is a sentence that names
 * where it is, e.g. `signatories[19].name: must not be empty`.
 */
export function validateStatement(data: unknown): ValidationResult {
  const result = v.safeParse(StatementSchema, data);
  if (result.success) return { ok: true, statement: result.output };
  return {
    ok: false,
    problems: result.issues.map((issue) => `${pathOf(issue.path) || 'the document'}: ${issue.message}`),
  };
}

function pathOf(path: v.BaseIssue<unknown>['path']): string {
  let out = '';
  for (const item of path ?? []) {
    const key = item.key as PropertyKey;
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out;
}
