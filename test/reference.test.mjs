/**
 * The README's "Reference" section (the heading `## Reference`) against what the package really
 * has, both ways, so the two stay in step:
 *
 * - each element's attributes (with their properties), property-only fields, events, parts and
 *   custom properties against dist/custom-elements.json (the Custom Elements Manifest);
 * - the files it lists against dist/ and package.json's `exports` and `bin`;
 * - the statement's fields and limits against src/data/schema.ts and src/data/limits.ts;
 * - the configuration values against the `ICN_*` variables the build reads.
 *
 * Conventions the section follows (what this test reads): an element's block starts at a
 * heading that holds its tag in backticks (`<icn-badge>`) and ends at the next heading of the
 * same or a higher level; a table's kind is its first header cell (Attribute, Property, Event,
 * Part, Custom property, File, Field, Limit, Variable); each row names its item in the first
 * backticked text of its first cell (an Attribute row names its property in its second cell).
 *
 * Run after `npm run build`: `node --test test/reference.test.mjs`. It reads README.md, or the
 * file in ICN_README (`ICN_README=path/to/draft.md node --test test/reference.test.mjs`).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../', import.meta.url));
const readmePath = resolve(root, process.env.ICN_README || 'README.md');
const HEADING = '## Reference';

/** The lines of the Reference section, from its heading to the next level-2 heading. */
function referenceSection(markdown) {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === HEADING);
  assert.notEqual(
    start,
    -1,
    `${readmePath} has no "${HEADING}" section: the public surface (files, tags, attributes, events, parts, ` +
      'custom properties, data format, CLI, configuration) must be documented there, in step with dist/custom-elements.json.',
  );
  let end = lines.findIndex((line, i) => i > start && /^##\s/.test(line));
  if (end === -1) end = lines.length;
  // Code blocks are not read as headings or tables.
  let fenced = false;
  return lines.slice(start + 1, end).map((line) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    return fenced || /^\s*(```|~~~)/.test(line) ? '' : line;
  });
}

const level = (line) => /^(#{1,6})\s/.exec(line)?.[1].length;
const cells = (row) => row.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim());
const ticked = (cell) => /`([^`]+)`/.exec(cell ?? '')?.[1];

/**
 * Every table in `lines`: its kind (the first header cell, lower case) and rows (cells). A table
 * is a header row, a `---` row, and the rows after it.
 */
function tables(lines) {
  const out = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^\s*\|/.test(lines[i]) || !/^\s*\|[\s:|-]+\|\s*$/.test(lines[i + 1])) continue;
    const rows = [];
    let j = i + 2;
    for (; j < lines.length && /^\s*\|/.test(lines[j]); j++) rows.push(cells(lines[j]));
    out.push({ kind: cells(lines[i])[0].toLowerCase(), rows });
    i = j;
  }
  return out;
}

/** The element blocks of the section: tag → its lines. */
function elementBlocks(lines) {
  const blocks = new Map();
  lines.forEach((line, i) => {
    const depth = level(line);
    const tag = depth && /`<(icn-[a-z-]+)>`/.exec(line)?.[1];
    if (!tag) return;
    let end = lines.findIndex((l, j) => j > i && level(l) !== undefined && level(l) <= depth);
    if (end === -1) end = lines.length;
    assert.ok(!blocks.has(tag), `<${tag}> has two blocks in the Reference`);
    blocks.set(tag, lines.slice(i + 1, end));
  });
  return blocks;
}

/** The names in the tables of `kind` among `list`. */
const namesOf = (list, kind) => list.filter((t) => t.kind === kind).flatMap((t) => t.rows.map((r) => ticked(r[0])).filter(Boolean));

/** Asserts that two lists hold the same names, saying what is missing on each side. */
function sameNames(documented, actual, what) {
  const missing = [...new Set(actual)].filter((n) => !documented.includes(n));
  const extra = [...new Set(documented)].filter((n) => !actual.includes(n));
  assert.deepEqual(
    { missing, extra },
    { missing: [], extra: [] },
    `${what}: "missing" are in the package but not in the README's Reference; "extra" are in the Reference but not in the package`,
  );
}

let section;
let manifest;
before(() => {
  assert.ok(existsSync(readmePath), `${readmePath} does not exist`);
  section = referenceSection(readFileSync(readmePath, 'utf8'));
  const path = join(root, 'dist/custom-elements.json');
  assert.ok(existsSync(path), 'dist/custom-elements.json is missing: run `npm run build` first');
  manifest = JSON.parse(readFileSync(path, 'utf8'));
});

describe(`the README's "${HEADING}"`, () => {
  /** The manifest's elements: tag → declaration. */
  const elements = () =>
    new Map(manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName, d])));

  it('has a block for each element of the manifest, and no other', () => {
    sameNames([...elementBlocks(section).keys()], [...elements().keys()], 'elements');
  });

  it('lists every attribute (with its property), event, part and custom property of each element, and nothing else', () => {
    const blocks = elementBlocks(section);
    for (const [tag, d] of elements()) {
      const list = tables(blocks.get(tag) ?? []);
      sameNames(namesOf(list, 'attribute'), (d.attributes ?? []).map((a) => a.name), `<${tag}> attributes`);
      for (const a of d.attributes ?? []) {
        const row = list.filter((t) => t.kind === 'attribute').flatMap((t) => t.rows).find((r) => ticked(r[0]) === a.name);
        if (row && a.fieldName) assert.equal(ticked(row[1]), a.fieldName, `<${tag}> ${a.name}: its property is \`${a.fieldName}\``);
      }
      const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static);
      const withAttribute = new Set((d.attributes ?? []).map((a) => a.fieldName));
      sameNames(namesOf(list, 'property'), fields.filter((f) => !withAttribute.has(f.name)).map((f) => f.name), `<${tag}> properties without an attribute`);
      sameNames(namesOf(list, 'event'), (d.events ?? []).map((e) => e.name), `<${tag}> events`);
      sameNames(namesOf(list, 'part'), (d.cssParts ?? []).map((p) => p.name), `<${tag}> parts`);
      sameNames(namesOf(list, 'custom property'), (d.cssProperties ?? []).map((p) => p.name), `<${tag}> custom properties`);
      sameNames(namesOf(list, 'slot'), (d.slots ?? []).map((s) => s.name), `<${tag}> slots`);
    }
  });

  it('lists files that exist, and every file the package exports', () => {
    const files = namesOf(tables(section), 'file');
    assert.ok(files.length, 'a "File" table lists the files');
    const built = readdirSync(join(root, 'dist'), { recursive: true }).map((f) => `dist/${String(f).split('\\').join('/')}`);
    for (const file of files) {
      // Patterns (`dist/embed/<lang>/*.html`, `icn-widgets-VERSION.js`, `chunks/loader-HASH.js`)
      // name families of files: at least one built file must match.
      if (/[<*]|VERSION|HASH/.test(file)) {
        const pattern = new RegExp(
          `^${file
            .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '[^/]*')
            .replace(/VERSION/g, '\\d+\\.\\d+\\.\\d+[\\w.-]*')
            .replace(/HASH/g, '[0-9A-Za-z_-]{6,}')
            .replace(/<\w+>/g, '[^/]+')}$`,
        );
        assert.ok(built.some((f) => pattern.test(f)), `${file} is listed in the Reference but the build writes no such file`);
        continue;
      }
      assert.ok(existsSync(join(root, file.replace(/\/$/, ''))), `${file} is listed in the Reference but the build does not write it`);
    }
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(targets));
    const exported = [...targets(pkg.exports), ...Object.values(pkg.bin ?? {})]
      .map((p) => p.replace(/^\.\//, ''))
      .filter((p) => p !== 'package.json' && !p.endsWith('.d.ts'));
    const listed = (p) => files.some((f) => f === p || (f.endsWith('/') && p.startsWith(f)));
    sameNames(exported.filter(listed), exported, 'files the package exports (package.json exports and bin), listed in a "File" table (a folder ending in / covers its files)');
  });

  it('describes every field of the statement format, and no other', async () => {
    const { StatementSchema, SignatorySchema, TranslationSchema } = (await runnerImport(join(root, 'src/data/schema.ts'))).module;
    const actual = [
      ...Object.keys(StatementSchema.entries),
      ...Object.keys(SignatorySchema.entries).map((k) => `signatories[].${k}`),
      ...Object.keys(TranslationSchema.entries).map((k) => `translations.<lang>.${k}`),
    ];
    sameNames(namesOf(tables(section), 'field'), actual, 'statement fields');
  });

  it('gives every limit of src/data/limits.ts with its value', async () => {
    const { LIMITS, MAX_LISTED_PROBLEMS } = (await runnerImport(join(root, 'src/data/limits.ts'))).module;
    const all = { ...LIMITS, listedProblems: MAX_LISTED_PROBLEMS };
    const rows = tables(section).filter((t) => t.kind === 'limit').flatMap((t) => t.rows);
    sameNames(rows.map((r) => ticked(r[0])).filter(Boolean), Object.keys(all), 'limits');
    for (const [key, value] of Object.entries(all)) {
      const row = rows.find((r) => ticked(r[0]) === key);
      const shown = value.toLocaleString('en');
      assert.ok(row?.[1].includes(shown), `limit ${key}: the Reference says "${row?.[1]}", limits.ts says ${shown}`);
    }
  });

  it('names every configuration value the build reads', () => {
    const sources = ['vite.config.ts', ...readdirTs(join(root, 'src'))].map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
    const read = [...sources.matchAll(/process\.env\.(ICN_[A-Z_]+)/g)].map((m) => m[1]);
    assert.ok(read.length, 'the build reads ICN_* variables');
    sameNames(namesOf(tables(section), 'variable'), read, 'configuration values');
  });
});

/** The .ts files under `dir`, relative to the root. */
function readdirTs(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => String(f).endsWith('.ts'))
    .map((f) => join(dir, String(f)).slice(root.length));
}
