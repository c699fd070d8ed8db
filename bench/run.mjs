#!/usr/bin/env node
/**
 * `npm run bench`: the widgets beside the same content as plain static HTML, in Debian's
 * Chromium driven by playwright-core, on host pages served here (127.0.0.1, a random port).
 * Prints a Markdown table (figure | widgets | static | ratio) and writes bench/results.json
 * with every raw run. It only measures: it never fails on a figure, and exits 0 unless
 * something crashed.
 *
 *   node bench/run.mjs [--runs N] [--sizes 19,1000,5000,20000]
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../test/chromium.mjs';
import { measureFloor } from './floor.mjs';
import { staticListPage, staticPage, testStatement, widgetListPage, widgetsPage } from './pages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (file) => join(root, 'dist', file);

// ---------------------------------------------------------------------------------------------
// Options

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const value = process.argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value`);
  return value;
}
const RUNS = Number.parseInt(option('runs', '5'), 10);
if (!(RUNS >= 1 && RUNS <= 50)) throw new Error('--runs must be between 1 and 50');
const SIZES = option('sizes', '19,1000,5000,20000')
  .split(',')
  .map((s) => Number.parseInt(s, 10))
  .filter((n) => n > 0);

/** Every wait on a page is capped at this, from navigation start; then "timeout" is reported. */
const CAP_MS = 30_000;
/** The remote endpoint of the CLS case answers after this. */
const SLOW_MS = 600;
/** Time given to the page after everything is ready, for late shifts and long tasks. */
const SETTLE_EMBEDDED_MS = 1_000;
const SETTLE_REMOTE_MS = 1_500;
const SETTLE_LIST_MS = 500;
/** 12 keystrokes in the filter field: type "network 1", then Backspace 3 times. */
const KEYS = [...'network 1'].concat(['Backspace', 'Backspace', 'Backspace']);
/** A hard stop for the whole bench, whatever happens. */
const HARD_CAP_MS = 120_000 + RUNS * (60_000 + SIZES.length * 45_000);

// ---------------------------------------------------------------------------------------------
// Data and server

// Read once, so a concurrent rebuild of dist/ cannot change the bytes mid-bench.
const bundleBytes = readFileSync(dist('icn-widgets.js'));
/** The chunks the bundle imports (for `src`, the loader; for a language, its words), by their path under /dist/. */
const chunks = new Map(
  readdirSync(dist('chunks'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = `${entry.parentPath}/${entry.name}`.slice(dist('chunks').length + 1);
      return [`/dist/chunks/${path}`, readFileSync(dist(`chunks/${path}`))];
    }),
);
const statement = JSON.parse(readFileSync(dist('statement.json'), 'utf8'));
const BUNDLE_PATH = '/dist/icn-widgets.js';
/** The French catalogue's path, as the bundle imports it. */
const FRENCH = [...chunks.keys()].find((path) => /\/messages-[0-9a-f]+\/fr\.js$/.test(path));

const lists = new Map(); // size -> statement JSON string
for (const n of SIZES) lists.set(n, JSON.stringify(n === statement.signatories.length ? statement : testStatement(statement, n)));
const listStatement = (n) => JSON.parse(lists.get(n));

const VIEWPORT = { width: 1280, height: 800 };
const pages = new Map();
pages.set('/widgets.html', widgetsPage({ bundlePath: BUNDLE_PATH }));
pages.set('/widgets-remote.html', widgetsPage({ bundlePath: BUNDLE_PATH, src: '/api/slow.json' }));
pages.set('/static.html', staticPage(statement));
for (const n of SIZES) {
  pages.set(`/list-widget-${n}.html`, widgetListPage({ bundlePath: BUNDLE_PATH, src: `/api/list-${n}.json` }));
  pages.set(`/list-static-${n}.html`, staticListPage(listStatement(n)));
}

