/**
 * End-to-end harness: two local origins on 127.0.0.1 (a member's site "A" and another origin
 * "B"), serving the built dist/, host pages that tests register, and statement endpoints that
 * fail in every way; Debian's Chromium driven by playwright-core. Every request is recorded
 * with its Cookie header.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before } from 'node:test';
import { launchChromium } from '../chromium.mjs';

const require = createRequire(import.meta.url);
export const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const bootstrapCss = readFileSync(require.resolve('bootstrap/dist/css/bootstrap.min.css'), 'utf8');
export const statement = JSON.parse(readFileSync('dist/statement.json', 'utf8'));

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };

/** A valid remote statement: TEST DATA, not the statement. */
export const remoteStatement = {
  ...statement,
  title: 'TEST DATA: remote title',
  signatories: [{ id: 'test', acronym: 'TEST', name: 'Test Network (test data)', url: 'https://example.org/test' }],
};

/**
 * Hostile statements, TEST DATA each just under the 5 MB a statement may be (5,242,880 bytes),
 * built on first use: what an attacker who controls the JSON can send.
 */
const HOSTILE = {
  /** 1,200,000 one-letter principles (the issue's 4.8 MB). */
  principles: () => JSON.stringify({ ...remoteStatement, principles: Array(1_200_000).fill('a') }),
  /** 1,200,000 one-letter introduction paragraphs. */
  intro: () => JSON.stringify({ ...remoteStatement, intro: Array(1_200_000).fill('a') }),
  /** 200,000 signatories, each with an id and a name. */
  signatories: () =>
    JSON.stringify({ ...remoteStatement, signatories: Array.from({ length: 200_000 }, (_, i) => ({ id: i.toString(36), name: 'x' })) }),
  /** The largest valid statement: 20,000 signatories (the limit) with long names and a link each, 4.9 MB. */
  'largest-valid': () =>
    JSON.stringify({
      ...remoteStatement,
      signatories: Array.from({ length: 20_000 }, (_, i) => ({
        id: `network-${i}`,
        acronym: `N${i}`,
        name: `Test network ${i} (test data) ${'with a long name '.repeat(8)}`.trim(),
        url: `https://example.org/test/${i}`,
      })),
    }),
  /** 1,700,000 empty signatories: every one of them invalid. */
  'empty-signatories': () => JSON.stringify({ ...remoteStatement, signatories: Array(1_700_000).fill({}) }),
  /** One name of 1,800,000 combining accents (3.6 MB), matched by `highlight`. */
  'combining-name': () =>
    JSON.stringify({ ...remoteStatement, signatories: [{ id: 'long', name: `x${'\u0301'.repeat(1_800_000)}` }] }),
  /** One principle of 4.9 MB. */
  'long-text': () => JSON.stringify({ ...remoteStatement, principles: ['p'.repeat(4_900_000)] }),
  /** 150,000 translations. */
  translations: () =>
    JSON.stringify({ ...remoteStatement, translations: Object.fromEntries(Array.from({ length: 150_000 }, (_, i) => [`x-t${i}`, { title: 'T' }])) }),
  /** One unknown object of 400,000 fields. */
  keys: () => `{"many":{${Array.from({ length: 400_000 }, (_, i) => `"${i.toString(36)}":0`).join(',')}},${JSON.stringify(remoteStatement).slice(1)}`,
  /** Deep nesting: 1,000,000 levels of lists in an unknown field. */
  nesting: () => `{"deep":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)},${JSON.stringify(remoteStatement).slice(1)}`,
};
const hostileBodies = new Map();
export const hostileBody = (name) => {
  if (!hostileBodies.has(name)) hostileBodies.set(name, Buffer.from(HOSTILE[name]()));
  return hostileBodies.get(name);
};
export const HOSTILE_KINDS = Object.keys(HOSTILE);

/** 128 MB of spaces, gzipped to about 128 kB: a "gzip bomb", served with `content-encoding: gzip`. */
let bomb;
export const gzipBomb = () => (bomb ??= gzipSync(Buffer.alloc(128 * 1024 * 1024, 0x20), { level: 9 }));

