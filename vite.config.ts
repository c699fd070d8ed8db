import { toJsonSchema } from '@valibot/to-json-schema';
import { defineConfig, type Plugin } from 'vite';
import { StatementSchema } from './src/data/schema.js';
import { embeddedStatement } from './src/data/statement.js';

/** Writes the JSON endpoint and its JSON Schema beside the bundle, from the same sources. */
function statementFiles(): Plugin {
  return {
    name: 'icn-statement-files',
    apply: 'build',
    generateBundle() {
      const schema = {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: 'statement.schema.json',
        title: 'The value of international cultural networks: statement data, schema version 1',
        ...toJsonSchema(StatementSchema),
      };
      this.emitFile({ type: 'asset', fileName: 'statement.json', source: `${JSON.stringify(embeddedStatement, null, 2)}\n` });
      this.emitFile({ type: 'asset', fileName: 'statement.schema.json', source: `${JSON.stringify(schema, null, 2)}\n` });
    },
  };
}

export default defineConfig({
  plugins: [statementFiles()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    sourcemap: true,
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'icn-widgets.js',
    },
  },
});