const pendingTimers = new Set();
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const send = (status, type, body) => {
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
    res.end(body);
  };
  if (path === BUNDLE_PATH) return send(200, 'text/javascript; charset=utf-8', bundleBytes);
  if (chunks.has(path)) return send(200, 'text/javascript; charset=utf-8', chunks.get(path));
  if (path === '/api/slow.json') {
    const timer = setTimeout(() => {
      pendingTimers.delete(timer);
      send(200, 'application/json', JSON.stringify(statement));
    }, SLOW_MS);
    pendingTimers.add(timer);
    return;
  }
  const list = /^\/api\/list-(\d+)\.json$/.exec(path);
  if (list && lists.has(Number(list[1]))) return send(200, 'application/json', lists.get(Number(list[1])));
  if (pages.has(path)) return send(200, 'text/html; charset=utf-8', pages.get(path));
  if (path === '/favicon.ico') return send(204, 'text/plain', '');
  send(404, 'text/plain', 'not found');
});

/** Lower case without accents or surrounding space, as the widget and the static filter fold text. */
const fold = (value) => String(value).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** How many items each query of KEYS shows: the widget matches acronym or name, the static page the item's text. */
function expectedCounts(n, widget) {
  const items = listStatement(n).signatories.map((s) => (widget ? [fold(s.name), s.acronym ? fold(s.acronym) : null] : [fold(s.acronym ? `${s.acronym} – ${s.name}` : s.name)]));
  let query = '';
  return KEYS.map((key) => {
    query = key === 'Backspace' ? query.slice(0, -1) : query + key;
    const q = fold(query);
    return q ? items.filter((keys) => keys.some((k) => k !== null && k.includes(q))).length : n;
  });
}

// ---------------------------------------------------------------------------------------------
// In-page instrumentation (an init script: it runs before any of the page's own scripts)

function instrument(cfg) {
  const B = (window.__bench = { loads: [], errors: [], longtasks: [], shifts: [], paints: {}, marks: {}, keys: [] });
  const afterFrame = (cb) => {
    // Called in a rAF callback: the message task runs once that frame's style, layout and paint are done.
    const ch = new MessageChannel();
    ch.port1.onmessage = () => cb(performance.now());
    ch.port2.postMessage(0);
  };
  const countItems = () => {
    if (cfg.widget) {
      const host = document.querySelector('icn-signatories');
      const ul = host && host.shadowRoot && host.shadowRoot.getElementById('list');
      return ul ? ul.childElementCount : 0;
    }
    const ul = document.getElementById('list');
    return ul ? ul.childElementCount : 0;
  };
  document.addEventListener(
    'icn-load',
    (e) => {
      B.loads.push({ t: performance.now(), tag: e.target.localName, source: e.detail && e.detail.source });
      if (B.list && B.list.atLoad === null) B.list.atLoad = countItems();
    },
    true,
  );
  document.addEventListener('icn-error', (e) => B.errors.push({ tag: e.target.localName, reason: e.detail && e.detail.reason, message: e.detail && e.detail.message }), true);
  document.addEventListener('DOMContentLoaded', () => (B.marks.dcl = performance.now()));
  addEventListener('load', () => (B.marks.load = performance.now()));
  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch (e) {
      B.errors.push({ tag: 'bench', reason: 'observer', message: `${type}: ${e}` });
    }
  };
  observe('longtask', (e) => B.longtasks.push({ start: e.startTime, duration: e.duration }));
  observe('layout-shift', (e) => B.shifts.push({ start: e.startTime, value: e.value, hadRecentInput: e.hadRecentInput }));
  observe('paint', (e) => (B.paints[e.name] = e.startTime));

  if (cfg.list) {
    // "First items visible" and "all items in the DOM": checked once per frame, timed at the end
    // of the frame that shows them. For the widget, only the remote list counts (before
    // icn-load the element shows the embedded statement, hidden, while it loads).
    const L = (B.list = { n: cfg.list, atLoad: null, first: null, all: null, count: 0, timeout: false });
    const tick = () => {
      if (performance.now() > cfg.cap) return void (L.timeout = true);
      if (!cfg.widget || B.loads.length > 0) {
        const c = (L.count = countItems());
        if (c > 0 && L.first === null) {
          L.first = -1;
          afterFrame((t) => (L.first = t));
        }
        if (c >= L.n) return void afterFrame((t) => (L.all = t));
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }
}

// ---------------------------------------------------------------------------------------------
// Measurements

let browser;
let origin;
const warnings = [];
const warn = (text) => {
  if (!warnings.includes(text)) warnings.push(text);
};

async function withPage(cfg, path, fn) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(instrument, { cap: CAP_MS, ...cfg });
    const page = await context.newPage();
    page.setDefaultTimeout(CAP_MS + 5_000);
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    await page.goto(origin + path, { waitUntil: 'commit', timeout: CAP_MS });
    const result = await fn(page);
    const events = await page.evaluate(() => ({ errors: window.__bench.errors, loads: window.__bench.loads }));
    for (const e of events.errors) warn(`${path}: icn-error on <${e.tag}> (${e.reason}): ${e.message}`);
    for (const p of problems) warn(`${path}: ${p}`);
    return { ...result, events };
  } finally {
    await context.close().catch(() => {});
  }
}

