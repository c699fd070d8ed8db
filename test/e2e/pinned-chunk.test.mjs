/**
 * The builder's pinned script snippet with `src`: the versioned bundle and the chunk it imports
 * for `src`, each with its integrity hash, as `dist/index.html` hands them to the builder. A
 * chunk whose bytes were changed on the server is refused by the browser, and the element shows
 * the embedded statement with an `icn-error`, throwing nothing.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { open, statement, suiteEnvironment } from './harness.mjs';

/** What the build wrote into the builder's attributes on the statement page. */
const index = readFileSync('dist/index.html', 'utf8');
const attr = (name) => new RegExp(`<icn-embed-builder[^>]* ${name}="([^"]+)"`).exec(index)?.[1];
const pin = { bundle: attr('bundle'), integrity: attr('integrity'), chunk: attr('chunk'), chunkIntegrity: attr('chunk-integrity') };

/** The snippet as scriptSnippet writes it (its text is unit-tested in test/snippets.test.ts), with the files under `base`. */
const snippet = (base, src) =>
  [
    ...(src ? [`<link rel="modulepreload" href="${base}${pin.chunk}" integrity="${pin.chunkIntegrity}" crossorigin="anonymous">`] : []),
    `<script type="module" src="${base}${pin.bundle}" integrity="${pin.integrity}" crossorigin="anonymous"></script>`,
    `<icn-principles${src ? ` src="${src}"` : ''}><a href="${base}index.html">${statement.title}</a></icn-principles>`,
  ].join('\n');

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Member page</title></head><body>${body}</body></html>`;

/** A copy of the bundle and its chunk where the chunk's bytes were changed (a compromised host). */
const tampered = mkdtempSync(join(tmpdir(), 'icn-tampered-'));
after(() => rmSync(tampered, { recursive: true, force: true }));
cpSync(`dist/${pin.bundle}`, join(tampered, pin.bundle));
mkdirSync(join(tampered, 'chunks'));
writeFileSync(join(tampered, pin.chunk), `window.__tampered = true;\n${readFileSync(`dist/${pin.chunk}`, 'utf8')}`);

describe('the pinned snippet with src', () => {
  const env = suiteEnvironment();

  it('the build hands the builder the chunk and its integrity hash', () => {
    assert.match(pin.chunk ?? '', /^chunks\/loader-[0-9a-f]{12}\.js$/);
    assert.match(pin.chunkIntegrity ?? '', /^sha384-[A-Za-z0-9+/]{64}$/);
    assert.ok(readFileSync(`dist/${pin.bundle}`, 'utf8').includes(`import(\`./${pin.chunk}\`)`), 'the versioned bundle imports that chunk, beside itself');
  });

  it('loads the remote statement through the pinned chunk, with no error', async () => {
    env.servers.page('/pinned.html', page(snippet('/dist/', '/api/statement.json')));
    const context = await env.browser.newContext();
    const tab = await open(context, `${env.servers.a}/pinned.html`);
    const events = await tab.events();
    assert.deepEqual(events.map((e) => [e.type, e.detail.source]), [['icn-load', 'remote']]);
    assert.match(await tab.evaluate(() => document.querySelector('icn-principles').shadowRoot.textContent), /TEST DATA: remote title/);
    const chunkRequests = env.servers.requests.filter((r) => r.path === `/dist/${pin.chunk}`);
    assert.equal(chunkRequests.length, 1, 'the chunk is fetched once, by the preload');
    const dataRequests = env.servers.requests.filter((r) => r.path === '/api/statement.json');
    assert.equal(dataRequests.length, 1, "the request started beside the chunk's is the one the loader reads");
    assert.deepEqual(tab.errors, []);
    await context.close();
  });

  it('a tampered chunk is refused: the element shows the embedded statement and says why', async () => {
    env.servers.mount('/tampered/', tampered);
    env.servers.page('/tampered.html', page(snippet('/tampered/', '/api/statement.json')));
    const context = await env.browser.newContext();
    const tab = await open(context, `${env.servers.a}/tampered.html`);
    const events = await tab.events();
    assert.deepEqual(events.map((e) => e.type), ['icn-error', 'icn-load']);
    assert.equal(events[0].detail.reason, 'network');
    assert.match(events[0].detail.message, /^Could not load the statement from \/api\/statement\.json: the part of icn-widgets that reads remote statements could not be loaded \(.+\)\. The embedded statement is shown instead\.$/);
    assert.equal(events[1].detail.source, 'embedded');
    assert.equal(await tab.evaluate(() => window.__tampered), undefined, 'not one line of the changed chunk ran');
    const text = await tab.evaluate(() => document.querySelector('icn-principles').shadowRoot.textContent);
    assert.ok(text.includes(statement.title) && !text.includes('TEST DATA'));
    // Only the browser's own report of the refused file: nothing thrown, no unhandled rejection.
    assert.ok(tab.errors.length >= 1, 'the browser reports the integrity failure');
    for (const line of tab.errors) assert.match(line, /^console: .*integrity/i);
    await context.close();
  });

  it('the pin is what refuses it: the same tampered chunk, not pinned, would run', async () => {
    env.servers.mount('/tampered/', tampered);
    env.servers.page('/tampered-unpinned.html', page(snippet('/tampered/', '/api/statement.json').split('\n').slice(1).join('\n')));
    const context = await env.browser.newContext();
    const tab = await open(context, `${env.servers.a}/tampered-unpinned.html`);
    assert.equal(await tab.evaluate(() => window.__tampered), true);
    await context.close();
  });

  it("under a strict policy (a nonce and 'strict-dynamic'), the script's nonce is enough: the chunk loads pinned, no violation", async () => {
    const html = page(snippet('/dist/', '/api/statement.json').replace('crossorigin="anonymous"></script>', 'crossorigin="anonymous" nonce="test-nonce"></script>'));
    env.servers.page('/strict.html', html, { 'content-security-policy': "script-src 'nonce-test-nonce' 'strict-dynamic'; connect-src 'self'; object-src 'none'; base-uri 'none'" });
    const context = await env.browser.newContext();
    const tab = await open(context, `${env.servers.a}/strict.html`);
    assert.deepEqual((await tab.events()).map((e) => [e.type, e.detail.source]), [['icn-load', 'remote']]);
    assert.deepEqual(await tab.evaluate(() => window.__violations), []);
    assert.deepEqual(tab.errors, []);
    await context.close();
  });

  it('without src the snippet is one file and one request', async () => {
    env.servers.page('/pinned-plain.html', page(snippet('/dist/')));
    const context = await env.browser.newContext();
    const before = env.servers.requests.length;
    const tab = await open(context, `${env.servers.a}/pinned-plain.html`);
    await tab.waitForTimeout(300);
    const files = env.servers.requests.slice(before).map((r) => r.path).filter((p) => p !== '/pinned-plain.html' && p !== '/favicon.ico');
    assert.deepEqual(files, [`/dist/${pin.bundle}`]);
    assert.deepEqual(tab.errors, []);
    await context.close();
  });
});
