/**
 * The catalogues' chunks: a language other than English is a file of its own beside the bundle
 * (`chunks/messages-<hash>/<code>.js`), loaded when an element first speaks it. The builder's
 * script snippet in such a language pins that file with a `modulepreload` and its integrity hash,
 * as `dist/index.html` hands them to the builder: the words come with the bundle, a changed file
 * is refused, and the element speaks English rather than run it, throwing nothing.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { open, statement, suiteEnvironment } from './harness.mjs';

const index = readFileSync('dist/index.html', 'utf8');
const attr = (name) => new RegExp(`<icn-embed-builder[^>]* ${name}="([^"]+)"`).exec(index)?.[1];
const decode = (text) => text.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const pin = { bundle: attr('bundle'), integrity: attr('integrity'), catalogues: JSON.parse(decode(attr('catalogues') ?? '{}')) };
const french = `${pin.catalogues.dir}fr.js`;

/** The snippet as scriptSnippet writes it for `lang` (its text is unit-tested in test/snippets.test.ts). */
const snippet = (base, lang, pinned = true) =>
  [
    ...(pinned && lang && lang !== 'en'
      ? [`<link rel="modulepreload" href="${base}${pin.catalogues.dir}${lang}.js" integrity="${pin.catalogues.integrity[lang]}" crossorigin="anonymous">`]
      : []),
    `<script type="module" src="${base}${pin.bundle}" integrity="${pin.integrity}" crossorigin="anonymous"></script>`,
    `<icn-badge network="ENCC"${lang ? ` lang="${lang}"` : ''}><a href="${base}index.html">${statement.title}</a></icn-badge>`,
  ].join('\n');

const page = (body, lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Member page</title></head><body>${body}</body></html>`;
const badgeText = (tab) => tab.evaluate(() => document.querySelector('icn-badge').shadowRoot.textContent.replace(/\s+/g, ' ').trim());

/** A copy of the bundle and its French catalogue whose bytes were changed (a compromised host). */
const tampered = mkdtempSync(join(tmpdir(), 'icn-tampered-words-'));
after(() => rmSync(tampered, { recursive: true, force: true }));
cpSync(`dist/${pin.bundle}`, join(tampered, pin.bundle));
mkdirSync(join(tampered, pin.catalogues.dir), { recursive: true });
writeFileSync(join(tampered, french), `window.__tampered = true;\n${readFileSync(`dist/${french}`, 'utf8').replace('est signataire de', 'TAMPERED')}`);

describe('the catalogues, pinned', () => {
  const env = suiteEnvironment();

  it('the build hands the builder every catalogue but English, each with its integrity hash', () => {
    assert.match(pin.catalogues.dir, /^chunks\/messages-[0-9a-f]{12}\/$/);
    const langs = Object.keys(pin.catalogues.integrity);
    assert.ok(langs.length >= 7 && !langs.includes('en'));
    for (const lang of langs) {
      assert.match(pin.catalogues.integrity[lang], /^sha384-[A-Za-z0-9+/]{64}$/);
      assert.match(readFileSync(`dist/${pin.catalogues.dir}${lang}.js`, 'utf8'), /^export default \{/);
    }
    assert.ok(readFileSync(`dist/${pin.bundle}`, 'utf8').includes(`./${pin.catalogues.dir}`), 'the bundle imports from that folder, beside itself');
  });

  it('a French snippet shows French words, its catalogue fetched once, by the preload', async () => {
    env.servers.page('/words-fr.html', page(snippet('/dist/', 'fr')));
    const context = await env.browser.newContext();
    const tab = await open(context, `${env.servers.a}/words-fr.html`);
    assert.deepEqual((await tab.events()).map((e) => e.type), ['icn-load']);
    assert.equal(await badgeText(tab), `ENCC est signataire de « ${statement.title} »`);
    assert.equal(env.servers.requests.filter((r) => r.path === `/dist/${french}`).length, 1);
    assert.deepEqual(tab.errors, []);
    await context.close();
  });

  it('without a lang, the page’s language is followed: its catalogue loads (not pinned) and the words are French', async () => {
    env.servers.page('/words-page-fr.html', page(snippet('/dist/', ''), 'fr'));
    const context = await env.browser.newContext();
    const tab = await open(context, `${env.servers.a}/words-page-fr.html`);
    await tab.events();
    assert.equal(await badgeText(tab), `ENCC est signataire de « ${statement.title} »`);
    assert.deepEqual(tab.errors, []);
    await context.close();
  });

  it('a tampered catalogue is refused: not a line of it runs, the words are English, and the console says why', async () => {
    env.servers.mount('/tampered-words/', tampered);
    env.servers.page('/words-tampered.html', page(snippet('/tampered-words/', 'fr')));
    const context = await env.browser.newContext();
    const warnings = [];
    context.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    const tab = await open(context, `${env.servers.a}/words-tampered.html`);
    assert.deepEqual((await tab.events()).map((e) => e.type), ['icn-load']);
    assert.equal(await tab.evaluate(() => window.__tampered), undefined);
    assert.equal(await badgeText(tab), `ENCC is a signatory of ${statement.title}`);
    assert.ok(tab.errors.some((line) => /integrity/i.test(line)), 'the browser reports the integrity failure');
    assert.ok(warnings.some((line) => /^icn-widgets: the words in "fr" could not be loaded \(.+\); they are shown in English\.$/.test(line)), `the element says why: ${warnings}`);
    for (const line of tab.errors) assert.match(line, /^console: /, 'nothing thrown, no unhandled rejection');
    await context.close();
  });

  it('the pin is what refuses it: the same tampered catalogue, not pinned, would run', async () => {
    env.servers.mount('/tampered-words/', tampered);
    env.servers.page('/words-tampered-unpinned.html', page(snippet('/tampered-words/', 'fr', false)));
    const context = await env.browser.newContext();
    const tab = await open(context, `${env.servers.a}/words-tampered-unpinned.html`);
    await tab.events();
    assert.equal(await tab.evaluate(() => window.__tampered), true);
    assert.match(await badgeText(tab), /TAMPERED/);
    await context.close();
  });
});
