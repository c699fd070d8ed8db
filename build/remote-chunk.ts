/**
 * The remote path's chunk: `src/data/loader.ts` (the loader, its reader and limits, the schema,
 * valibot) built on its own into `chunks/loader-<hash>.js`, self-contained, and the bundles'
 * dynamic import of it (in `src/data/remote.ts`) pointed there. Built once per `vite build`
 * and shared by `icn-widgets.js` and `icn-badge.js`: one file to cache and to pin.
 *
 * A separate build rather than the bundler's code splitting: a helper both sides use (`fold`,
 * `requestStatement`) is then copied into the chunk, never imported from the bundle, so the
 * chunk imports nothing and the bundle imports only the chunk.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { licenceBanner } from './licences.js';
import { minifyTemplates } from './minify-templates.js';

/** The chunk as built: its path in dist/, its code and its Subresource Integrity hash. */
export interface RemoteChunk {
  /** `chunks/loader-<hash>.js`, relative to dist/. */
  fileName: string;
  code: string;
  /** `sha384-…` */
  integrity: string;
}

const LOADER = resolve('src/data/loader.ts');
const IMPORTER = resolve('src/data/remote.ts');

let built: Promise<RemoteChunk> | undefined;

/** Builds the chunk (once per process: both bundles share it). */
export function remoteChunk(): Promise<RemoteChunk> {
  built ??= (async () => {
    const result = await build({
      configFile: false,
      logLevel: 'warn',
      plugins: [minifyTemplates(), licenceBanner()],
      build: {
        write: false,
        target: 'es2022',
        rolldownOptions: { output: { minify: true, comments: false } },
        lib: { entry: LOADER, formats: ['es'], fileName: () => 'loader.js' },
      },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
    const chunks = outputs.filter((o) => o.type === 'chunk');
    if (chunks.length !== 1) throw new Error(`the remote path must build into one file, not ${chunks.length}`);
    const code = chunks[0].code;
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 12);
    return {
      fileName: `chunks/loader-${hash}.js`,
      code,
      integrity: `sha384-${createHash('sha384').update(code).digest('base64')}`,
    };
  })();
  return built;
}

/** Points `src/data/remote.ts`'s `import('./loader.js')` at the chunk and writes the chunk beside the bundle. */
export function remoteChunkPlugin(): Plugin {
  return {
    name: 'icn-statement-remote-chunk',
    apply: 'build',
    // Before vite's own resolver, which would hand the module to the bundler's code splitting.
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== './loader.js' || !importer || resolve(importer) !== IMPORTER) return null;
      const { fileName } = await remoteChunk();
      return { id: `./${fileName}`, external: 'absolute' };
    },
    async generateBundle() {
      const { fileName, code } = await remoteChunk();
      this.emitFile({ type: 'asset', fileName, source: code });
    },
  };
}
