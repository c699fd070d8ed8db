// Writes the public base URL (ICN_PUBLIC_URL, checked as for the embed pages) into the package
// entry compiled by tsc, as vite's `define` does for the bundles: dist/lib/shared/public-url.js.
// Run by `npm run build` after tsc.
import { readFile, writeFile } from 'node:fs/promises';
import { publicBaseUrl } from '../dist/lib/embed-pages/public-url.js';

const file = new URL('../dist/lib/shared/public-url.js', import.meta.url);
const code = await readFile(file, 'utf8');
const name = /\b__ICN_PUBLIC_URL__\b/g;
if (!name.test(code)) throw new Error(`${file.pathname} has no __ICN_PUBLIC_URL__ to define`);
await writeFile(file, code.replace(name, JSON.stringify(publicBaseUrl(process.env.ICN_PUBLIC_URL))));
