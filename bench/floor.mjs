/**
 * The floor under the bundle budgets: what the bundle's dependencies weigh on their own, built
 * the way a bundler would (esbuild, minified, production conditions, gzip -9).
 *
 * - Lit: one element with a style and a template, nothing else.
 * - + the embedded statement: the same, also holding the statement itself.
 * - the schema alone: validating data with the statement's valibot schema.
 *
 * Every element needs the first two (the elements are Lit elements, the embedded statement is
 * what they show), so `icn-widgets.js` cannot be smaller than the second line. The schema is
 * needed only with `src`: it is in the chunk the bundles import then, not in the bundles.
 *
 *   node bench/floor.mjs
 */
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const element = `
import { LitElement, css, html } from 'lit';
class FloorElement extends LitElement {
  static styles = css\`:host { display: block; }\`;
  static properties = { value: {} };
  render() { return html\`<p>\${this.value}</p>\`; }
}
customElements.define('floor-element', FloorElement);
`;

export const FLOOR_STEPS = [
  { label: 'Lit (one element)', code: element },
  { label: '+ the embedded statement', code: `${element}\nimport { embeddedStatement } from './src/data/statement.ts';\nwindow.v = embeddedStatement;` },
  { label: 'the statement schema (valibot) alone', code: `import { validateStatement } from './src/data/schema.ts';\nwindow.v = validateStatement;` },
];

/** Each step's minified and gzip -9 size, in bytes. */
export async function measureFloor() {
  const out = [];
  for (const step of FLOOR_STEPS) {
    const result = await build({
      stdin: { contents: step.code, resolveDir: root, loader: 'ts', sourcefile: 'floor.ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      conditions: ['production'],
      write: false,
      logLevel: 'silent',
    });
    const bytes = result.outputFiles[0].contents;
    out.push({ label: step.label, bytes: bytes.length, gzip9: gzipSync(bytes, { level: 9 }).length });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const f of await measureFloor()) console.log(`${f.label.padEnd(36)} ${f.bytes.toLocaleString('en').padStart(7)} B  gzip -9 ${f.gzip9.toLocaleString('en').padStart(6)} B`);
}