/** The statement endpoints, by path, on both origins. `cors` endpoints allow any origin. */
function endpoint(path, res, origin) {
  const json = (body, headers = {}) => {
    res.writeHead(200, { 'content-type': 'application/json', ...headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
  const cors = { 'access-control-allow-origin': '*' };
  switch (path) {
    case '/api/statement.json':
      return json(remoteStatement), true;
    case '/api/cors/statement.json':
      return json(remoteStatement, cors), true;
    case '/api/no-cors/statement.json':
      return json(remoteStatement), true;
    case '/api/not-found':
      res.writeHead(404, { 'content-type': 'text/plain', ...cors }).end('Not found');
      return true;
    case '/api/server-error':
      res.writeHead(500, { 'content-type': 'text/plain', ...cors }).end('Internal error');
      return true;
    case '/api/login':
      res.writeHead(200, { 'content-type': 'text/html', ...cors }).end('<!doctype html><title>Log in</title><form>Log in</form>');
      return true;
    case '/api/redirect-to-login':
      res.writeHead(302, { location: `${origin}/api/login`, ...cors }).end();
      return true;
    case '/api/redirect-to-statement':
      res.writeHead(302, { location: `${origin}/api/statement.json`, ...cors }).end();
      return true;
    case '/api/malformed':
      return json('{"schemaVersion": 1, "title": ', cors), true;
    case '/api/wrong-schema':
      return json({ schemaVersion: 1, id: 'x', lang: 'en', title: 42, intro: [], principles: [], signatories: 'none' }, cors), true;
    case '/api/huge': {
      // 10 MB of valid JSON: a statement with an enormous unknown field.
      const padding = 'x'.repeat(10 * 1024 * 1024);
      return json(`{"padding":"${padding}",${JSON.stringify(remoteStatement).slice(1)}`, cors), true;
    }
    case '/api/gzip-bomb':
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': gzipBomb().length, ...cors });
      res.end(gzipBomb());
      return true;
    case '/api/endless': {
      // Chunked, with no length, and no end: spaces for as long as someone reads.
      res.writeHead(200, { 'content-type': 'application/json', ...cors });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const more = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', more);
      };
      res.on('close', () => res.removeAllListeners('drain'));
      more();
      return true;
    }
    case '/api/hang':
      // Never answers within the widgets' 10 s timeout; the socket closes after 15 s.
      setTimeout(() => res.destroy(), 15_000);
      return true;
    case '/api/slow':
      setTimeout(() => json(remoteStatement, cors), 2_000);
      return true;
    default:
      if (path.startsWith('/api/hostile/') && Object.hasOwn(HOSTILE, path.slice(13))) {
        res.writeHead(200, { 'content-type': 'application/json', ...cors });
        res.end(hostileBody(path.slice(13)));
        return true;
      }
      return false;
  }
}

export async function startServers() {
  const pages = new Map();
  const mounts = new Map();
  const requests = [];
  const servers = [];
  const origins = {};
  for (const name of ['a', 'b']) {
    const server = createServer((req, res) => {
      const url = new URL(req.url, 'http://x');
      requests.push({ origin: name, path: url.pathname + url.search, cookie: req.headers.cookie ?? null });
      if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
      if (url.pathname === '/set-cookie') {
        res.writeHead(200, { 'set-cookie': `reader-${name}=secret; Path=/`, 'content-type': 'text/plain' });
        return res.end('ok');
      }
      if (endpoint(url.pathname, res, origins[name])) return;
      const page = pages.get(`${name}${url.pathname}`) ?? pages.get(url.pathname);
      if (page) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...page.headers });
        return res.end(page.html);
      }
      for (const [prefix, dir] of mounts) {
        if (!url.pathname.startsWith(prefix)) continue;
        const file = join(dir, normalize(url.pathname.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ''));
        if (!existsSync(file)) break;
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
        return res.end(readFileSync(file));
      }
      // dist/ at /dist/, and the same bundle under another path, as a second copy.
      let file = url.pathname.startsWith('/dist/') ? normalize(join('.', url.pathname)) : url.pathname === '/copy/icn-widgets.js' ? 'dist/icn-widgets.js' : null;
      if (url.pathname === '/other-build/icn-widgets.js') {
        // A different build: the same code with other words, so tests can tell which defined the tags.
        const code = readFileSync('dist/icn-widgets.js', 'utf8').replace('is a signatory of', 'OTHER BUILD signed');
        res.writeHead(200, { 'content-type': types['.js'] });
        return res.end(code);
      }
      if (file && file.startsWith('dist') && existsSync(file)) {
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
        return res.end(readFileSync(file));
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    // Two different host names make two origins (and two cookie jars) on one loopback address.
    origins[name] = `http://${name === 'a' ? '127.0.0.1' : 'localhost'}:${server.address().port}`;
  }
  return {
    a: origins.a,
    b: origins.b,
    requests,
    /** Serves `html` at `path` (on both origins unless the path starts with `a/` or `b/`). */
    page(path, html, headers = {}) {
      pages.set(path, { html, headers });
      return path.replace(/^[ab]\//, '/');
    },
    /** Serves the files of `dir` under `prefix` (e.g. another build at `/other-dist/`). */
    mount(prefix, dir) {
      mounts.set(prefix, dir);
    },
    close: () => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))),
  };
}

/**
 * Starts the servers and the browser before a suite's tests and closes them after; the returned
 * object holds `servers` and `browser` once the suite runs.
 */
export function suiteEnvironment() {
  const env = {};
  before(async () => {
    env.servers = await startServers();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.servers?.close();
  });
  return env;
}

export const launch = () => launchChromium();

/** A host page around `body`, loading the built bundle. */
export function hostPage(body, { lang = 'en', dir, head = '', scripts = ['/dist/icn-widgets.js'] } = {}) {
  return `<!doctype html><html lang="${lang}"${dir ? ` dir="${dir}"` : ''}><head><meta charset="utf-8"><title>Host page</title>
${head}${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}</head><body>${body}</body></html>`;
}

/**
 * Opens a page, records errors and widget events, and waits until every widget has fired
 * icn-load (`beforeGoto(page)` runs first). Returns the page with `events()` and `errors` (page
 * errors and console errors).
 */
export async function open(context, url, { expectLoads, beforeGoto } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  await page.addInitScript(() => {
    window.__events = [];
    for (const type of ['icn-load', 'icn-error']) {
      document.addEventListener(type, (e) => window.__events.push({ type, tag: e.target.localName, id: e.target.id, detail: e.detail }), true);
    }
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await beforeGoto?.(page);
  await page.goto(url);
  const count = expectLoads ?? (await page.locator('icn-principles, icn-badge, icn-signatories').count());
  await page.waitForFunction((n) => window.__events.filter((e) => e.type === 'icn-load').length >= n, count, { timeout: 20_000 }).catch((e) => {
    // Say why: a blocked script shows only in the console.
    throw new Error(`${count} widgets did not all fire icn-load: ${e.message}${errors.map((line) => `\n  ${line}`).join('')}`);
  });
  page.events = () => page.evaluate(() => window.__events);
  page.errors = errors;
  return page;
}

/** axe-core's violations on the page (WCAG 2.1 A/AA and best practices), one line each. */
export async function axe(page, { fragment = false } = {}) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (fragment) => {
    const rules = fragment ? { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } } : {};
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'], rules });
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, fragment);
}
