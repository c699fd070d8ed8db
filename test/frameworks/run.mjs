/**
 * Next.js (App Router and Pages Router, Turbopack), Nuxt, SvelteKit, Astro and Eleventy apps built
 * from the packed tarball, as the README's sections for them say: each app's server HTML holds the
 * elements' attributes (and, where `icn-widgets/ssr` renders them, their content in declarative
 * shadow DOM), and in Chromium the page hydrates with no console error or warning, every element
 * renders, and the icn-load listener the app attached (through the framework where it has event
 * bindings) fires for each element.
 *
 * Each app is test/frameworks/<app>/ with a pinned package-lock.json. Its `npm ci` is cached in
 * ICN_FRAMEWORKS_CACHE (default ~/.cache/icn-widgets/frameworks), keyed by the lockfile's hash:
 * a fresh machine installs once. Needs `npm run build` first (dist/ is packed).
 * ICN_FRAMEWORKS=astro,eleventy runs only those apps.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { promisify } from 'node:util';
import { launchChromium } from '../chromium.mjs';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const cache = process.env.ICN_FRAMEWORKS_CACHE || join(homedir(), '.cache', 'icn-widgets', 'frameworks');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1', CI: '1' };
delete env.NODE_ENV;
/** Generous: installs and builds share two cores with other work. */
const APP_TIMEOUT = 12 * 60_000;

/**
 * The apps: how each starts its production server on `port` (or the folder of static files it
 * builds), its pages, and which elements `icn-widgets/ssr` renders there: `some` (one badge
 * beside the framework's own elements), `all`, or none.
 */
const apps = {
  next: { start: (port) => ['npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1']], paths: ['/', '/pages-router'], ssr: 'none' },
  nuxt: { start: () => ['node', ['.output/server/index.mjs']], paths: ['/'], ssr: 'none' },
  sveltekit: { start: () => ['node', ['build']], paths: ['/'], ssr: 'some' },
  astro: { static: 'dist', paths: ['/'], ssr: 'all' },
  eleventy: { static: '_site', paths: ['/'], ssr: 'all' },
};
const TAGS = ['icn-principles', 'icn-badge', 'icn-signatories'];

let tarball = '';
let browser;

before(async () => {
  const out = mkdtempSync(join(tmpdir(), 'icn-pack-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', out], { cwd: root, maxBuffer: 64 << 20 });
  tarball = join(out, JSON.parse(stdout)[0].filename);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (tarball) rmSync(resolve(tarball, '..'), { recursive: true, force: true });
});

/** A free port on 127.0.0.1. */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

/** The app's folder in the cache, with its dependencies installed (once per lockfile) and its sources fresh. */
async function prepare(name) {
  const source = join(root, 'test/frameworks', name);
  const lock = readFileSync(join(source, 'package-lock.json'));
  const dir = join(cache, `${name}-${createHash('sha256').update(lock).digest('hex').slice(0, 16)}`);
  const marker = join(dir, 'node_modules', '.icn-installed');
  mkdirSync(dir, { recursive: true });
  if (!existsSync(marker)) {
    rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
    cpSync(join(source, 'package.json'), join(dir, 'package.json'));
    cpSync(join(source, 'package-lock.json'), join(dir, 'package-lock.json'));
    await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, env, maxBuffer: 64 << 20 });
    writeFileSync(marker, '');
  }
  // The app's own files afresh: everything but node_modules.
  for (const entry of readdirSync(dir)) if (entry !== 'node_modules') rmSync(join(dir, entry), { recursive: true, force: true });
  cpSync(source, dir, { recursive: true });
  // The package as a user gets it, with its dependencies from the registry.
  await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], { cwd: dir, env, maxBuffer: 64 << 20 });
  return dir;
}

