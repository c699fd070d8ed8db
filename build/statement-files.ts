/**
 * The statement's files in dist/: `statement.json` (the JSON endpoint) and
 * `statement.schema.json`, from the one schema the elements validate with. The bundles embed
 * the statement unvalidated, so this is where a statement that does not follow the format stops
 * the build.
 */
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import type { Plugin } from 'vite';
import { StatementSchema, validateStatement } from '../src/data/schema.js';
import { embeddedStatement } from '../src/data/statement.js';
import { thirdPartyLicences } from './licences.js';

/**
 * JSON Schema has one `pattern` per schema: a second regex of a pipe (the URL's "no user name"
 * after its "http(s)://") goes into `allOf`, so every check of the schema lands in the file.
 */
const secondPattern: NonNullable<ConversionConfig['overrideAction']> = ({ valibotAction, jsonSchema }) => {
  if (valibotAction.type !== 'regex' || jsonSchema.pattern === undefined) return undefined;
  const source = (valibotAction as unknown as { requirement: RegExp }).requirement.source;
  if (jsonSchema.pattern === source) return undefined;
  return { ...jsonSchema, allOf: [...(jsonSchema.allOf ?? []), { pattern: source }] };
};

/**
 * Writes the JSON endpoint and its JSON Schema beside the bundle, from the same sources, and
 * the licences of the code the bundles carry. `statement` is the embedded one; a test gives
 * another.
 */
export function statementFiles(statement: unknown = embeddedStatement): Plugin {
  return {
    name: 'icn-statement-files',
    apply: 'build',
    // The bundles embed the statement unvalidated (their schema is in the remote path's chunk):
    // it is validated here, and a statement that fails stops the build.
    buildStart() {
      const result = validateStatement(statement);
      if (!result.ok) this.error(`src/data/statement.ts does not follow the statement format: ${result.problems.join('; ')}`);
    },
    generateBundle() {
      const schema = {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: 'statement.schema.json',
        title: 'The value of international cultural networks: statement data, schema version 1',
        ...toJsonSchema(StatementSchema, { overrideAction: secondPattern }),
      };
      this.emitFile({ type: 'asset', fileName: 'statement.json', source: `${JSON.stringify(statement, null, 2)}\n` });
      this.emitFile({ type: 'asset', fileName: 'statement.schema.json', source: `${JSON.stringify(schema, null, 2)}\n` });
      this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-LICENSES.txt', source: thirdPartyLicences() });
    },
  };
}
