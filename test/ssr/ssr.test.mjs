/**
 * icn-widgets/ssr (Lit SSR): each element renders on Node to declarative shadow DOM holding the
 * statement's text, and hydrates in Chromium (with @lit-labs/ssr-client's hydrate support, the
 * server's nodes are kept; with the self-contained bundle, the element renders into the same
 * shadow root), firing icn-load, with no console error. Needs `npm run build` first.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { launchChromium } from '../chromium.mjs';
import { embeddedStatement } from '../../dist/lib/data/statement.js';
import { renderElement, renderSnippet } from '../../dist/lib/ssr.js';

const root = resolve(import.meta.dirname, '../..');
/** The text of HTML: tags, comments and styles out, white space folded. */
const text = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

describe('icn-widgets/ssr renders the statement on the server', () => {
  it('the principles card, with the title, the introduction and every principle', async () => {
    const html = await renderElement('icn-principles', { 'heading-level': 3 });
    assert.match(html, /^(<!--[^>]*-->)?<icn-principles\s+heading-level="3"><template shadowroot="open" shadowrootmode="open">/);
    const t = text(html);
    assert.ok(t.includes(embeddedStatement.title));
    for (const p of embeddedStatement.principles) assert.ok(t.includes(p), p);
  });

  it('the badge, with its sentence and the link to the statement page', async () => {
    const html = await renderElement('icn-badge', { network: 'ENCC', size: 'small' });
    assert.equal(text(html), `ENCC is a signatory of ${embeddedStatement.title}`);
    assert.match(html, /href="http:\/\/127\.0\.0\.1:4173\/index\.html"/);
  });

  it('the signatories, every name as text', async () => {
    const html = await renderElement('icn-signatories', { layout: 'list', filter: true });
    const t = text(html);
    for (const s of embeddedStatement.signatories) assert.ok(t.includes(s.acronym ? `${s.acronym} – ${s.name}` : s.name), s.name);
  });

  it('in the language of the lang attribute', async () => {
    assert.match(text(await renderElement('icn-badge', { network: 'ENCC', lang: 'de' })), /^ENCC hat unterzeichnet: /);
  });

  it('renders each element of a snippet, keeping the rest, attributes and fallback children', async () => {
    const snippet = '<p>Before</p>\n<icn-badge network="Res Artis" data-x=\'a&amp;b\' onclick="alert(1)"><a href="https://example.org/test">fallback</a></icn-badge>\n<script type="module" src="https://example.org/test/icn-widgets.js"></script>';
    const html = await renderSnippet(snippet);
    assert.ok(html.startsWith('<p>Before</p>\n'));
    assert.ok(html.endsWith('\n<script type="module" src="https://example.org/test/icn-widgets.js"></script>'));
    assert.match(html, /<icn-badge\s+network="Res Artis" data-x="a&amp;b"><template shadowroot/);
    assert.ok(!html.includes('onclick'));
    assert.match(html, /<a href="https:\/\/example\.org\/test">fallback<\/a><!--\/lit-part--><\/icn-badge>/);
    assert.ok(text(html).includes('Res Artis is a signatory of'));
  });

  it('refuses another tag with a clear message', async () => {
    await assert.rejects(renderElement('icn-nope'), /renders icn-principles, icn-badge, icn-signatories, not "icn-nope"/);
  });
});

