/**
 * The built bundle on hostile and unusual host pages: Bootstrap plus hostile CSS, right to
 * left, each supported language, a strict Content-Security-Policy, and the bundle loaded twice
 * and beside another build.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axe, bootstrapCss, hostPage, open, statement, suiteEnvironment } from './harness.mjs';

const WIDGETS = `
  <h1>A member's page</h1>
  <section><icn-principles collapsed></icn-principles></section>
  <ul class="footer"><li><icn-badge network="ENCC"></icn-badge></li></ul>
  <div><icn-signatories filter limit="4" highlight="CAE"></icn-signatories></div>`;

const HOSTILE = `
  li { list-style: square !important; display: inline !important; margin: 2em !important; padding: 0 !important;
       text-transform: uppercase !important; letter-spacing: 0.3em !important; line-height: 1 !important; text-align: right !important; }
  ul, ol { list-style: none !important; padding: 0 !important; margin: 0 !important; }
  a { color: red !important; text-decoration: none !important; display: block !important; pointer-events: none !important; }
  button { display: none !important; visibility: hidden !important; opacity: 0 !important; }
  h1, h2, h3, h4, h5, h6 { font-size: 4rem !important; text-transform: uppercase !important; }
  body { text-transform: uppercase !important; letter-spacing: 0.2em !important; word-spacing: 1em !important;
         text-align: center !important; white-space: nowrap !important; text-indent: 5em !important; font-style: italic !important; }`;

/** The look of each widget's inner pieces: what hostile CSS must not change. */
async function looks(page) {
  return page.evaluate(() => {
    const props = ['display', 'visibility', 'opacity', 'listStyleType', 'textTransform', 'letterSpacing', 'wordSpacing', 'textAlign', 'textIndent', 'whiteSpace', 'textDecorationLine', 'pointerEvents', 'fontStyle', 'borderTopStyle', 'paddingInlineStart'];
    const out = {};
    for (const host of document.querySelectorAll('icn-principles, icn-badge, icn-signatories')) {
      [...host.shadowRoot.querySelectorAll('[part], a, button, input, li, p')].forEach((el, i) => {
        const style = getComputedStyle(el);
        out[`${host.localName} ${i} ${el.localName}.${el.className}`] = Object.fromEntries(props.map((p) => [p, style[p]]));
      });
    }
    return out;
  });
}

/** Every control: visible, at least 24 px, not covered. */
async function controls(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('icn-principles, icn-badge, icn-signatories')].flatMap((host) =>
      [...host.shadowRoot.querySelectorAll('a, button, input')].map((el) => {
        const r = el.getBoundingClientRect();
        return { what: `${host.localName} ${el.localName}`, visible: el.checkVisibility({ opacityProperty: true, visibilityProperty: true }), big: r.width >= 24 && r.height >= 24 };
      }),
    ),
  );
}

