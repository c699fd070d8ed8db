/**
 * Hostile data, in a real browser, on a member's page: every kind of 5 MB statement an attacker
 * controlling the JSON can send, a gzip bomb, an endless chunked body and a forged embed. The
 * page stays responsive (no task over 250 ms, JS heap under 200 MB), the element shows the
 * embedded statement and fires `icn-error` with the right reason; the largest valid statement
 * renders one chunk a frame. Tasks are measured with a `longtask` PerformanceObserver, the heap
 * with CDP `Runtime.getHeapUsage` sampled while the data loads.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hostileBody, hostPage, open, statement, suiteEnvironment } from './harness.mjs';

/** The longest a task may take, and the most JS heap the page may use. */
const MAX_TASK_MS = 250;
const MAX_HEAP_MB = 200;

/** Records every long task from the start of the page. */
const observeLongTasks = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({
    type: 'longtask',
    buffered: true,
  });
};

/**
 * Opens `url` in a fresh context, samples the JS heap every 20 ms until every widget has fired
 * icn-load (and `settle` ms more), and returns the page, its events, the worst task and the peak heap.
 */
async function measure(env, url, { settle = 1000, until } = {}) {
  const context = await env.browser.newContext();
  await context.addInitScript(observeLongTasks);
  let peak = 0;
  let sampling = true;
  let sampler;
  const page = await open(context, url, {
    beforeGoto: async (page) => {
      const cdp = await context.newCDPSession(page);
      sampler = (async () => {
        while (sampling) {
          peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }))).usedSize);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
    },
  });
  if (until) await page.waitForFunction(until, undefined, { timeout: 60_000 });
  await page.waitForTimeout(settle);
  sampling = false;
  await sampler;
  const tasks = await page.evaluate(() => window.__longTasks);
  return { context, page, events: await page.events(), worstTask: Math.max(0, ...tasks), heapMb: Math.round(peak / 1024 / 1024), tasks };
}

/** Figures, printed for the report. */
const figures = [];
const note = (what, { worstTask, heapMb }) => {
  figures.push(`${what}: worst task ${worstTask} ms, peak JS heap ${heapMb} MB`);
  console.log(`# ${what}: worst task ${worstTask} ms, peak JS heap ${heapMb} MB`);
};

