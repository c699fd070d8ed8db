import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema';
import { build, defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { StatementSchema } from './src/data/schema.js';
import { embeddedStatement } from './src/data/statement.js';
import { connectSrc, parseAllowedSources } from './src/pages/sources.js';

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
        ...toJsonSchema(StatementSchema, { overrideAction: secondPattern }),
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
      // Where embed.html may load a statement from besides its own origin: fixed here, at build time.
      const allowed = parseAllowedSources(process.env.ICN_ALLOWED_SOURCES);
      const code = await readFile(`${out}/icn-widgets.js`);
      const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
      const bundle = `icn-widgets-${pkg.version}.js`;
      await writeFile(`${out}/${bundle}`, code);
      // Each its own self-contained module: the badge alone, and the pages' scripts.
      const entries = { 'icn-badge': 'src/badge/define.ts', builder: 'src/pages/builder.ts', embed: 'src/pages/embed.ts' };
      for (const [name, entry] of Object.entries(entries)) {
        await build({
          configFile: false,
          logLevel: 'warn',
          define: { __ICN_ALLOWED_SOURCES__: JSON.stringify(allowed) },
          build: {
            outDir: out,
            emptyOutDir: false,
            target: 'es2022',
            rolldownOptions: { output: { minify: true } },
            lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
          },
        });
      }
      const buildInfo = JSON.stringify({ bundle, integrity, version: pkg.version }).replace(/</g, '\\u003c');
      for (const page of ['index', 'embed']) {
        const source = await readFile(`src/pages/${page}.html`, 'utf8');
        const html = source
          .replace('%CSP%', embedPolicy(source, allowed))
          .replaceAll('%BUNDLE%', bundle)
          .replaceAll('%INTEGRITY%', integrity)
          .replace('%BUILD_JSON%', buildInfo);
        await writeFile(`${out}/${page}.html`, html);
      }
    },
  };
}

/**
 * The Content-Security-Policy of embed.html: scripts and styles from its own origin only (and
 * its one inline style, by hash), and statements only from its origin and the allowed sources.
 */
function embedPolicy(html: string, allowed: readonly string[]): string {
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    ([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
  );
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' ${styles.join(' ')}`.trim(),
    "img-src 'self' data:",
    connectSrc(allowed),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export default defineConfig({
  plugins: [statementFiles(), statementPages()],
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'icn-widgets.js',
    },
  },
});
