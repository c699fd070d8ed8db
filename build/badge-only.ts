/**
 * What `icn-badge.js` embeds, generated at build time from the one statement and the one set
 * of catalogues: the statement's id, language, title (and `url`, the badge's default link, if
 * it has one) and its signatories' ids, acronyms and names; of English's catalogue, the only one
 * in the bundles, just the badge's sentence and the quotation marks it sets an untranslated
 * title in. The principles, the introduction and every other message stay in `icn-widgets.js`;
 * the other languages are the catalogue files both bundles load on demand
 * (build/catalogue-chunks.ts). A remote statement (`src`) is read whole, as in every element.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Statement } from '../src/data/schema.js';
import { embeddedStatement } from '../src/data/statement.js';
import en from '../src/shared/messages/en.js';

const STATEMENT = resolve('src/data/statement.ts');
const ENGLISH = resolve('src/shared/messages/en.ts');

/** The statement as the badge needs it. */
export function badgeStatement(statement: Statement = embeddedStatement): Statement {
  const { schemaVersion, id, lang, title, url } = statement;
  return {
    schemaVersion,
    id,
    lang,
    title,
    ...(url ? { url } : {}),
    intro: [],
    // The statement format asks for one principle; the badge shows none.
    principles: [],
    signatories: statement.signatories.map(({ id, acronym, name }) => ({ id, ...(acronym ? { acronym } : {}), name })),
  } as unknown as Statement;
}

/** Serves the badge's statement and English words in place of the full modules, in the badge's build only. */
export function badgeOnly(): Plugin {
  return {
    name: 'icn-badge-only',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      const file = resolve(id.split('?')[0]);
      if (file === STATEMENT) return `export const embeddedStatement = ${JSON.stringify(badgeStatement())};`;
      if (file === ENGLISH) return `export default ${JSON.stringify({ badge: en.badge, quoted: en.quoted })};`;
      return null;
    },
  };
}
