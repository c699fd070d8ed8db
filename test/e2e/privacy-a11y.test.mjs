/**
 * On real pages: no cookie, no storage, no request beyond the bundle and `src`; and axe-core
 * finds nothing in any state (loading, loaded, fallback, filtered, expanded), in both themes
 * and in forced colours, with every control reachable by Tab and its focus ring visible.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axe, hostPage, open, suiteEnvironment } from './harness.mjs';

const page = (theme = '', src = '') => `<main><h1>A member's page</h1>
  <icn-principles collapsed ${theme} ${src}></icn-principles>
  <p>Signed by <icn-badge network="ENCC" ${theme} ${src}></icn-badge></p>
  <icn-signatories filter limit="4" highlight="ENCC" ${theme} ${src}></icn-signatories></main>`;

/** Tabs through the page; returns each control focused in the widgets, with its focus ring. */
async function tabThrough(p) {
  const seen = [];
  await p.evaluate(() => document.activeElement?.blur());
  for (let i = 0; i < 30; i += 1) {
    await p.keyboard.press('Tab');
    const focused = await p.evaluate(() => {
      let el = document.activeElement;
      if (!el || el === document.body) return null;
      while (el.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const s = getComputedStyle(el);
      const host = el.getRootNode().host?.localName ?? null;
      return { host, tag: el.localName, outline: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
    });
    if (!focused) break;
    seen.push(focused);
  }
  return seen;
}

describe('privacy and accessibility on real pages', () => {
  const env = suiteEnvironment();

  it('sets no cookie, writes no storage and requests nothing beyond the bundle and src', async () => {
    env.servers.page('/privacy.html', hostPage(page('', 'src="/api/statement.json"')));
    const context = await env.browser.newContext();
    const requests = [];
    context.on('request', (r) => requests.push(`${r.resourceType()} ${new URL(r.url()).pathname}`));
    const p = await open(context, `${env.servers.a}/privacy.html`);
    await p.locator('icn-principles >> button').click();
    await p.locator('icn-signatories >> input').fill('test');
    const stored = await p.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    assert.deepEqual(stored, { cookie: '', local: 0, session: 0, databases: 0, caches: 0 });
    assert.deepEqual(await context.cookies(), []);
    // The page, the bundle, the chunk it imports for src, and the one src (once for three
    // elements): no font, no third party.
    assert.deepEqual(
      requests.sort().map((r) => r.replace(/loader-[0-9a-f]{12}\.js$/, 'loader-HASH.js')),
      ['document /privacy.html', 'fetch /api/statement.json', 'script /dist/chunks/loader-HASH.js', 'script /dist/icn-widgets.js'],
    );
    await context.close();
  });

  const states = {
    loading: { src: 'src="/api/slow"', ready: false },
    loaded: { src: 'src="/api/statement.json"' },
    fallback: { src: 'src="/api/not-found"' },
    embedded: { src: '' },
  };
  for (const theme of ['', 'theme="light"', 'theme="dark"']) {
    for (const [state, { src, ready = true }] of Object.entries(states)) {
      it(`axe finds nothing: ${state}, ${theme || 'no theme'}, then filtered and expanded`, async () => {
        const path = env.servers.page(`/a11y-${state}-${theme.replace(/\W/g, '')}.html`, hostPage(page(theme, src)));
        const context = await env.browser.newContext();
        const p = ready ? await open(context, `${env.servers.a}${path}`) : await open(context, `${env.servers.a}${path}`, { expectLoads: 0 });
        if (!ready) assert.equal(await p.locator('icn-principles >> [aria-busy="true"]').count(), 1, 'still loading');
        assert.deepEqual(await axe(p), [], 'as loaded');
        if (!ready) return context.close();
        await p.locator('icn-signatories >> input').fill('european');
        await p.locator('icn-principles >> button').click();
        assert.equal(await p.locator('icn-principles >> button').getAttribute('aria-expanded'), 'true');
        assert.deepEqual(await axe(p), [], 'filtered and expanded');
        await context.close();
      });
    }
  }

  for (const forced of [false, true]) {
    it(`every control is reachable by Tab with a visible focus ring${forced ? ', in forced colours' : ''}`, async () => {
      env.servers.page('/keyboard.html', hostPage(page('theme="light"')));
      const context = await env.browser.newContext();
      const p = await open(context, `${env.servers.a}/keyboard.html`);
      if (forced) await p.emulateMedia({ forcedColors: 'active' });
      const seen = await tabThrough(p);
      assert.deepEqual(
        seen.map((s) => `${s.host} ${s.tag}`),
        ['icn-principles button', 'icn-badge a', 'icn-signatories input', 'icn-signatories button'],
      );
      for (const s of seen) {
        assert.notEqual(s.outline, 'none', `${s.host} ${s.tag} has a focus ring`);
        assert.ok(s.width >= 2, `${s.host} ${s.tag} ring is at least 2 px`);
        assert.notEqual(s.color, 'rgba(0, 0, 0, 0)');
      }
      if (forced) {
        // Every control keeps a visible edge: a border in a system colour on buttons, the field
        // and the badge, an underline on text links.
        const edges = await p.evaluate(() =>
          [...document.querySelectorAll('icn-principles, icn-badge, icn-signatories')].flatMap((h) =>
            [...h.shadowRoot.querySelectorAll('button, input, a')].map((el) => {
              const s = getComputedStyle(el);
              const bordered = el.matches('button, input, .badge');
              const edge = bordered
                ? ['Top', 'Right', 'Bottom', 'Left'].every((side) => s[`border${side}Style`] !== 'none' && parseFloat(s[`border${side}Width`]) >= 1 && s[`border${side}Color`] !== s.backgroundColor)
                : s.textDecorationLine.includes('underline');
              return `${h.localName} ${el.localName}${el.className ? `.${el.className.split(' ')[0]}` : ''}: ${edge ? 'edge' : 'no edge'}`;
            }),
          ),
        );
        assert.ok(edges.some((e) => e.startsWith('icn-badge a.badge')), 'the badge is checked');
        assert.deepEqual(edges.filter((e) => e.endsWith('no edge')), [], 'every control keeps a visible edge');
        assert.deepEqual(await axe(p), []);
      }
      await context.close();
    });
  }
});
