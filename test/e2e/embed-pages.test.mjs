/**
 * The static embed pages (dist/embed/<lang>/*.html) in Chromium, framed as WordPress frames a
 * provider it does not know: `<iframe sandbox="allow-scripts" src="…#?secret=…">` on another
 * origin, the host page running the same message handling as WordPress's `wp-embed.js` (height
 * clamped to 200–1000 px; a link followed when it is on the frame's host and the frame has
 * focus). dist/ is served with `Access-Control-Allow-Origin: *`, as the frame's opaque origin
 * needs. The files themselves are checked in Node by test/embed-pages/.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { axeSource, launch } from './harness.mjs';

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.map': 'application/json' };

/**
 * The host page: a post with the oEmbed `html` as WordPress rewrites it (sandbox, security,
 * data-secret, `#?secret=` on the src), and WordPress's receiver (wp-includes/js/wp-embed.js,
 * in substance) that also records every message.
 */
const hostPage = (oembedHtml, secret) => {
  // As WordPress 6.1 keeps an embed with a blockquote: the frame clipped until its first message.
  const iframe = oembedHtml
    .replace('<blockquote>', `<blockquote class="wp-embedded-content" data-secret="${secret}">`)
    .replace(/<iframe src="([^"]+)"/, `<iframe src="$1#?secret=${secret}" data-secret="${secret}"`)
    .replace('<iframe', '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A member's post</title><link rel="icon" href="data:,"></head>
<body><main><h1>A member's post</h1><p>Paragraph before.</p>${iframe}<p>Paragraph after.</p></main>
<script>
window.messages = [];
window.addEventListener('message', (e) => {
  const data = e.data;
  window.messages.push({ data, origin: e.origin });
  if (!data || !(data.secret || data.message || data.value) || /[^a-zA-Z0-9]/.test(data.secret)) return;
  for (const quote of document.querySelectorAll('blockquote[data-secret="' + data.secret + '"]')) quote.style.display = 'none';
  for (const source of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
    if (e.source !== source.contentWindow) continue;
    source.removeAttribute('style');
    if (data.message === 'height') {
      let height = parseInt(data.value, 10);
      if (height > 1000) height = 1000; else if (~~height < 200) height = 200;
      source.height = height;
    } else if (data.message === 'link') {
      const sourceURL = new URL(source.getAttribute('src'));
      const targetURL = new URL(data.value);
      if (/^https?:$/i.test(targetURL.protocol) && targetURL.host === sourceURL.host && document.activeElement === source) window.top.location.href = data.value;
    }
  }
});
</script></body></html>`;
};

let server;
let browser;
/** The frame's origin (dist/) and the host page's: two host names, so two origins. */
let dist;
/** The test server, for dist/ and the host pages. */
let local;
let host;
const hosts = new Map();

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname.startsWith('/host/')) {
      const html = hosts.get(url.pathname);
      res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(html ?? 'not found');
    }
    const file = normalize(join('dist', decodeURIComponent(url.pathname)));
    if (file.startsWith('dist') && existsSync(file) && !file.endsWith('/')) {
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
      return res.end(readFileSync(file));
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  local = `http://localhost:${port}`;
  // dist/ is where the build says it is published (ICN_PUBLIC_URL; the badge links there, and
  // only links to the frame's own host are followed): each browser context routes it here.
  dist = publicBase.replace(/\/$/, '');
  host = `http://127.0.0.1:${port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** The build's public base URL (ICN_PUBLIC_URL), and the statement page there, where the badge links. */
const publicBase = JSON.parse(readFileSync('dist/embed/en/badge-encc.json', 'utf8')).provider_url.replace(/index\.html$/, '');
const statementPage = `${publicBase}index.html`;

/** A browser context in which the build's public base URL answers from the test server. */
async function newContext(options) {
  const context = await browser.newContext(options);
  await context.route(`${publicBase}**`, (route) => route.continue({ url: route.request().url().replace(publicBase, `${local}/`) }));
  return context;
}

/** The oEmbed JSON of a page, with its URLs moved to the test server (the build wrote ICN_PUBLIC_URL's). */
function oembed(path) {
  const json = JSON.parse(readFileSync(`dist/embed/${path}.json`, 'utf8'));
  const base = json.provider_url.replace(/index\.html$/, '');
  return { ...json, html: json.html.replaceAll(base, `${dist}/`) };
}

/**
 * Opens a host page framing `path` with `secret`; returns the page, the frame, the JSON and the
 * errors seen (page errors and console errors, in the page or the frame).
 */
async function framed(path, { secret = 'abc' } = {}) {
  const json = oembed(path);
  hosts.set(`/host/${path}.html`, hostPage(json.html, secret));
  const context = await newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  await page.goto(`${host}/host/${path}.html`);
  const frame = page.frames().find((f) => f.url().startsWith(`${dist}/embed/`));
  assert.ok(frame, 'the frame loaded');
  await frame.waitForFunction(() => {
    const el = document.querySelector('icn-principles, icn-badge, icn-signatories');
    return el?.shadowRoot?.childElementCount > 0 && el.getAttribute('aria-busy') !== 'true';
  });
  await page.waitForFunction(() => window.messages.some((m) => ['height', 'icn-shown'].includes(m.data?.message)));
  return { page, frame, json, errors, context };
}

/**
 * The messages that show and size the frame so far: `height`, or `icn-shown` from content under
 * WordPress's 200 px minimum that fits the frame as the JSON sized it.
 */
const heights = (page) => page.evaluate(() => window.messages.filter((m) => ['height', 'icn-shown'].includes(m.data?.message)));

/** What the frame's document measures and what its element shows. */
const measure = (frame) =>
  frame.evaluate(() => {
    const el = document.querySelector('icn-principles, icn-badge, icn-signatories');
    return {
      height: document.documentElement.getBoundingClientRect().height,
      bottom: el.getBoundingClientRect().bottom,
      text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
      lang: document.documentElement.lang,
      font: getComputedStyle(el.shadowRoot.querySelector('a, [part="card"]') ?? el).fontFamily,
      storage: (() => {
        try {
          return localStorage.length >= 0 ? 'reachable' : 'reachable';
        } catch {
          return 'opaque origin';
        }
      })(),
    };
  });

/** axe-core in the frame (WCAG 2.1 A/AA and best practices). */
async function axeFrame(frame, disabled = []) {
  // Evaluated through the debugger, which the pages' Content-Security-Policy does not govern.
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(axeSource);
  return frame.evaluate(async (disabled) => {
    const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'], rules });
    return result.violations.map((v) => `${v.id}: ${v.help}`);
  }, disabled);
}

describe('embed pages in WordPress’s sandboxed frame', () => {
  const cases = [
    { path: 'en/principles', words: 'Show all 8 principles' },
    { path: 'fr/signatories', words: 'Signataires' },
    { path: 'de/badge-encc', words: 'ENCC hat unterzeichnet: „The value' },
    { path: 'pl/badge-res-artis', words: 'Res Artis' },
  ];
  for (const { path, words } of cases) {
    it(`${path}: shows the live element in its language, sans-serif, and posts its height`, async () => {
      const { page, frame, json, errors, context } = await framed(path);
      const m = await measure(frame);
      assert.equal(m.lang, path.split('/')[0]);
      assert.ok(m.text.includes(words), `${path}: “${words}” in “${m.text.slice(0, 120)}…”`);
      assert.match(m.font, /^system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif$/);
      assert.equal(m.storage, 'opaque origin', 'the frame runs in an opaque origin');

      // The height message: from the opaque origin, with the secret, the document's height in whole px.
      const posted = await heights(page);
      const last = posted.at(-1);
      assert.equal(last.origin, 'null');
      assert.deepEqual(Object.keys(last.data).sort(), ['message', 'secret', 'value']);
      assert.equal(last.data.secret, 'abc');
      assert.ok(Number.isInteger(last.data.value));
      assert.equal(last.data.value, Math.ceil(m.height));
      // Under WordPress's 200 px minimum, a badge that fits its frame only asks to be shown.
      const small = last.data.value < 200 && last.data.value <= json.height;
      assert.equal(last.data.message, small ? 'icn-shown' : 'height', `${path}: ${last.data.value} px in a frame of ${json.height}`);
      // The document is its content and the room for focus rings, no more.
      assert.ok(Math.abs(m.height - (m.bottom + 4)) <= 2, `${m.height} vs content bottom ${m.bottom}`);
      // The JSON's estimate is close to the real height (another machine's fonts differ somewhat).
      assert.ok(Math.abs(json.height - m.height) / m.height <= 0.2, `JSON ${json.height} vs real ${m.height}`);
      // The frame as WordPress sized it.
      const frameHeight = await page.locator('iframe').evaluate((f) => Number(f.height));
      assert.equal(frameHeight, small ? json.height : Math.min(1000, Math.max(200, last.data.value)));
      // Shown: WordPress took the clip away and hid the blockquote.
      assert.equal(await page.locator('iframe').getAttribute('style'), null);
      assert.equal(await page.locator('blockquote').evaluate((q) => q.style.display), 'none');
      // A badge's frame is its size, within a few pixels.
      if (small) assert.ok(frameHeight - m.height <= 4, `frame ${frameHeight} vs content ${m.height}`);

      // When WordPress says it is ready, the height comes again.
      const before = posted.length;
      await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage({ message: 'ready', secret: 'abc' }, '*'));
      await page.waitForFunction((n) => window.messages.filter((x) => ['height', 'icn-shown'].includes(x.data?.message)).length > n, before);

      const disabled = path.includes('badge') ? ['page-has-heading-one'] : [];
      assert.deepEqual(await axeFrame(frame, disabled), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  it('work in every UI language: the element in that language, its height posted, no error', async () => {
    const languages = readdirSync('dist/embed');
    assert.ok(languages.length >= 8, languages.join());
    const statement = JSON.parse(readFileSync('dist/statement.json', 'utf8'));
    for (const lang of languages) {
      for (const name of ['principles', 'signatories', `badge-${statement.signatories.at(-1).id}`]) {
        const { page, frame, errors, context } = await framed(`${lang}/${name}`);
        const m = await measure(frame);
        assert.equal(m.lang, lang);
        assert.equal((await heights(page)).at(-1).data.value, Math.ceil(m.height), `${lang}/${name}`);
        // The element's own words are the catalogue's for that language (its `lang` attributes say so).
        const uiLangs = await frame.evaluate(() => [...document.querySelector('icn-principles, icn-badge, icn-signatories').shadowRoot.querySelectorAll('[lang]')].map((e) => e.lang));
        assert.ok(uiLangs.includes(lang), `${lang}/${name}: ${uiLangs}`);
        assert.deepEqual(errors, [], `${lang}/${name}`);
        await context.close();
      }
    }
  });

  it('posts the new height when the content grows (the principles card expanded)', async () => {
    const { page, frame, errors, context } = await framed('en/principles');
    const first = (await heights(page)).at(-1).data.value;
    await frame.locator('icn-principles >> button').click();
    await page.waitForFunction((h) => window.messages.at(-1)?.data?.value > h, first);
    const grown = (await heights(page)).at(-1).data.value;
    const m = await measure(frame);
    assert.equal(grown, Math.ceil(m.height));
    assert.ok(grown > first + 200, `${first} → ${grown}`);
    assert.equal(await page.locator('iframe').evaluate((f) => Number(f.height)), Math.min(1000, grown));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('turns a click on the badge into a link message, which WordPress follows at the top', async () => {
    const { page, frame, errors, context } = await framed('fr/badge-encc');
    const href = await frame.evaluate(() => document.querySelector('icn-badge').shadowRoot.querySelector('a').href);
    assert.equal(href, statementPage);
    // The frame itself does not navigate: the sandbox would refuse, and the page asks WordPress.
    const navigated = page.waitForURL(statementPage);
    await frame.locator('icn-badge >> a[part=badge]').click();
    await navigated;
    assert.equal(await page.title(), 'The value of international cultural networks');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('posts the link message and leaves the frame where it is', async () => {
    const context = await newContext();
    const page = await context.newPage();
    // A host that records but never navigates: the message and the frame's own URL are seen.
    hosts.set('/host/record.html', `<!doctype html><title>Recorder</title><script>window.messages=[];addEventListener('message',e=>messages.push(e.data))</script>
      <iframe sandbox="allow-scripts" title="Badge" src="${dist}/embed/en/badge-encc.html#?secret=abc" width="360" height="200"></iframe>`);
    await page.goto(`${host}/host/record.html`);
    const frame = page.frames().find((f) => f.url().startsWith(`${dist}/embed/`));
    await frame.waitForFunction(() => document.querySelector('icn-badge')?.shadowRoot?.querySelector('a'));
    await frame.locator('icn-badge >> a[part=badge]').click();
    await page.waitForFunction(() => messages.some((m) => m.message === 'link'));
    const link = (await page.evaluate(() => messages)).find((m) => m.message === 'link');
    assert.deepEqual(link, { secret: 'abc', message: 'link', value: statementPage });
    assert.equal(frame.url(), `${dist}/embed/en/badge-encc.html#?secret=abc`);
    assert.equal(page.url(), `${host}/host/record.html`);
    await context.close();
  });

  it('makes links to other hosts plain text: no href, no pointer, no underline, no message', async () => {
    const { page, frame, errors, context } = await framed('en/badge-encc');
    // Test data: a link to another host, as a statement whose `url` is on another site would give.
    await frame.evaluate(() => document.querySelector('icn-badge').setAttribute('href', 'https://example.org/statement'));
    await frame.waitForFunction(() => !document.querySelector('icn-badge').shadowRoot.querySelector('a').hasAttribute('href'));
    const link = frame.locator('icn-badge >> a[part=badge]');
    await link.hover();
    const look = await link.evaluate((a) => ({
      href: a.getAttribute('href'),
      kept: a.getAttribute('data-icn-outside'),
      cursor: getComputedStyle(a).cursor,
      underline: getComputedStyle(a.querySelector('.title')).textDecorationLine,
      focusable: a.tabIndex >= 0 && a.matches(':is(a[href])'),
    }));
    assert.deepEqual(look, { href: null, kept: 'https://example.org/statement', cursor: 'auto', underline: 'none', focusable: false });
    const before = (await page.evaluate(() => window.messages.length));
    await link.click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = await page.evaluate(() => window.messages.slice(0).map((m) => m.data?.message));
    assert.equal(after.slice(before).filter((m) => m === 'link').length, 0);
    assert.equal(page.url(), `${host}/host/en/badge-encc.html`);
    assert.ok(frame.url().startsWith(`${dist}/embed/en/badge-encc.html`));
    assert.deepEqual(await axeFrame(frame, ['page-has-heading-one']), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('the embed pages’ Content-Security-Policy in the sandbox', () => {
  it('lets their own scripts run (the elements are live) and refuses any request and any other script', async () => {
    const { frame, errors, context } = await framed('it/badge-teh');
    const refused = await frame.evaluate(async (elsewhere) => {
      const seen = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
      await fetch(elsewhere).catch(() => {});
      const script = Object.assign(document.createElement('script'), { src: elsewhere });
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return seen.sort();
    }, `${host}/host/none.js`);
    assert.deepEqual(refused, ['connect-src', 'script-src-elem']);
    // The refusals are the page's only complaints.
    assert.ok(errors.length > 0 && errors.every((e) => /Content Security Policy/.test(e)), errors.join('\n'));
    await context.close();
  });
});

describe('embed pages outside WordPress', () => {
  it('keep their links as links, opening at the top, and post only the plain height message', async () => {
    const context = await newContext();
    const page = await context.newPage();
    hosts.set('/host/plain.html', `<!doctype html><title>Plain frame</title><script>window.messages=[];addEventListener('message',e=>messages.push(e.data))</script>
      <iframe title="Badge" src="${dist}/embed/en/badge-encc.html" width="360" height="80"></iframe>`);
    await page.goto(`${host}/host/plain.html`);
    await page.waitForFunction(() => messages.length > 0);
    const messages = await page.evaluate(() => messages);
    assert.ok(messages.every((m) => m.type === 'icn-embed-height' && Number.isInteger(m.height)), JSON.stringify(messages));
    const frame = page.frames().find((f) => f.url().startsWith(`${dist}/embed/`));
    assert.equal(await frame.locator('icn-badge >> a[part=badge]').getAttribute('href'), statementPage);
    const navigated = page.waitForURL(statementPage);
    await frame.locator('icn-badge >> a[part=badge]').click();
    await navigated;
    await context.close();
  });

  it('ignore a secret WordPress would not send (anything but letters and digits)', async () => {
    const context = await newContext();
    const page = await context.newPage();
    hosts.set('/host/bad-secret.html', `<!doctype html><title>Bad secret</title><script>window.messages=[];addEventListener('message',e=>messages.push(e.data))</script>
      <iframe sandbox="allow-scripts" title="Badge" src="${dist}/embed/en/badge-encc.html#?secret=a%22b" width="360" height="80"></iframe>`);
    await page.goto(`${host}/host/bad-secret.html`);
    await page.waitForFunction(() => messages.length > 0);
    const frame = page.frames().find((f) => f.url().startsWith(`${dist}/embed/`));
    await frame.waitForFunction(() => document.querySelector('icn-badge')?.shadowRoot?.querySelector('a'));
    await frame.locator('icn-badge >> a[part=badge]').click();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const messages = await page.evaluate(() => messages);
    assert.ok(messages.every((m) => m.type === 'icn-embed-height'), JSON.stringify(messages));
    await context.close();
  });
});
