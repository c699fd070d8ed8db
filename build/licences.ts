/**
 * The licence notices of the code the bundles carry: Lit (BSD-3-Clause) and valibot (MIT),
 * as a `/*! … *\/` banner at the top of each bundle and chunk, which minifiers keep. The full
 * texts are in `dist/THIRD-PARTY-LICENSES.txt`, which the banner names.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The packages whose code reaches a bundle, and their licence files in node_modules. */
const PACKAGES = [
  { name: 'lit', licence: 'BSD-3-Clause', holder: 'Google LLC', files: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
  { name: 'valibot', licence: 'MIT', holder: 'Fabian Hiller', files: ['valibot'] },
] as const;

const version = (pkg: string) => (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')) as { version: string }).version;

/** The banner of a file that carries the packages in `names`. */
function banner(names: readonly string[]): string {
  const parts = PACKAGES.filter((p) => names.includes(p.name)).map((p) => `${p.name} ${version(p.name)} (${p.licence}) © ${p.holder}`);
  return `/*! icn-widgets (MIT); ${parts.join('; ')}; licences in THIRD-PARTY-LICENSES.txt */`;
}

/** Adds the banner naming what the file includes (checked in the output, not assumed). */
export function licenceBanner(): Plugin {
  return {
    name: 'icn-licence-banner',
    apply: 'build',
    // After minification, which drops comments; the bundler shifts the source map.
    outputOptions(options) {
      return {
        ...options,
        postBanner: (chunk) => {
          const ids = chunk.moduleIds.map((id) => id.split('\\').join('/'));
          const included = PACKAGES.filter((p) => p.files.some((f) => ids.some((id) => id.includes(`/node_modules/${f}/`)))).map((p) => p.name);
          return included.length ? banner(included) : '';
        },
      };
    },
  };
}

/** `THIRD-PARTY-LICENSES.txt`: each package's licence file, in full. */
export function thirdPartyLicences(): string {
  return PACKAGES.flatMap((p) =>
    p.files.map((f) => `${f} ${version(f)} (${p.licence})\n\n${readFileSync(licenceFile(f), 'utf8').trim()}\n`),
  ).join(`\n${'-'.repeat(72)}\n\n`);
}

const licenceFile = (pkg: string) => ['LICENSE', 'LICENSE.md'].map((f) => `node_modules/${pkg}/${f}`).find((f) => existsSync(f)) ?? `node_modules/${pkg}/LICENSE`;