/** Serves a folder of static files (what a static host does). */
async function serveStatic(dir) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createHttpServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      if (!file.startsWith(dir)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}/`, server: { kill: () => server.close() } };
}

/** The process groups of the servers still running, stopped when this process exits whatever happens. */
const groups = new Set();
process.on('exit', () => {
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
});

/** Starts the app's production server; resolves once it answers. */
async function serve(name, dir) {
  if (apps[name].static) return serveStatic(join(dir, apps[name].static));
  const port = await freePort();
  const [command, args] = apps[name].start(port);
  // In a process group of its own: `npx next start` runs the server as a grandchild, which
  // stopping only npx would leave running.
  const child = spawn(command, args, { cwd: dir, env: { ...env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  groups.add(child.pid);
  const server = {
    get exitCode() {
      return child.exitCode;
    },
    kill() {
      try {
        process.kill(-child.pid, 'SIGTERM');
        groups.delete(child.pid);
      } catch {
        // already gone
      }
    },
  };
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`${name} server exited: ${log}`);
    try {
      const res = await fetch(url);
      if (res.ok) return { url, server };
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`${name} server did not answer: ${log}`);
}

/** The opening tag of the first `<tag …>` in `html`. */
function openingTag(html, tag) {
  return html.match(new RegExp(`<${tag}\\b[^>]*>`))?.[0] ?? '';
}

/** ICN_FRAMEWORKS=next,nuxt runs only those apps. */
const only = process.env.ICN_FRAMEWORKS?.split(',').map((a) => a.trim());

for (const name of Object.keys(apps).filter((a) => !only || only.includes(a))) {
  describe(`${name} app from the packed tarball`, { timeout: APP_TIMEOUT }, () => {
    let app;
    before(async () => {
      const started = performance.now();
      const dir = await prepare(name);
      const installed = performance.now();
      await run('npm', ['run', 'build'], { cwd: dir, env, maxBuffer: 64 << 20 });
      const built = performance.now();
      app = await serve(name, dir);
      const s = (ms) => `${(ms / 1000).toFixed(0)} s`;
      console.log(`# ${name}: install ${s(installed - started)}, build ${s(built - installed)}`);
    });
    after(() => app?.server.kill());

    for (const path of apps[name].paths) {
      it(`${path}: renders the elements with their attributes on the server`, async () => {
        const html = await (await fetch(new URL(path, app.url))).text();
        assert.match(openingTag(html, 'icn-principles'), /\scollapsed(=""|\s|>)/);
        assert.match(openingTag(html, 'icn-badge'), /\snetwork="ENCC"/);
        assert.match(openingTag(html, 'icn-badge'), /\ssize="large"/);
        assert.match(openingTag(html, 'icn-signatories'), /\slayout="list"/);
        if (apps[name].ssr === 'some') {
          // icn-widgets/ssr: the badge's words are in the HTML, in a declarative shadow root.
          assert.match(html, /<icn-badge[^>]*network="Res Artis"[^>]*><template shadowroot(mode)?="open"/);
          assert.match(html, /Res Artis/);
          assert.match(html, /is a signatory of/);
        }
        if (apps[name].ssr === 'all') {
          for (const tag of TAGS) assert.match(html, new RegExp(`<${tag}\\b[^>]*><template shadowroot(mode)?="open"`), tag);
          assert.match(html, /The value of international cultural networks/);
          assert.match(html, /ENCC<!--\/lit-part--><\/span>/);
          assert.match(html, /European Network of Cultural Centres/);
        }
      });

      it(`${path}: hydrates in Chromium: no console error or warning, each element renders, and the icn-load listeners fire`, async () => {
        const page = await browser.newPage();
        const messages = [];
        page.on('console', (m) => ['error', 'warning'].includes(m.type()) && messages.push(`${m.type()}: ${m.text()}`));
        page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
        // The apps have no icon; the browser's request for one is not the page's doing.
        await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
        await page.goto(new URL(path, app.url).href, { waitUntil: 'load' });
        await page.waitForFunction(() => (window.__icnLoads ?? []).length >= 3, null, { timeout: 30_000 });
        // A moment for late warnings (hydration mismatches, unknown networks).
        await page.waitForTimeout(500);
        const state = await page.evaluate((tags) => {
          const text = (el) =>
            [...(el?.shadowRoot?.childNodes ?? [])]
              .filter((n) => (n.nodeType === 1 && n.localName !== 'style') || n.nodeType === 3)
              .map((n) => n.textContent)
              .join('');
          return {
            loads: [...window.__icnLoads].sort(),
            text: Object.fromEntries(tags.map((t) => [t, text(document.querySelector(t))])),
            source: document.querySelector('icn-badge').source,
            hrefs: [...document.querySelectorAll('icn-badge')].map((b) => b.shadowRoot.querySelector('a').href),
          };
        }, TAGS);
        await page.close();
        assert.deepEqual(messages, []);
        assert.deepEqual(state.loads, ['icn-badge', 'icn-principles', 'icn-signatories']);
        assert.match(state.text['icn-principles'], /The value of international cultural networks/);
        assert.match(state.text['icn-badge'], /ENCC\s+is a signatory of/);
        assert.match(state.text['icn-signatories'], /European Network of Cultural Centres/);
        assert.equal(state.source, 'embedded');
        // The statement page at the build's ICN_PUBLIC_URL, never a bundler's path.
        for (const href of state.hrefs) assert.equal(href, 'http://127.0.0.1:4173/index.html');
      });
    }
  });
}