/** Waits until `fn(arg)` is true in the page, at most until CAP_MS after navigation; false on timeout. */
async function until(page, fn, arg, budget) {
  const left = budget ?? Math.max(100, CAP_MS - (await page.evaluate(() => performance.now())));
  try {
    await page.waitForFunction(fn, arg, { polling: 50, timeout: left });
    return true;
  } catch (error) {
    if (/Timeout/i.test(String(error))) return false;
    throw error;
  }
}

const sleepInPage = (page, ms) => page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), ms);

function longTaskFigures(tasks, untilMs = Infinity) {
  const during = tasks.filter((t) => t.start <= untilMs);
  return { count: during.length, longest: during.reduce((m, t) => Math.max(m, t.duration), 0) };
}

const cls = (shifts) => shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);

/** The page with the three elements (or its static twin): ready time, long tasks, CLS. */
async function loadPage(kind, path, settleMs) {
  return withPage({ widget: kind === 'widgets' }, path, async (page) => {
    const ok =
      kind === 'widgets'
        ? await until(page, () => window.__bench.loads.length >= 3)
        : await until(page, () => window.__bench.marks.load !== undefined);
    if (!ok) return { ready: 'timeout', longtasks: { count: 'timeout', longest: 'timeout' }, cls: 'timeout', fcp: 'timeout' };
    await sleepInPage(page, settleMs);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const B = await page.evaluate(() => window.__bench);
    const ready = kind === 'widgets' ? Math.max(...B.loads.map((l) => l.t)) : B.marks.dcl;
    if (kind === 'widgets' && path.includes('remote') && B.loads.some((l) => l.source !== 'remote')) warn(`${path}: an element loaded ${B.loads.map((l) => l.source).join(', ')} instead of remote`);
    const shifts = B.shifts.map((x) => ({ start: Math.round(x.start), value: x.value, hadRecentInput: x.hadRecentInput }));
    return { ready, longtasks: longTaskFigures(B.longtasks), cls: cls(B.shifts), fcp: B.paints['first-contentful-paint'] ?? null, shifts, loads: B.loads };
  });
}

