import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { badgeOnly } from './build/badge-only.js';
import { catalogueChunksPlugin, catalogueFiles } from './build/catalogue-chunks.js';
import { licenceBanner } from './build/licences.js';
import { statementFiles } from './build/statement-files.js';
import { minifyTemplates } from './build/minify-templates.js';
import { remoteChunk, remoteChunkPlugin } from './build/remote-chunk.js';
import { headersFor, htaccess, netlifyHeaders, HASHED_DIR } from './src/hosting/rules.js';
import pkg from './package.json' with { type: 'json' };
import { embeddedStatement } from './src/data/statement.js';
import { writeBadges } from './src/images/write-badges.js';
import { publicBaseUrl } from './src/embed-pages/public-url.js';
import { escapeHtml } from './src/embed-pages/social.js';
import { writeEmbedPages } from './src/embed-pages/write-embed-pages.js';
import { connectSrc, parseAllowedSources } from './src/pages/sources.js';

/**
 * The public base URL (`ICN_PUBLIC_URL`, checked) for the elements' code: the badge's default
 * link (src/shared/public-url.ts). build/define-public-url.mjs does the same for dist/lib.
 */
const define = { __ICN_PUBLIC_URL__: JSON.stringify(publicBaseUrl(process.env.ICN_PUBLIC_URL)) };

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
      const entries = { 'icn-badge': 'src/badge/define.ts', builder: 'src/builder/define.ts', embed: 'src/pages/embed.ts' };
      for (const [name, entry] of Object.entries(entries)) {
        await build({
          configFile: false,
          logLevel: 'warn',
          // The badge as icn-widgets.js is built (minified templates, the remote path's chunk, the
          // notices), with only the statement's data and the words the badge shows.
          plugins: name === 'icn-badge' ? [badgeOnly(), catalogueChunksPlugin(), minifyTemplates(), remoteChunkPlugin(), licenceBanner()] : [],
          define: { ...define, __ICN_ALLOWED_SOURCES__: JSON.stringify(allowed) },
          build: {
            outDir: out,
            emptyOutDir: false,
            target: 'es2022',
            rolldownOptions: { output: { minify: true, comments: false } },
            lib: { entry, formats: ['es'], fileName: () => `${name}.js` },
          },
        });
      }
      const chunk = await remoteChunk();
      for (const page of ['index', 'embed']) {
        const source = await readFile(`src/pages/${page}.html`, 'utf8');
        const html = source
          .replace('%CSP%', embedPolicy(source, allowed))
          .replaceAll('%BUNDLE%', bundle)
          .replaceAll('%INTEGRITY%', integrity)
          .replaceAll('%CHUNK%', chunk.fileName)
          .replaceAll('%CHUNK_INTEGRITY%', chunk.integrity)
          .replaceAll('%CATALOGUES%', escapeHtml(JSON.stringify(catalogueFiles())));
        await writeFile(`${out}/${page}.html`, html);
      }
    },
  };
}

/**
 * Serves dist/ as the README's hosting guide does, from the rules in src/hosting/rules.ts: the
 * build writes `_headers` (Netlify, Cloudflare Pages) and `.htaccess` (Apache) into dist/, and
 * `vite preview` (`npm start`) sends the same headers, so a snippet copied from the local
 * builder works on a page of another local origin.
 */
function hosting(): Plugin {
  let outDir = 'dist';
  return {
    name: 'icn-hosting',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      if (!existsSync(outDir)) return;
      const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(outDir.length + 1).split('\\').join('/'));
      // Written after this hook by later steps of `npm run build` (tsc, cem) or by other builds.
      const later = ['custom-elements.json'];
      const folders = ['lib', 'badges', HASHED_DIR];
      await writeFile(join(outDir, '_headers'), netlifyHeaders([...files, ...later], folders));
      await writeFile(join(outDir, '.htaccess'), htaccess());
    },
    configurePreviewServer(server) {
      const root = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        let path = '/';
        try {
          path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        } catch {
          return next();
        }
        const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
        // Headers for files only: a 404 keeps the server's own (no year-long caching of a miss).
        if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) {
          for (const [name, value] of Object.entries(headersFor(path))) res.setHeader(name, value);
        }
        next();
      });
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

/**
 * Writes the static embed pages (`embed/<lang>/principles.html`, `signatories.html`,
 * `badge-<id>.html`), their oEmbed JSON and statement images, and the statement page's
 * link-preview `<meta>`, with every absolute URL from `ICN_PUBLIC_URL` (checked before anything
 * is built). Runs last, after the bundle, `index.html` and the image badges are written; builds
 * the pages' own script `embed-page.js`. Node only: nothing of it reaches the bundles.
 */
function embedPages(): Plugin {
  let baseUrl = '';
  return {
    name: 'icn-statement-embed-pages',
    apply: 'build',
    buildStart() {
      baseUrl = publicBaseUrl(process.env.ICN_PUBLIC_URL);
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler(options) {
        const out = options.dir ?? 'dist';
        const code = await readFile(`${out}/icn-widgets.js`);
        const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
        const script = 'embed-page.js';
        await build({
          configFile: false,
          logLevel: 'warn',
          build: {
            outDir: out,
            emptyOutDir: false,
            target: 'es2022',
            rolldownOptions: { output: { minify: true, comments: false } },
            lib: { entry: 'src/embed-pages/embed-page.ts', formats: ['es'], fileName: () => script },
          },
        });
        const bundle = { file: `icn-widgets-${pkg.version}.js`, integrity };
        const { pages, largestImage } = await writeEmbedPages(embeddedStatement, out, { baseUrl, bundle, script, catalogues: catalogueFiles() });
        this.info(`${pages.length} embed pages with oEmbed JSON for ${baseUrl}; largest statement image ${(largestImage / 1024).toFixed(1)} kB`);
      },
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
  plugins: [catalogueChunksPlugin(), minifyTemplates(), remoteChunkPlugin(), licenceBanner(), statementFiles(), statementPages(), imageBadges(), embedPages(), hosting()],
  define,
  // The hosting plugin sends `Access-Control-Allow-Origin: *` on every file (the embed pages
  // need it in WordPress's sandbox, an opaque origin); vite's own CORS stays off.
  preview: { port: 4173, cors: false },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The image badges take a second or two of writeBundle by design, and say so themselves.
    rolldownOptions: { output: { minify: true, comments: false }, checks: { bundlerTimings: false } },
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'icn-widgets.js',
    },
  },
});
