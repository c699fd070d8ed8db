/**
 * The catalogues' chunks: each language but English as a file of its own beside the bundles,
 * `chunks/messages-<hash>/<code>.js` (`export default {…}`), and the bundles' catalogue loader
 * (`src/shared/messages/load.ts`) replaced by one import of that folder. The hash is of every
 * catalogue together: one short name in the bundle for all of them, and a new folder (never a
 * stale cached file) whenever a word changes. The files are written by both bundles' builds,
 * byte for byte the same, and a snippet pins the one of its language with its integrity hash.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { catalogues } from '../src/shared/messages/all.js';
import type { CatalogueFiles } from '../src/shared/messages/files.js';
import { UI_LANGS, type LazyLang } from '../src/shared/messages/languages.js';

/** One catalogue's file: its path in dist/, its code and its Subresource Integrity hash. */
export interface CatalogueChunk {
  fileName: string;
  code: string;
  /** `sha384-…` */
  integrity: string;
}

/** The folder of the catalogues' chunks, relative to dist/, and each language's file. */
export interface CatalogueChunks {
  /** `chunks/messages-<hash>/` */
  dir: string;
  files: Record<LazyLang, CatalogueChunk>;
}

const LOAD = resolve('src/shared/messages/load.ts');

/** The most a catalogue's file may weigh, gzipped (level 9): one more request must stay small. */
export const CATALOGUE_LIMIT = 512;

const LAZY = UI_LANGS.filter((lang): lang is LazyLang => lang !== 'en');

let chunks: CatalogueChunks | undefined;

/** The chunks, from the catalogues (computed once per process). */
export function catalogueChunks(): CatalogueChunks {
  if (chunks) return chunks;
  const codes = LAZY.map((lang) => [lang, `export default ${JSON.stringify(catalogues[lang])};\n`] as const);
  const hash = createHash('sha256').update(JSON.stringify(codes)).digest('hex').slice(0, 12);
  const dir = `chunks/messages-${hash}/`;
  const files = Object.fromEntries(
    codes.map(([lang, code]) => [
      lang,
      { fileName: `${dir}${lang}.js`, code, integrity: `sha384-${createHash('sha384').update(code).digest('base64')}` },
    ]),
  ) as Record<LazyLang, CatalogueChunk>;
  for (const { fileName, code } of Object.values(files)) {
    const size = gzipSync(code, { level: 9 }).length;
    if (size > CATALOGUE_LIMIT) throw new Error(`${fileName} is ${size} bytes gzipped, over the ${CATALOGUE_LIMIT} bytes a catalogue may weigh.`);
  }
  return (chunks = { dir, files });
}

/** The chunks' folder and each one's integrity hash: what the builder and the embed pages pin. */
export function catalogueFiles(): CatalogueFiles {
  const { dir, files } = catalogueChunks();
  return { dir, integrity: Object.fromEntries(Object.entries(files).map(([lang, file]) => [lang, file.integrity])) };
}

/** Replaces the catalogue loader in a bundle's build and writes the chunks beside the bundle. */
export function catalogueChunksPlugin(): Plugin {
  return {
    name: 'icn-statement-catalogue-chunks',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (resolve(id.split('?')[0]!) !== LOAD) return null;
      // Relative to the bundle that imports it, wherever it is served from.
      return `export const importCatalogue = (lang) => import(/* @vite-ignore */ ${JSON.stringify(`./${catalogueChunks().dir}`)} + lang + '.js');`;
    },
    generateBundle() {
      for (const { fileName, code } of Object.values(catalogueChunks().files)) this.emitFile({ type: 'asset', fileName, source: code });
    },
  };
}