describe('host pages', () => {
  const env = suiteEnvironment();

  it('Bootstrap 5 and hostile CSS change neither the look nor the controls', async () => {
    env.servers.page('/plain.html', hostPage(WIDGETS));
    env.servers.page('/hostile.html', hostPage(WIDGETS, { head: `<style>${bootstrapCss}</style><style>${HOSTILE}</style>` }));
    const context = await env.browser.newContext({ viewport: { width: 1200, height: 900 } });
    const plain = await open(context, `${env.servers.a}/plain.html`);
    const hostile = await open(context, `${env.servers.a}/hostile.html`);
    // The hostile rules do reach the host page.
    assert.equal(await hostile.evaluate(() => getComputedStyle(document.body).textTransform), 'uppercase');
    assert.deepEqual(await looks(hostile), await looks(plain));
    const all = await controls(hostile);
    assert.equal(all.length, 4, "the four controls: reveal, badge link, filter field, reveal");
    assert.deepEqual(all.filter((c) => !c.visible || !c.big), [], 'every control visible and at least 24 px');
    assert.deepEqual([...plain.errors, ...hostile.errors], []);
    await context.close();
  });

  it('a right-to-left page mirrors the layout', async () => {
    env.servers.page('/rtl.html', hostPage(`<main>${WIDGETS.replace('collapsed', '')}</main>`, { lang: 'he', dir: 'rtl' }));
    const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await open(context, `${env.servers.a}/rtl.html`);
    const layout = await page.evaluate(() => {
      const card = document.querySelector('icn-principles').shadowRoot;
      const list = document.querySelector('icn-signatories').shadowRoot;
      const ol = getComputedStyle(card.querySelector('ol'));
      const label = list.querySelector('label').getBoundingClientRect();
      const input = list.querySelector('input').getBoundingClientRect();
      return {
        direction: ol.direction,
        padRight: parseFloat(ol.paddingRight),
        padLeft: parseFloat(ol.paddingLeft),
        labelRightOfInput: label.left > input.left,
        current: (({ borderRightWidth, borderLeftWidth }) => ({ right: borderRightWidth, left: borderLeftWidth }))(getComputedStyle(list.querySelector('[aria-current]'))),
        overflow: document.scrollingElement.scrollWidth > innerWidth,
        lang: card.querySelector('[part~="title"]').getAttribute('lang'),
      };
    });
    assert.equal(layout.direction, 'rtl');
    assert.ok(layout.padRight > 0 && layout.padLeft === 0, 'list markers on the right');
    assert.ok(layout.labelRightOfInput, 'the label reads first, on the right');
    assert.deepEqual(layout.current, { right: '4px', left: '1px' }, 'the highlight bar is on the start (right) side');
    assert.equal(layout.overflow, false, 'no horizontal scroll');
    assert.equal(layout.lang, 'en', 'the English statement is marked as English');
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(page.errors, []);
    await context.close();
  });

  const words = {
    en: ['Show all 8 principles', 'Filter signatories', 'Show all 19 signatories', 'ENCC is a signatory of'],
    fr: ['Afficher les 8 principes', 'Filtrer les signataires', 'Afficher les 19 signataires', 'ENCC est signataire de'],
    de: ['Alle 8 Grundsätze anzeigen', 'Unterzeichner filtern', 'Alle 19 Unterzeichner anzeigen', 'ENCC hat unterzeichnet:'],
    es: ['Mostrar los 8 principios', 'Filtrar firmantes', 'Mostrar los 19 firmantes', 'ENCC es firmante de'],
    it: ['Mostra tutti e 8 i principi', 'Filtra i firmatari', 'Mostra tutti e 19 i firmatari', 'ENCC è firmatario di'],
    nl: ['Alle 8 principes tonen', 'Ondertekenaars filteren', 'Alle 19 ondertekenaars tonen', 'ENCC heeft'],
    pt: ['Mostrar os 8 princípios', 'Filtrar signatários', 'Mostrar os 19 signatários', 'ENCC subscreveu'],
    pl: ['Pokaż wszystkie 8 zasad', 'Filtruj sygnatariuszy', 'Pokaż wszystkich 19 sygnatariuszy', 'ENCC jest sygnatariuszem:'],
    'fr-CA': ['Afficher les 8 principes', 'Filtrer les signataires', 'Afficher les 19 signataires', 'ENCC est signataire de'],
  };
  for (const [lang, [showAll, filter, reveal, badge]] of Object.entries(words)) {
    it(`a page in ${lang} gets the elements' words in ${lang}`, async () => {
      env.servers.page(`/lang-${lang}.html`, hostPage(`<main>${WIDGETS}</main>`, { lang }));
      const context = await env.browser.newContext();
      const page = await open(context, `${env.servers.a}/lang-${lang}.html`);
      const seen = await page.evaluate(() => {
        const root = (tag) => document.querySelector(tag).shadowRoot;
        return {
          showAll: root('icn-principles').querySelector('button').textContent.trim(),
          filter: root('icn-signatories').querySelector('label').textContent.trim(),
          reveal: root('icn-signatories').querySelector('button').textContent.trim(),
          badge: root('icn-badge').querySelector('a').textContent.replace(/\s+/g, ' ').trim(),
          buttonLang: root('icn-principles').querySelector('button').getAttribute('lang'),
          contentLang: root('icn-principles').querySelector('ol').getAttribute('lang'),
        };
      });
      assert.equal(seen.showAll, showAll);
      assert.equal(seen.filter, filter);
      assert.equal(seen.reveal, reveal);
      assert.ok(seen.badge.startsWith(badge), seen.badge);
      // The untranslated title in the UI language's quotation marks (English: none, the title is English).
      const t = statement.title;
      const ending = { en: t, fr: `« ${t} »`, de: `„${t}“`, es: `«${t}»`, it: `«${t}»`, nl: `“${t}” ondertekend`, pt: `«${t}»`, pl: `„${t}”`, 'fr-CA': `« ${t} »` };
      assert.ok(seen.badge.endsWith(ending[lang]), seen.badge);
      assert.equal(seen.buttonLang, lang.split('-')[0], 'the words are marked with the language they are in');
      assert.equal(seen.contentLang, 'en');
      assert.deepEqual(await axe(page), []);
      await context.close();
    });
  }

  it('a strict Content-Security-Policy page renders with no violation', async () => {
    const csp = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
    env.servers.page('/csp.html', hostPage(`<main>${WIDGETS}<icn-principles id="remote" src="/api/statement.json"></icn-principles></main>`), { 'content-security-policy': csp });
    const context = await env.browser.newContext();
    const page = await open(context, `${env.servers.a}/csp.html`);
    const events = await page.events();
    assert.deepEqual(events.filter((e) => e.type === 'icn-error'), []);
    assert.equal(events.find((e) => e.id === 'remote' && e.type === 'icn-load').detail.source, 'remote');
    // Interact: expand and filter, which re-render through Lit's templates.
    await page.locator('icn-principles >> button').first().click();
    await page.locator('icn-signatories >> input').fill('réseau');
    assert.equal(await page.locator('icn-signatories >> [part="list"]:not([inert]) > [part="signatory"]').count(), 1);
    assert.equal(await page.locator('icn-principles >> [part="principle"]').first().isVisible(), true);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(page.errors, []);
    assert.equal(await page.evaluate(() => typeof window.trustedTypes), 'object');
    await context.close();
  });

  it('the bundle loaded twice, and beside another build: nothing thrown, the first definition wins', async () => {
    env.servers.page('/twice.html', hostPage(WIDGETS, { scripts: ['/other-build/icn-widgets.js', '/dist/icn-widgets.js', '/copy/icn-widgets.js'] }));
    const context = await env.browser.newContext();
    const page = await open(context, `${env.servers.a}/twice.html`);
    const badge = await page.locator('icn-badge').evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim());
    assert.equal(badge, `ENCC OTHER BUILD signed ${statement.title}`);
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    assert.deepEqual(loaded.filter((p) => p.endsWith('.js')).sort(), ['/copy/icn-widgets.js', '/dist/icn-widgets.js', '/other-build/icn-widgets.js']);
    assert.deepEqual(page.errors, []);
    await context.close();
  });
});