/** A list of `n` signatories (the widget from a remote statement, or static): render, long tasks, heap, filter latency. */
async function listPage(kind, n) {
  const widget = kind === 'widgets';
  const path = widget ? `/list-widget-${n}.html` : `/list-static-${n}.html`;
  return withPage({ widget, list: n }, path, async (page) => {
    const out = { ready: 'timeout', atLoad: null, first: 'timeout', all: 'timeout', longtasks: { count: 'timeout', longest: 'timeout' }, heap: 'timeout', nodes: null, keys: [], script: [], p50: 'timeout', p95: 'timeout', scriptP95: 'timeout', lastSettled: 'timeout', typingLongtasks: { count: 'timeout', longest: 'timeout' } };
    const readyOk = widget ? await until(page, () => window.__bench.loads.length >= 1) : await until(page, () => window.__bench.marks.dcl !== undefined);
    if (!readyOk) return out;
    const allOk = await until(page, () => window.__bench.list.all !== null || window.__bench.list.timeout);
    let B = await page.evaluate(() => window.__bench);
    out.ready = widget ? B.loads[0].t : B.marks.dcl;
    out.atLoad = B.list.atLoad;
    if (widget && B.loads[0].source !== 'remote') warn(`${path}: the element loaded "${B.loads[0].source}" instead of the remote list`);
    out.first = typeof B.list.first === 'number' && B.list.first >= 0 ? B.list.first : 'timeout';
    if (!allOk || B.list.all === null) {
      out.count = B.list.count;
      warn(`${path}: ${B.list.count} of ${n} items after ${CAP_MS / 1000} s`);
      return out;
    }
    out.all = B.list.all;
    await sleepInPage(page, SETTLE_LIST_MS);
    B = await page.evaluate(() => window.__bench);
    out.longtasks = longTaskFigures(B.longtasks);
    out.parts = await page.evaluate((widget) => {
      const root = widget ? document.querySelector('icn-signatories').shadowRoot : document;
      return widget ? root.querySelectorAll('[part="signatory"]').length : root.querySelectorAll('#list > li').length;
    }, widget);
    if (out.parts !== n) warn(`${path}: ${out.parts} items rendered, ${n} expected`);
    out.heap = await page.evaluate(() => {
      if (typeof window.gc === 'function') {
        window.gc();
        window.gc();
      }
      return performance.memory ? performance.memory.usedJSHeapSize : null;
    });
    try {
      const cdp = await page.context().newCDPSession(page);
      out.nodes = (await cdp.send('Memory.getDOMCounters')).nodes;
      await cdp.detach();
    } catch (error) {
      warn(`DOM counters unavailable: ${error.message}`);
    }
    out.longtaskList = B.longtasks;

    // Filter latency: from each keydown to the end of the next frame after the element updated.
    await page.evaluate((widget) => {
      const B = window.__bench;
      const host = widget ? document.querySelector('icn-signatories') : null;
      const input = widget ? host.shadowRoot.querySelector('input') : document.getElementById('filter');
      let t0 = 0;
      B.typingStart = performance.now();
      B.settled = [];
      const list = widget ? null : document.getElementById('list');
      // Items shown: the widget adds them to the DOM in chunks, matches in a list of their own
      // (the whole list is then inert); the static page hides the rest.
      const shown = () =>
        widget
          ? host.shadowRoot.querySelector('[part="list"]:not([inert])').childElementCount
          : [...list.children].filter((li) => !li.hidden).length;
      const afterFrame = (cb) =>
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => cb(performance.now());
          ch.port2.postMessage(0);
        });
      document.addEventListener(
        'keydown',
        (e) => {
          const now = performance.now();
          // The event's own time stamp (when the browser created it) if plausible, else now.
          t0 = e.timeStamp > 0 && e.timeStamp <= now ? e.timeStamp : now;
        },
        true,
      );
      let inputs = 0;
      let scriptStart = 0;
      B.script = [];
      // Script per keystroke: from the input event (document, capture: before any handler) to
      // the end of the update it causes (the widget: updateComplete; the static page: its handler).
      document.addEventListener('input', () => (scriptStart = performance.now()), true);
      input.addEventListener('input', () => {
        const start = t0;
        const began = scriptStart;
        if (host) host.updateComplete.then(() => B.script.push(performance.now() - began));
        else B.script.push(performance.now() - began);
        const index = inputs++;
        B.lastKeydown = start;
        Promise.resolve(host && host.updateComplete).then(() =>
          afterFrame((t) => {
            B.keys.push(t - start);
            // Then, frame by frame until the next keystroke, until every match is shown.
            const check = (t) => {
              if (inputs !== index + 1) return void (B.settled[index] = 'superseded');
              if (shown() === B.expected[index]) return void (B.settled[index] = t - start);
              if (t - start > B.cap) return void (B.settled[index] = 'timeout');
              afterFrame(check);
            };
            check(t);
          }),
        );
      });
      input.focus();
    }, widget);
    await page.evaluate(({ expected, cap }) => Object.assign(window.__bench, { expected, cap }), { expected: expectedCounts(n, widget), cap: CAP_MS });
    const focused = await page.evaluate((widget) => (widget ? document.querySelector('icn-signatories').shadowRoot.activeElement?.id : document.activeElement?.id), widget);
    if (focused !== 'filter') warn(`${path}: the filter field did not take focus`);
    for (let i = 0; i < KEYS.length; i++) {
      const key = KEYS[i];
      const started = Date.now();
      if (key.length === 1) await page.keyboard.type(key);
      else await page.keyboard.press(key);
      let done = false;
      try {
        await page.waitForFunction((count) => window.__bench.keys.length >= count, i + 1, { polling: 20, timeout: Math.max(100, CAP_MS - (Date.now() - started)) });
        done = true;
      } catch (error) {
        if (!/Timeout/i.test(String(error))) throw error;
      }
      if (!done) {
        warn(`${path}: keystroke ${i + 1} ("${key}") not rendered within ${CAP_MS / 1000} s`);
        break;
      }
      await sleepInPage(page, 30);
    }
    out.keys = await page.evaluate(() => window.__bench.keys);
    out.script = await page.evaluate(() => window.__bench.script);
    if (out.keys.length === KEYS.length) {
      out.p50 = percentile(out.keys, 50);
      out.p95 = percentile(out.keys, 95);
      out.scriptP95 = percentile(out.script, 95);
      // The last keystroke: until every match is in the DOM (the widget adds long lists in chunks).
      const last = KEYS.length - 1;
      const settledOk = await until(page, (i) => window.__bench.settled[i] !== undefined, last, CAP_MS);
      B = await page.evaluate(() => window.__bench);
      out.settled = B.settled;
      out.lastSettled = settledOk ? B.settled[last] : 'timeout';
      out.typingLongtasks = longTaskFigures(B.longtasks.filter((t) => t.start >= B.typingStart));
    }
    return out;
  });
}