describe('hostile data on a member\'s page', () => {
  const env = suiteEnvironment();

  // Each payload, the element it is given to, the reason, and what the message says.
  const cases = [
    ['principles', 'icn-principles', 'schema', /principles has 1,200,000 items; at most 100 are allowed/],
    ['intro', 'icn-principles', 'schema', /intro has 1,200,000 items; at most 50 are allowed/],
    ['signatories', 'icn-signatories filter highlight="zz"', 'schema', /it holds more than 25,000 objects and lists/],
    // Refused before parsing: parsing 1,700,000 objects alone blocks the page for about 0.5 s.
    ['empty-signatories', 'icn-signatories', 'schema', /it holds more than 25,000 objects and lists, far more than a statement has/],
    ['combining-name', 'icn-signatories highlight="long"', 'schema', /signatories\[0\]\.name has 1,800,001 characters; at most 300 are allowed/],
    ['long-text', 'icn-principles', 'schema', /principles\[0\] has 4,900,000 characters; at most 5,000 are allowed/],
    ['translations', 'icn-principles lang="fr"', 'schema', /it holds more than 25,000 objects and lists/],
    ['nesting', 'icn-badge network="ENCC"', 'schema', /it holds more than 25,000 objects and lists/],
    ['keys', 'icn-principles', 'schema', /it holds more than 200,000 fields/],
  ];
  for (const [kind, element, reason, message] of cases) {
    it(`a 5 MB statement of ${kind}: the embedded statement, icn-error "${reason}", no long task, a small heap`, { timeout: 90_000 }, async () => {
      const size = hostileBody(kind).length;
      assert.ok(size <= 5 * 1024 * 1024 && size > (kind === 'nesting' ? 1e6 : 3.5e6), `${kind} is a real payload (${size} bytes)`);
      const tag = element.split(' ')[0];
      env.servers.page(`/hostile-${kind}.html`, hostPage(`<main><${element} src="/api/hostile/${kind}"></${tag}></main>`));
      const result = await measure(env, `${env.servers.a}/hostile-${kind}.html`);
      note(kind, result);
      const errors = result.events.filter((e) => e.type === 'icn-error').map((e) => e.detail);
      assert.deepEqual(errors.map((e) => e.reason), [reason]);
      assert.match(errors[0].message, message);
      assert.ok(errors[0].message.length < 400, 'one problem, in one sentence');
      assert.deepEqual(result.events.filter((e) => e.type === 'icn-load').map((e) => e.detail.source), ['embedded']);
      const shown = await result.page.locator(tag).evaluate((el) => el.statement.title);
      assert.equal(shown, statement.title, 'the embedded statement is shown');
      assert.ok(result.worstTask <= MAX_TASK_MS, `worst task ${result.worstTask} ms (all: ${result.tasks.join(', ')})`);
      assert.ok(result.heapMb < MAX_HEAP_MB, `heap ${result.heapMb} MB`);
      assert.deepEqual(result.page.errors, []);
      await result.context.close();
    });
  }

  it('the largest valid statement (20,000 signatories, 4.9 MB) renders a chunk a frame, highlight and filter included', { timeout: 120_000 }, async () => {
    assert.ok(hostileBody('largest-valid').length > 4.5e6);
    env.servers.page(
      '/hostile-largest.html',
      hostPage('<main><icn-signatories filter highlight="network-19999" src="/api/hostile/largest-valid"></icn-signatories><icn-principles src="/api/hostile/largest-valid"></icn-principles></main>'),
    );
    const result = await measure(env, `${env.servers.a}/hostile-largest.html`, {
      settle: 500,
      until: () => document.querySelector('icn-signatories').shadowRoot.querySelectorAll('[part="signatory"]').length === 20_000,
    });
    const { page } = result;
    assert.deepEqual(result.events.filter((e) => e.type === 'icn-error'), []);
    assert.equal(await page.locator('icn-signatories').evaluate((el) => el.shadowRoot.querySelector('[aria-current="true"]').textContent.includes('Test network 19999')), true);
    // A keystroke over 20,000 signatories.
    await page.locator('icn-signatories').evaluate(() => (window.__longTasks.length = 0));
    await page.locator('icn-signatories input').pressSequentially('network 1999', { delay: 30 });
    await page.waitForFunction(() => document.querySelector('icn-signatories').shadowRoot.querySelectorAll('#matches [part="signatory"]').length === 11);
    await page.waitForTimeout(300);
    const typing = Math.max(0, ...(await page.evaluate(() => window.__longTasks)));
    note('largest valid (20,000 signatories)', result);
    console.log(`# typing over 20,000 signatories: worst task ${typing} ms`);
    assert.ok(result.worstTask <= MAX_TASK_MS, `worst task ${result.worstTask} ms (all: ${result.tasks.join(', ')})`);
    assert.ok(typing <= MAX_TASK_MS, `worst task while typing ${typing} ms`);
    assert.ok(result.heapMb < MAX_HEAP_MB, `heap ${result.heapMb} MB`);
    assert.deepEqual(page.errors, []);
    await result.context.close();
  });

  const bodies = [
    ['a gzip bomb (128 MB of spaces in 128 kB)', '/api/gzip-bomb'],
    ['a chunked body with no length and no end', '/api/endless'],
  ];
  for (const [what, path] of bodies) {
    it(`${what}: read up to 5 MB and no further, icn-error "parse"`, { timeout: 60_000 }, async () => {
      const name = path.split('/').pop();
      env.servers.page(`/hostile-${name}.html`, hostPage(`<main><icn-principles src="${path}"></icn-principles></main>`));
      const started = Date.now();
      const result = await measure(env, `${env.servers.a}/hostile-${name}.html`, { settle: 300 });
      note(what, result);
      const errors = result.events.filter((e) => e.type === 'icn-error').map((e) => e.detail);
      assert.deepEqual(errors.map((e) => e.reason), ['parse']);
      assert.match(errors[0].message, /larger than the 5 MB a statement may be, so it was not read to the end/);
      assert.ok(Date.now() - started < 10_000, 'refused before the 10 s timeout');
      assert.ok(result.heapMb < MAX_HEAP_MB, `heap ${result.heapMb} MB`);
      assert.ok(result.worstTask <= MAX_TASK_MS, `worst task ${result.worstTask} ms`);
      await result.context.close();
    });
  }

  it('icn-error\'s message repeats neither the status text nor the body of the answer', { timeout: 30_000 }, async () => {
    env.servers.page('/hostile-words.html', hostPage('<main><icn-principles id="a" src="/api/server-error"></icn-principles><icn-principles id="b" src="/api/login"></icn-principles></main>'));
    const context = await env.browser.newContext();
    const page = await open(context, `${env.servers.a}/hostile-words.html`);
    const messages = (await page.events()).filter((e) => e.type === 'icn-error').map((e) => e.detail.message);
    assert.equal(messages.length, 2);
    for (const m of messages) assert.doesNotMatch(m, /Internal|Log in|doctype|<title>/);
    await context.close();
  });
});

