/**
 * The space a script snippet reserves holds where snippets land: each element's snippet, from
 * the builder, pasted into a page with content below it, at a 390 px phone, 768 px and 1280 px. The
 * bundle is held back so the page is painted before the element upgrades; then the content
 * below must not move, and the cumulative layout shift stays under 0.01.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { suiteEnvironment } from './harness.mjs';

const env = suiteEnvironment();

/** The element, and the options set in the builder (by control id, without `opt-`). */
const CASES = [
  { name: 'badge', element: 'badge', options: { network: 'ENCC' } },
  { name: 'large badge', element: 'badge', options: { network: 'RANN', size: 'large' } },
  { name: 'principles card', element: 'principles', options: {} },
  { name: 'collapsed principles card', element: 'principles', options: { collapsed: true } },
  { name: 'signatory list', element: 'signatories', options: {} },
  { name: 'signatory list, 6 at first, with a search field', element: 'signatories', options: { limit: '6', filter: true } },
];
const VIEWPORTS = [
  { width: 390, height: 844 },
  // Between the two: a tablet.
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

/** The builder's script snippet for a case. */
async function scriptSnippet(page, { element, options }) {
  const builder = page.locator('icn-embed-builder');
  await builder.locator('#channel-html').check();
  await builder.locator(`input[name="element"][value="${element}"]`).check();
  for (const [name, value] of Object.entries(options)) {
    const control = builder.locator(`#opt-${name}`);
    if (value === true) await control.check();
    else if ((await control.evaluate((c) => c.localName)) === 'select') await control.selectOption(value);
    else await control.fill(value);
  }
  const area = builder.locator('#snippet-script');
  const expected = Object.keys(options);
  await page.waitForFunction(
    ({ expected }) => {
      const value = document.querySelector('icn-embed-builder').shadowRoot.querySelector('#snippet-script')?.value ?? '';
      return value.includes('<style>') && expected.every((name) => value.includes(` ${name}`));
    },
    { expected },
    { timeout: 20_000 },
  );
  return area.inputValue();
}

/** A member's page: a title, the snippet, and enough text below it to fill the screen. */
const hostPage = (snippet) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Member page</title></head>
<body><main><h1>Our network</h1>
${snippet}
<div id="below">${'<p>Text below the element. Members write about their work here; it must not jump when the element appears.</p>'.repeat(30)}</div>
</main>
<script>
  window.__cls = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  const place = () => document.getElementById('below').getBoundingClientRect().top + scrollY;
  requestAnimationFrame(() => requestAnimationFrame(() => { window.__before = { below: place(), defined: !!customElements.get('icn-badge') }; }));
  window.__place = place;
</script></body></html>`;

describe('layout shift of the script snippets', () => {
  it('the content below stays put and CLS < 0.01 at 390, 768 and 1280 px, for every element', async () => {
    const { servers, browser } = env;
    const builderPage = await browser.newPage();
    await builderPage.goto(`${servers.a}/dist/index.html`);
    const results = [];
    for (const c of CASES) {
      const snippet = await scriptSnippet(builderPage, c);
      await builderPage.reload();
      const path = servers.page(`/cls-${c.name.replace(/\W+/g, '-')}.html`, hostPage(snippet));
      for (const viewport of VIEWPORTS) {
        const context = await browser.newContext({ viewport });
        // Hold the bundle back until the page has been painted without it.
        await context.route(/icn-widgets-[\d.]+\.js$/, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 700));
          await route.continue();
        });
        const page = await context.newPage();
        await page.addInitScript(() => {
          window.__loaded = 0;
          document.addEventListener('icn-load', () => window.__loaded++, true);
        });
        await page.goto(`${servers.a}${path}`);
        await page.waitForFunction(() => window.__loaded > 0, null, { timeout: 20_000 });
        const result = await page.evaluate(
          () =>
            new Promise((resolve) =>
              requestAnimationFrame(() => requestAnimationFrame(() => resolve({ before: window.__before, after: window.__place(), cls: window.__cls }))),
            ),
        );
        await context.close();
        assert.ok(result.before, 'the page was painted before the bundle ran');
        assert.equal(result.before.defined, false, 'measured before the element was defined');
        const moved = Math.abs(result.after - result.before.below);
        results.push(`${c.name} at ${viewport.width}: CLS ${result.cls.toFixed(4)}, content below moved ${moved.toFixed(2)} px`);
        assert.ok(moved < 1, `${c.name} at ${viewport.width} px: the content below moved ${moved} px`);
        assert.ok(result.cls < 0.01, `${c.name} at ${viewport.width} px: CLS ${result.cls}`);
      }
    }
    console.log(results.join('\n'));
    await builderPage.close();
  });
});