// ---------------------------------------------------------------------------------------------
// Figures and statistics

function percentile(values, p) {
  const v = [...values].sort((a, b) => a - b);
  if (!v.length) return null;
  const at = ((v.length - 1) * p) / 100;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return v[lo] + (v[hi] - v[lo]) * (at - lo);
}

const figures = new Map();
function figure(id, label, unit) {
  if (!figures.has(id)) figures.set(id, { id, label, unit, widgets: [], static: [] });
  return figures.get(id);
}
function record(id, label, unit, kind, value) {
  figure(id, label, unit)[kind].push(value === undefined ? null : value);
}

function summary(values) {
  const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  const timeouts = values.filter((v) => v === 'timeout').length;
  if (!numbers.length) return { median: timeouts ? 'timeout' : null, min: null, max: null, timeouts };
  return { median: percentile(numbers, 50), min: Math.min(...numbers), max: Math.max(...numbers), timeouts };
}

function ratio(w, s) {
  if (typeof w !== 'number' || typeof s !== 'number') return null;
  if (s === 0) return w === 0 ? 1 : Infinity;
  return w / s;
}

function fmt(value, unit) {
  if (value === 'timeout') return 'timeout';
  if (value === null || value === undefined) return '—';
  switch (unit) {
    case 'ms':
      return value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`;
    case 'count':
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
    case 'cls':
      return value.toFixed(4);
    case 'MB':
      return `${(value / 1024 / 1024).toFixed(2)} MB`;
    case 'items':
      return String(Math.round(value));
    default:
      return String(value);
  }
}

function fmtRatio(r, w, s) {
  if (r === null) return '—';
  if (r === Infinity) return `∞ (static ${s})`;
  if (w === 0 && s === 0) return '— (both 0)';
  return `${r.toFixed(2)}×`;
}

const kb = (bytes) => `${bytes.toLocaleString('en')} B`;

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const started = Date.now();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
  const chromiumVersion = browser.version();
  const log = (text) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}\n`);
  log(`Chromium ${chromiumVersion}, ${RUNS} run(s), sizes ${SIZES.join(', ')}, ${origin}`);

  // Warm-up (not recorded): the first pages of a fresh browser are slower whichever they are.
  log('warm-up');
  await loadPage('static', '/static.html', 0);
  await loadPage('widgets', '/widgets.html', 0);
  warnings.length = 0;

  // Measure each element's height once, then serve the pages with that height reserved, as the
  // builder's snippets reserve it (they hold one height for each width; the bench has one width).
  const probe = await browser.newPage({ viewport: VIEWPORT });
  await probe.goto(`${origin}/widgets.html`);
  await probe.waitForFunction(() => ['icn-principles', 'icn-badge', 'icn-signatories'].every((t) => document.querySelector(t)?.shadowRoot?.textContent));
  const reserve = await probe.evaluate(() =>
    Object.fromEntries(['icn-principles', 'icn-badge', 'icn-signatories'].map((t) => [t, Math.ceil(document.querySelector(t).getBoundingClientRect().height)])),
  );
  await probe.close();
  pages.set('/widgets.html', widgetsPage({ bundlePath: BUNDLE_PATH, reserve }));
  pages.set('/widgets-remote.html', widgetsPage({ bundlePath: BUNDLE_PATH, src: '/api/slow.json', reserve }));
  // In French, the catalogue preloaded beside the bundle (as the builder's snippet does), and not.
  pages.set('/widgets-fr.html', widgetsPage({ bundlePath: BUNDLE_PATH, reserve, lang: 'fr', catalogue: FRENCH }));
  pages.set('/widgets-fr-unpreloaded.html', widgetsPage({ bundlePath: BUNDLE_PATH, reserve, lang: 'fr' }));
  log(`reserved heights: ${JSON.stringify(reserve)}`);

  for (let run = 0; run < RUNS; run++) {
    // Alternate which side goes first, so warm-up or drift does not favour one.
    const order = run % 2 === 0 ? ['widgets', 'static'] : ['static', 'widgets'];
    for (const kind of order) {
      log(`run ${run + 1}/${RUNS}: three elements, embedded statement (${kind})`);
      const r = await loadPage(kind, kind === 'widgets' ? '/widgets.html' : '/static.html', SETTLE_EMBEDDED_MS);
      record('load.ready', 'Three elements, embedded: navigation → all ready', 'ms', kind, r.ready);
      record('load.fcp', 'Three elements, embedded: first contentful paint', 'ms', kind, r.fcp);
      record('load.longtasks', 'Three elements, embedded: long tasks during load', 'count', kind, r.longtasks.count);
      record('load.longest', 'Three elements, embedded: longest task', 'ms', kind, r.longtasks.longest);
      record('cls.embedded', 'CLS, content below, embedded statement', 'cls', kind, r.cls);
      if (kind === 'static') record('cls.remote', `CLS, content below, remote src answering after ${SLOW_MS} ms`, 'cls', kind, r.cls);
      figure('load.raw', 'Three elements, embedded: raw', 'raw')[kind].push({ shifts: r.shifts, loads: r.loads });
    }
    for (const [path, id, label] of [
      ['/widgets-fr.html', 'load.ready.fr', 'Three elements in French, catalogue preloaded: navigation → all ready'],
      ['/widgets-fr-unpreloaded.html', 'load.ready.fr-late', 'Three elements in French, catalogue not preloaded: navigation → all ready'],
    ]) {
      log(`run ${run + 1}/${RUNS}: ${label.split(':')[0].toLowerCase()} (widgets)`);
      const r = await loadPage('widgets', path, SETTLE_EMBEDDED_MS);
      record(id, label, 'ms', 'widgets', r.ready);
      // Against this run's static page: the words' language does not change static HTML's timing.
      record(id, label, 'ms', 'static', figures.get('load.ready').static.at(-1));
    }
    log(`run ${run + 1}/${RUNS}: three elements, remote src after ${SLOW_MS} ms (widgets)`);
    const remote = await loadPage('widgets', '/widgets-remote.html', SETTLE_REMOTE_MS);
    record('cls.remote', `CLS, content below, remote src answering after ${SLOW_MS} ms`, 'cls', 'widgets', remote.cls);
    figure('cls.remote.raw', 'Three elements, remote: raw', 'raw').widgets.push({ shifts: remote.shifts, loads: remote.loads });

    for (const n of SIZES) {
      const label = `${n.toLocaleString('en')} signatories`;
      for (const kind of order) {
        const t = Date.now();
        const r = await listPage(kind, n);
        log(`run ${run + 1}/${RUNS}: ${label} (${kind}) ${((Date.now() - t) / 1000).toFixed(1)} s`);
        record(`list.${n}.ready`, `${label}: navigation → icn-load / DOMContentLoaded`, 'ms', kind, r.ready);
        record(`list.${n}.first`, `${label}: first items visible`, 'ms', kind, r.first);
        record(`list.${n}.all`, `${label}: all items in the DOM (frame shown)`, 'ms', kind, r.all);
        record(`list.${n}.longtasks`, `${label}: long tasks until all shown`, 'count', kind, r.longtasks.count);
        record(`list.${n}.longest`, `${label}: longest task`, 'ms', kind, r.longtasks.longest);
        record(`list.${n}.heap`, `${label}: JS heap after (after GC)`, 'MB', kind, r.heap);
        record(`list.${n}.nodes`, `${label}: DOM nodes (incl. shadow)`, 'count', kind, r.nodes);
        record(`list.${n}.p50`, `${label}: filter keystroke → next frame, p50`, 'ms', kind, r.p50);
        record(`list.${n}.p95`, `${label}: filter keystroke → next frame, p95`, 'ms', kind, r.p95);
        record(`list.${n}.script`, `${label}: filter script per keystroke, p95`, 'ms', kind, r.scriptP95);
        record(`list.${n}.settled`, `${label}: last keystroke → all matches shown`, 'ms', kind, r.lastSettled);
        record(`list.${n}.typingLongtasks`, `${label}: long tasks while filtering`, 'count', kind, r.typingLongtasks.count);
        record(`list.${n}.typingLongest`, `${label}: longest task while filtering`, 'ms', kind, r.typingLongtasks.longest);
        const f = figure(`list.${n}.raw`, `${label}: raw`, 'raw');
        f[kind].push({ itemsAtIcnLoad: r.atLoad, keys: r.keys, script: r.script, settled: r.settled, countAtTimeout: r.count, longtasks: r.longtaskList });
      }
    }
  }

  // Sizes of what a member's page downloads.
  const sizes = {};
  for (const file of ['icn-widgets.js', 'icn-badge.js']) {
    const path = dist(file);
    if (!existsSync(path)) continue;
    const bytes = file === 'icn-widgets.js' ? bundleBytes : readFileSync(path);
    sizes[`dist/${file}`] = { bytes: bytes.length, gzip9: gzipSync(bytes, { level: 9 }).length };
  }
  for (const [path, bytes] of chunks) {
    if (path.includes('/messages-')) continue;
    sizes[`${path.slice(1)} (only with src)`] = { bytes: bytes.length, gzip9: gzipSync(bytes, { level: 9 }).length };
  }
  const catalogueSizes = [...chunks].filter(([path]) => path.includes('/messages-')).map(([, bytes]) => gzipSync(bytes, { level: 9 }).length);
  sizes[`each catalogue but English's (${catalogueSizes.length}, largest; loaded only in its language)`] = {
    bytes: Math.max(...[...chunks].filter(([path]) => path.includes('/messages-')).map(([, bytes]) => bytes.length)),
    gzip9: Math.max(...catalogueSizes),
  };
  const floor = await measureFloor();
  const staticHtml = Buffer.from(pages.get('/static.html'));
  sizes['static page (HTML)'] = { bytes: staticHtml.length, gzip9: gzipSync(staticHtml, { level: 9 }).length };

  // The table.
  const rows = [];
  const out = [];
  for (const f of figures.values()) {
    if (f.unit === 'raw') {
      out.push({ id: f.id, label: f.label, runs: { widgets: f.widgets, static: f.static } });
      continue;
    }
    const w = summary(f.widgets);
    const s = summary(f.static);
    const r = ratio(w.median, s.median);
    const note = (x) => (x.timeouts && x.median !== 'timeout' ? ` (${x.timeouts} timeout)` : '');
    rows.push([f.label, fmt(w.median, f.unit) + note(w), fmt(s.median, f.unit) + note(s), fmtRatio(r, w.median, s.median)]);
    out.push({ id: f.id, label: f.label, unit: f.unit === 'MB' ? 'bytes' : f.unit, widgets: { runs: f.widgets, ...w }, static: { runs: f.static, ...s }, ratio: r === Infinity ? 'Infinity' : r });
  }
  const header = ['figure', 'widgets', 'static', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const table = [line(header), `| ${widths.map((w, i) => (i ? '-'.repeat(w - 1) + ':' : '-'.repeat(w))).join(' | ')} |`, ...rows.map(line)].join('\n');

  const date = new Date().toISOString();
  console.log(`\nicn-widgets bench, ${date}: Chromium ${chromiumVersion}, ${RUNS} run(s), medians; ${cpus().length} CPU(s).`);
  console.log(`Bundle: ${Object.entries(sizes).map(([k, v]) => `${k} ${kb(v.bytes)} (gzip -9: ${kb(v.gzip9)})`).join('; ')}.`);
  console.log(`Floor (dependencies alone, esbuild, gzip -9): ${floor.map((f) => `${f.label} ${kb(f.gzip9)}`).join('; ')}.\n`);
  console.log(table);
  // The headline: "ready" against the same content as static HTML (the goal: at most 1.5×).
  const [wReady, sReady] = ['widgets', 'static'].map((kind) => summary(figures.get('load.ready')[kind]).median);
  const [wFcp, sFcp] = ['widgets', 'static'].map((kind) => summary(figures.get('load.fcp')[kind]).median);
  console.log(
    `\nReady (three elements, embedded statement; navigation → the last icn-load) against static HTML (navigation → DOMContentLoaded): ${fmt(wReady, 'ms')} against ${fmt(sReady, 'ms')}, ${fmtRatio(ratio(wReady, sReady), wReady, sReady)} (goal: at most 1.50×). First contentful paint: ${fmtRatio(ratio(wFcp, sFcp), wFcp, sFcp)}.`,
  );
  console.log(`\nLong tasks: tasks over 50 ms. Filter: ${KEYS.length} keystrokes ("network 1", then Backspace ×3), keydown → end of the next frame; script: input event → end of the update it causes; "all matches shown": until the list holds every match of the last query (the widget adds long lists in chunks).`);
  if (warnings.length) {
    console.log(`\nWarnings (${warnings.length}):`);
    for (const w of warnings.slice(0, 30)) console.log(`- ${w}`);
    if (warnings.length > 30) console.log(`- … and ${warnings.length - 30} more in bench/results.json`);
  }

  const results = {
    date,
    chromium: chromiumVersion,
    node: process.version,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memory: totalmem() },
    runs: RUNS,
    sizes: SIZES,
    settings: { capMs: CAP_MS, slowEndpointMs: SLOW_MS, settleMs: { embedded: SETTLE_EMBEDDED_MS, remote: SETTLE_REMOTE_MS, list: SETTLE_LIST_MS }, keys: KEYS, viewport: '1280x800' },
    bundle: sizes,
    floor,
    figures: out,
    table,
    warnings,
    durationMs: Date.now() - started,
  };
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote bench/results.json in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function shutdown() {
  for (const timer of pendingTimers) clearTimeout(timer);
  await browser?.close().catch(() => {});
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeAllConnections?.();
  await closed;
}

const watchdog = setTimeout(async () => {
  console.error(`bench: stopped after ${HARD_CAP_MS / 1000} s (hard cap)`);
  await Promise.race([shutdown(), new Promise((r) => setTimeout(r, 5_000))]);
  process.exit(1);
}, HARD_CAP_MS);
watchdog.unref();

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await Promise.race([shutdown(), new Promise((r) => setTimeout(r, 5_000))]);
    process.exit(130);
  });
}

main()
  .then(async () => {
    await shutdown();
    clearTimeout(watchdog);
  })
  .catch(async (error) => {
    console.error(error);
    await Promise.race([shutdown(), new Promise((r) => setTimeout(r, 5_000))]);
    process.exit(1);
  });