describe('the embed page shows the coalition\'s data only', () => {
  const env = suiteEnvironment();

  const forged = [
    ['a badge for "EvilCorp" with the attacker\'s data', 'element=badge&network=EvilCorp', 'icn-badge'],
    ['a principles card with the attacker\'s text', 'element=principles', 'icn-principles'],
  ];
  for (const [what, query, tag] of forged) {
    it(`ignores a src on another origin: ${what}`, { timeout: 30_000 }, async () => {
      const { a, b } = env.servers;
      const attacker = `${b}/api/cors/statement.json`;
      const context = await env.browser.newContext();
      const warnings = [];
      const started = env.servers.requests.length;
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      await page.goto(`${a}/dist/embed.html?${query}&src=${encodeURIComponent(attacker)}`);
      await page.waitForFunction((t) => document.querySelector(t)?.statement, tag);
      await page.waitForTimeout(300);
      assert.equal(await page.locator(tag).getAttribute('src'), null, 'no src set');
      assert.equal(await page.locator(tag).evaluate((el) => el.statement.title), statement.title, 'the coalition\'s statement');
      const text = await page.locator(tag).evaluate((el) => el.shadowRoot.textContent);
      assert.doesNotMatch(text, /EvilCorp is a signatory|TEST DATA/);
      assert.ok(warnings.some((w) => /src .* is neither on this site nor among the sources allowed .*ICN_ALLOWED_SOURCES/.test(w)), warnings.join('\n'));
      const asked = env.servers.requests.slice(started).filter((r) => r.origin === 'b');
      assert.deepEqual(asked, [], 'nothing is asked of the other origin');
      await context.close();
    });
  }

  it('takes a src on its own origin', { timeout: 30_000 }, async () => {
    const { a } = env.servers;
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${a}/dist/embed.html?element=principles&src=${encodeURIComponent(`${a}/api/statement.json`)}`);
    await page.waitForFunction(() => document.querySelector('icn-principles')?.statement?.title.startsWith('TEST DATA'));
    assert.equal(await page.locator('icn-principles').getAttribute('src'), `${a}/api/statement.json`);
    await context.close();
  });

  it('has a Content-Security-Policy whose connect-src is its own origin: the browser refuses any other', { timeout: 30_000 }, async () => {
    const { a, b } = env.servers;
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const violations = [];
    page.on('console', (m) => /Content Security Policy/.test(m.text()) && violations.push(m.text()));
    await page.goto(`${a}/dist/embed.html?element=badge&network=ENCC`);
    await page.waitForFunction(() => document.querySelector('icn-badge')?.statement);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(policy, /(^|; )connect-src 'self'(;|$)/);
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /script-src 'self'(;|$)/);
    // The page itself runs within it: no violation while it shows the badge.
    assert.deepEqual(violations, []);
    const refused = await page.evaluate((url) => fetch(url).then(() => 'fetched', () => 'refused'), `${b}/api/cors/statement.json`);
    assert.equal(refused, 'refused');
    const sameOrigin = await page.evaluate((url) => fetch(url).then((r) => r.status), `${a}/api/statement.json`);
    assert.equal(sameOrigin, 200);
    await context.close();
  });
});