describe('server-rendered elements hydrate in Chromium', () => {
  let server;
  let browser;
  let origin;
  const files = {};

  before(async () => {
    // The npm entry with Lit's hydrate support loaded first, bundled as an app would.
    const { outputFiles } = await build({
      stdin: { contents: "import '@lit-labs/ssr-client/lit-element-hydrate-support.js'; import './dist/lib/define.js';", resolveDir: root },
      bundle: true,
      format: 'esm',
      write: false,
    });
    files['/hydrate.js'] = outputFiles[0].text;
    files['/icn-widgets.js'] = await readFile(resolve(root, 'dist/icn-widgets.js'), 'utf8');
    const body = [
      await renderElement('icn-principles', { collapsed: true }),
      await renderElement('icn-badge', { network: 'ENCC' }),
      await renderElement('icn-signatories', { layout: 'list' }),
    ].join('\n');
    for (const script of ['hydrate', 'icn-widgets']) {
      files[`/${script}.html`] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title></head><body>${body}
<script>
  window.loads = [];
  for (const el of document.querySelectorAll('icn-principles, icn-badge, icn-signatories')) {
    el.addEventListener('icn-load', () => loads.push(el.localName));
    // Marks the server's nodes, to tell hydration (kept) from a new render (replaced).
    [...el.shadowRoot.children].find((c) => c.localName !== 'style').dataset.server = '';
  }
</script>
<script type="module" src="/${script}.js"></script></body></html>`;
    }
    server = createServer((req, res) => {
      const body = files[req.url];
      res.writeHead(body ? 200 : 404, { 'content-type': req.url.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
      res.end(body ?? '');
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const [script, kept] of [['hydrate', true], ['icn-widgets', false]]) {
    it(`${script === 'hydrate' ? 'with lit-element-hydrate-support: keeps the server nodes' : 'with the bundle: renders into the same shadow root'}, text visible before and after, icn-load for each`, async () => {
      // Without JavaScript the content is already there, from the declarative shadow roots.
      const off = await browser.newContext({ javaScriptEnabled: false });
      const still = await off.newPage();
      await still.goto(`${origin}/${script}.html`);
      const before = await still.evaluate(() => document.querySelector('icn-badge').shadowRoot.querySelector('a').textContent.replace(/\s+/g, ' ').trim());
      assert.equal(before, 'ENCC is a signatory of The value of international cultural networks');
      const height = await still.evaluate(() => document.querySelector('icn-principles').getBoundingClientRect().height);
      assert.ok(height > 100, `the card is ${height} px tall without its script`);
      await off.close();

      const page = await browser.newPage();
      const messages = [];
      page.on('console', (m) => ['error', 'warning'].includes(m.type()) && messages.push(m.text()));
      page.on('pageerror', (e) => messages.push(e.message));
      await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
      await page.goto(`${origin}/${script}.html`);
      await page.waitForFunction(() => window.loads.length === 3, null, { timeout: 15_000 });
      const state = await page.evaluate(() =>
        [...document.querySelectorAll('icn-principles, icn-badge, icn-signatories')].map((el) => ({
          tag: el.localName,
          server: [...el.shadowRoot.children].find((c) => c.localName !== 'style')?.hasAttribute('data-server'),
          text: [...el.shadowRoot.childNodes].filter((n) => (n.nodeType === 1 && n.localName !== 'style') || n.nodeType === 3).map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim(),
          height: el.getBoundingClientRect().height,
        })),
      );
      await page.close();
      assert.deepEqual(messages, []);
      for (const el of state) {
        assert.equal(el.server, kept, `${el.tag}: server nodes ${kept ? 'kept' : 'replaced'}`);
        assert.ok(el.height > 10, `${el.tag} is ${el.height} px tall`);
      }
      assert.ok(state[1].text.startsWith('ENCC is a signatory of'));
      assert.ok(state[2].text.includes('European Network of Cultural Centres'));
    });
  }
});

describe('every entry imports on Node', () => {
  // The package by its own name: its exports resolve as in an app's server, with the `node` condition.
  const entries = ['icn-widgets', 'icn-widgets/define', 'icn-widgets/principles', 'icn-widgets/badge', 'icn-widgets/signatories', 'icn-widgets/react', 'icn-widgets/vue', 'icn-widgets/icn-widgets.js', 'icn-widgets/ssr'];
  for (const entry of entries) {
    it(entry, async () => {
      await import(entry);
    });
  }

  it('icn-widgets/icn-widgets.js is the npm entry there, whose classes the server renders', async () => {
    const bundle = await import('icn-widgets/icn-widgets.js');
    const define = await import('icn-widgets/define');
    assert.equal(bundle.IcnBadge, define.IcnBadge);
    assert.equal(customElements.get('icn-badge'), define.IcnBadge);
  });
});
