/**
 * The build's statement step (build/statement-files.ts), run in a real vite build: the embedded
 * statement is validated there, since the bundles carry no schema, so a statement that does not
 * follow the format stops the build with the problem named, and writes nothing.
 * Run: `node --test test/build/`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build, runnerImport } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { statementFiles } = (await runnerImport(`${root}build/statement-files.ts`)).module;
const { embeddedStatement } = (await runnerImport(`${root}src/data/statement.ts`)).module;

/** A one-module build with the step, in memory; its output files by name. */
async function buildWith(statement) {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [statementFiles(statement)],
    // Any small module will do as the entry: the step adds its files beside it.
    build: { write: false, lib: { entry: 'src/shared/direction.ts', formats: ['es'], fileName: () => 'entry.js' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return new Map(outputs.map((o) => [o.fileName, o.type === 'asset' ? String(o.source) : o.code]));
}

describe('the statement step of the build', () => {
  it('writes statement.json and its schema from the embedded statement', async () => {
    const files = await buildWith(embeddedStatement);
    assert.deepEqual(JSON.parse(files.get('statement.json')), embeddedStatement);
    assert.equal(JSON.parse(files.get('statement.schema.json')).$id, 'statement.schema.json');
  });

  it('stops on a statement that does not follow the format, naming the problem (test data)', async () => {
    const bad = { ...embeddedStatement, signatories: [...embeddedStatement.signatories, { id: 'Not An Id!', name: '' }] };
    await assert.rejects(buildWith(bad), (error) => {
      assert.match(error.message, /src\/data\/statement\.ts does not follow the statement format: .*signatories\[19\]/);
      return true;
    });
  });
});
