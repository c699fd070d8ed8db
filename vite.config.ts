import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { toJsonSchema } from '@valibot/to-json-schema';
import { build, defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { StatementSchema } from './src/data/schema.js';
import { embeddedStatement } from './src/data/statement.js';
import { writeBadges } from './src/images/write-badges.js';

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

/**
 * Writes the rest of dist/ once the bundle is on disk: a versioned copy of the bundle
 * (`icn-widgets-VERSION.js`, what snippets pin) with its Subresource Integrity hash,
 * `icn-badge.js` (the badge alone), `index.html` (the statement page and embed builder) and
 * `embed.html` (the iframe embed), each page with its own small script.
 */
function statementPages(): Plugin {
  return {
    name: 'icn-statement-pages',
    apply: 'build',
    async writeBundle(options) {
      const out = options.dir ?? 'dist';
      const code = await readFile(`${out}/icn-widgets.js`);
      const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
      const bundle = `icn-widgets-${pkg.version}.js`;
      await writeFile(`${out}/${bundle}`, code);
      // Each its own self-contained module: the badge alone, and the pages' scripts.
      const entries = { 'icn-badge': 'src/badge/define.ts', builder: 'src/builder/define.ts', embed: 'src/pages/embed.ts' };
      for (const [name, entry] of Object.entries(entries)) {
        await build({
          configFile: false,
          logLevel: 'warn',
          build: {
            outDir: out,
            emptyOutDir: false,
            target: 'es2022',
            rolldownOptions: { output: { minify: true } },
            lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
          },
        });
      }
      for (const page of ['index', 'embed']) {
        const html = (await readFile(`src/pages/${page}.html`, 'utf8'))
          .replaceAll('%BUNDLE%', bundle)
          .replaceAll('%INTEGRITY%', integrity);
        await writeFile(`${out}/${page}.html`, html);
      }
    },
  };
}

/**
 * Writes the image badges (`badges/<lang>/<id>-<theme>.svg`, `.png`, `@2x.png`), their manifest
 * `badges/badges.json` and the font's licence, from the embedded statement and the catalogues.
 * Node only: nothing of it reaches the bundles. (Storybook drops it with the other `icn-statement-` plugins.)
 */
function imageBadges(): Plugin {
  return {
    name: 'icn-statement-image-badges',
    apply: 'build',
    async writeBundle(options) {
      const started = performance.now();
      const { files, largest } = await writeBadges(embeddedStatement, options.dir ?? 'dist');
      const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
      this.info(
        `${files} image badges in ${Math.round(performance.now() - started)} ms; largest SVG ${kB(largest.svg)}, PNG ${kB(largest.png)}, @2x PNG ${kB(largest.png2x)}`,
      );
    },
  };
}

export default defineConfig({
  plugins: [statementFiles(), statementPages(), imageBadges()],
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The image badges take a second or two of writeBundle by design, and say so themselves.
    rolldownOptions: { output: { minify: true }, checks: { bundlerTimings: false } },
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'icn-widgets.js',
    },
  },
});
