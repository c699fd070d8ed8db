/**
 * What `icn-badge.js` embeds, generated at build time from the one statement and the one set
 * of catalogues: the statement's id, language, title (and `url`, the badge's default link, if
 * it has one) and its signatories' ids, acronyms and names; of each catalogue, only the badge's
 * sentence and the quotation marks it sets an untranslated title in. The principles, the introduction and every other message stay in `icn-widgets.js`.
 * A remote statement (`src`) is read whole, as in every element.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Statement } from '../src/data/schema.js';
import { embeddedStatement } from '../src/data/statement.js';
import { catalogues } from '../src/shared/messages/all.js';

const STATEMENT = resolve('src/data/statement.ts');
const MESSAGES = resolve('src/shared/messages');

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

/** Serves the badge's statement and catalogues in place of the full modules, in the badge's build only. */
export function badgeOnly(): Plugin {
  return {
    name: 'icn-badge-only',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      const file = resolve(id.split('?')[0]);
      if (file === STATEMENT) return `export const embeddedStatement = ${JSON.stringify(badgeStatement())};`;
      const lang = file.startsWith(`${MESSAGES}/`) ? file.slice(MESSAGES.length + 1).replace(/\.ts$/, '') : '';
      if (Object.hasOwn(catalogues, lang)) {
        const { badge, quoted } = catalogues[lang as keyof typeof catalogues];
        return `export default ${JSON.stringify({ badge, quoted })};`;
      }
      return null;
    },
  };
}
