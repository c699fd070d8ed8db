import type { Statement } from './schema.js';

/** A piece of content and the language it is really in. */
export interface Text<T> {
  value: T;
  lang: string;
}

export interface LocalizedStatement {
  title: Text<string>;
  intro: Text<string[]>;
  principles: Text<string[]>;
}

/**
 * The statement's text in `requested` (a BCP 47 tag such as `fr` or `fr-CA`) where the data has
 * it, field by field; elsewhere the statement's own language. Each field says its language so
 * that it can be marked with the right `lang`. Translated principles are used only when there
 * are as many as in the statement, so numbering never mixes languages.
 */
export function localize(statement: Statement, requested: string): LocalizedStatement {
  const key = translationKey(statement, requested);
  const t = key ? statement.translations?.[key] : undefined;
  const pick = <T>(value: T | undefined, base: T): Text<T> =>
    value !== undefined && key ? { value, lang: key } : { value: base, lang: statement.lang };
  return {
    title: pick(t?.title, statement.title),
    intro: pick(t?.intro, statement.intro),
    principles: pick(
      t?.principles?.length === statement.principles.length ? t.principles : undefined,
      statement.principles,
    ),
  };
}

/** The translation that best fits `requested`: the same tag, then the same primary language. */
function translationKey(statement: Statement, requested: string): string | undefined {
  const wanted = requested.toLowerCase();
  const primary = wanted.split('-')[0];
  if (!primary || primary === statement.lang.toLowerCase().split('-')[0]) return undefined;
  const keys = Object.keys(statement.translations ?? {});
  return (
    keys.find((k) => k.toLowerCase() === wanted) ??
    keys.find((k) => k.toLowerCase() === primary) ??
    keys.find((k) => k.toLowerCase().split('-')[0] === primary)
  );
}
