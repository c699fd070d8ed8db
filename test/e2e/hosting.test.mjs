/**
 * Hosting from any origin, on real servers: dist/ served by Debian's nginx with exactly the
 * README's block, by Debian's Apache with the shipped dist/.htaccess, and by `vite preview`
 * (`npm start`). For each: every file's headers (CORS, Content-Type, Cache-Control, nosniff,
 * and the same on a 304), and a member's page on another origin that loads the pinned script
 * snippet, a `src` endpoint, an image badge and the iframe embed (plain and sandboxed).
 *
 * The nginx block is read from README.md: the first ```nginx block after the heading
 * "Host `dist/` (the coalition's server)". HOSTING_README=<file.md> reads another Markdown file.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { launchChromium } from '../chromium.mjs';
import { open } from './harness.mjs';

const DIST = resolve('dist');
const IMAGE_BADGE = 'badges/en/encc-light.png';
const README = process.env.HOSTING_README || 'README.md';
const HEADING = /^#{2,4} Host `?dist\/`? \(the coalition's server\)\s*$/m;

/** The versioned bundle and its integrity hash, as the statement page hands them to its builder. */
const buildInfo = (() => {
  const tag = /<icn-embed-builder\b[^>]*>/.exec(readFileSync('dist/index.html', 'utf8'))?.[0] ?? '';
  const attr = (name) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
  return { bundle: attr('bundle'), integrity: attr('integrity') };
})();

/** src/hosting/rules.ts, compiled on the fly: the single source the build and vite preview use. */
async function loadRules() {
  const out = await build({ entryPoints: ['src/hosting/rules.ts'], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/** The README's nginx block: the first ```nginx fence after the hosting heading. */
export function readmeNginxBlock(markdown = readFileSync(README, 'utf8')) {
  const heading = HEADING.exec(markdown);
  assert.ok(heading, `${README} has no heading "Host \`dist/\` (the coalition's server)": the nginx block the test serves is found under it (HOSTING_README=<file.md> reads another file)`);
  const fence = /^```nginx\n([\s\S]*?)^```$/m.exec(markdown.slice(heading.index));
  assert.ok(fence, `${README} has no \`\`\`nginx block under "Host \`dist/\` (the coalition's server)"`);
  return fence[1];
}

/** What every response for `path` must carry: the test's own table, not the rules module's. */
function expected(path) {
  const name = path.split('/').at(-1) || 'index.html';
  const ext = name.includes('.') ? name.split('.').at(-1) : '';
  const js = /^text\/javascript; ?charset=utf-8$/i;
  const text = /^text\/plain; ?charset=utf-8$/i;
  const json = /^application\/json$/;
  const type = { html: /^text\/html; ?charset=utf-8$/i, js, mjs: js, css: /^text\/css; ?charset=utf-8$/i, json, map: json, svg: /^image\/svg\+xml$/, png: /^image\/png$/, txt: text, ts: text }[ext];
  const hashed = /-([A-Za-z0-9_]{8,})\.(m?js|css)(\.map)?$/.exec(name);
  const immutable = name === buildInfo.bundle || path.split('/').slice(0, -1).includes('chunks') || (hashed && /\d/.test(hashed[1]));
  // The embed pages' folder (embed/<lang>/…: pages, their oEmbed JSON and preview images) changes with each release.
  const page = ext === 'html' || /^\/?embed\/[^/]+\/[^/]+$/.test(path);
  const cache = immutable ? 'public, max-age=31536000, immutable' : page ? 'no-cache' : 'public, max-age=300, stale-while-revalidate=86400';
  return { type, cache };
}

/** Every file of a folder, as `/`-separated paths relative to it. */
function filesOf(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split('\\').join('/'))
    .sort();
}

/**
 * dist/ as the coalition publishes it, in a temporary folder, plus two content-hashed files
 * (TEST DATA, not part of the build) so the immutable rules for hashed names meet a real file.
 */
function publishedCopy(root) {
  const site = join(root, 'site');
  cpSync(DIST, site, { recursive: true });
  mkdirSync(join(site, 'chunks'), { recursive: true });
  writeFileSync(join(site, 'chunks', 'test-chunk-3fa9c01b.js'), '// TEST DATA: a content-hashed chunk\nexport {};\n');
  writeFileSync(join(site, 'test-chunk-4b1c2d3e.js'), '// TEST DATA: a content-hashed file at the top\nexport {};\n');
  // The servers' workers run as an unprivileged user.
  for (const dir of [root, site, ...readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(e.parentPath, e.name))]) chmodSync(dir, 0o755);
  return site;
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

/** Starts a server process and waits until `url` answers; fails with its output if it exits. */
async function startProcess(command, args, url, logFile) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exited = null;
  child.on('exit', (code) => (exited = code));
  for (let i = 0; i < 200; i++) {
    if (exited !== null) break;
    try {
      await fetch(url);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  child.kill('SIGKILL');
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  throw new Error(`${command} did not start (exit ${exited}):\n${output}\n${log}`);
}

function stopProcess(child) {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((res) => {
    child.once('exit', res);
    child.kill('SIGTERM');
  });
}

/** nginx with a private configuration around the README's block, `root` pointed at `site`. */
async function startNginx(dir, site, block) {
  assert.ok(existsSync('/usr/sbin/nginx'), "Debian's nginx is not installed: .ci/run installs it (apt-get install nginx)");
  assert.match(block, /^\s*root\s+[^;]+;/m, 'the README block sets root');
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${join(dir, t)};`).join('\n  ');
  writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
  access_log off;
  ${temp}
  server {
    listen 127.0.0.1:${port};
    # The README's block, verbatim but for root:
${block.replace(/^(\s*root\s+)[^;]+;/m, `$1${site};`)}
  }
}
`,
  );
  const origin = `http://127.0.0.1:${port}`;
  const child = await startProcess('/usr/sbin/nginx', ['-e', join(dir, 'error.log'), '-c', conf, '-p', dir], `${origin}/`, join(dir, 'error.log'));
  return { origin, stop: () => stopProcess(child) };
}

/** Apache with a private configuration serving `site`, which holds the shipped .htaccess. */
async function startApache(dir, site) {
  assert.ok(existsSync('/usr/sbin/apache2'), "Debian's apache2 is not installed: .ci/run installs it (apt-get install apache2)");
  const port = await freePort();
  const conf = join(dir, 'apache2.conf');
  const modules = ['mpm_event', 'authz_core', 'mime', 'headers', 'dir'];
  writeFileSync(
    conf,
    `ServerRoot ${dir}
DefaultRuntimeDir ${dir}
PidFile ${join(dir, 'apache2.pid')}
ErrorLog ${join(dir, 'apache-error.log')}
LogLevel warn
Mutex file:${dir} default
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
User www-data
Group www-data
${modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join('\n')}
TypesConfig /etc/mime.types
DirectoryIndex index.html
DocumentRoot ${site}
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${site}>
  # What the README asks of the folder: .htaccess may set types and headers.
  AllowOverride FileInfo
  Require all granted
</Directory>
<Files ".ht*">
  Require all denied
</Files>
`,
  );
  const origin = `http://127.0.0.1:${port}`;
  const child = await startProcess('/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND'], `${origin}/`, join(dir, 'apache-error.log'));
  return { origin, stop: () => stopProcess(child) };
}

/** `vite preview` (what `npm start` runs after the build), through vite's API, on a free port. */
async function startPreview() {
  const { preview } = await import('vite');
  const server = await preview({ logLevel: 'silent', preview: { port: await freePort(), strictPort: true, host: '127.0.0.1', open: false } });
  const { port } = server.httpServer.address();
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.close() };
}

/** A member's site on its own origin: one page with every way of embedding from `origin`. */
async function startMemberSite(origin) {
  const embed = `${origin}/embed.html?element=badge&network=ENCC`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A member's page</title>
<script>
  window.__heights = [];
  addEventListener('message', (e) => {
    if (!e.data || e.data.type !== 'icn-embed-height') return;
    const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
    window.__heights.push({ frame: frame && frame.id, origin: e.origin, height: e.data.height });
  });
</script></head><body>
<script type="module" src="${origin}/${buildInfo.bundle}" integrity="${buildInfo.integrity}" crossorigin="anonymous"></script>
<icn-badge id="pinned" network="ENCC" style="display: inline-block; min-height: 47px">
  <a href="${origin}/index.html">The value of international cultural networks</a>
</icn-badge>
<icn-principles id="remote" principle="1" src="${origin}/statement.json"></icn-principles>
<img id="image" src="${origin}/${IMAGE_BADGE}" crossorigin="anonymous" alt="ENCC is a signatory of The value of international cultural networks">
<iframe id="frame" src="${embed}" title="The value of international cultural networks" style="display: block; width: 100%; height: 51px; border: 0"></iframe>
<iframe id="sandboxed" sandbox="allow-scripts" src="${embed}" title="The value of international cultural networks" style="display: block; width: 100%; height: 51px; border: 0"></iframe>
</body></html>`;
  const server = createServer((req, res) => {
    if (req.url === '/member.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  // "localhost" on another port: another origin (scheme, host and port all count).
  return { url: `http://localhost:${server.address().port}/member.html`, stop: () => new Promise((r) => server.close(r)) };
}

/** Checks one file's response headers, and those of its revalidation (304). */
async function checkFile(origin, path, { revalidate = true } = {}) {
  const url = `${origin}/${path}`;
  const response = await fetch(url, { headers: { Origin: 'http://member.example' } });
  await response.arrayBuffer();
  assert.equal(response.status, 200, `${url}: status`);
  const { type, cache } = expected(path);
  const h = response.headers;
  assert.equal(h.get('access-control-allow-origin'), '*', `${url}: Access-Control-Allow-Origin`);
  assert.ok(type, `${path}: the test knows the type of every kind of file in dist/`);
  assert.match(h.get('content-type') ?? '', type, `${url}: Content-Type`);
  assert.equal(h.get('cache-control'), cache, `${url}: Cache-Control`);
  assert.equal(h.get('x-content-type-options'), 'nosniff', `${url}: X-Content-Type-Options`);
  const etag = h.get('etag');
  if (!revalidate) return;
  assert.ok(etag, `${url}: an ETag, so a revalidation costs a 304`);
  const again = await fetch(url, { headers: { Origin: 'http://member.example', 'If-None-Match': etag } });
  assert.equal(again.status, 304, `${url}: revalidation`);
  assert.equal(again.headers.get('access-control-allow-origin'), '*', `${url} (304): Access-Control-Allow-Origin`);
  assert.equal(again.headers.get('cache-control'), cache, `${url} (304): Cache-Control`);
}

/** Every file of `site` (but the hosts' own configuration files) through `origin`. */
async function checkEveryFile(origin, site) {
  const files = filesOf(site).filter((f) => !/(^|\/)(\.htaccess|_headers)$/.test(f));
  assert.ok(files.includes(buildInfo.bundle) && files.includes('statement.json') && files.includes('embed.html'), 'dist/ is built');
  for (const path of files) await checkFile(origin, path);
  // The folder's address serves index.html, as a page.
  const root = await fetch(`${origin}/`);
  await root.arrayBuffer();
  assert.equal(root.headers.get('access-control-allow-origin'), '*', '/: Access-Control-Allow-Origin');
  assert.equal(root.headers.get('cache-control'), 'no-cache', '/: Cache-Control');
  return files.length;
}

/** The member's page, in Chromium: everything embedded from `origin` works. */
async function checkMemberPage(browser, origin) {
  const member = await startMemberSite(origin);
  const context = await browser.newContext();
  try {
    const page = await open(context, member.url, { expectLoads: 2 });
    const events = await page.events();
    const pinned = await page.locator('#pinned').evaluate((el) => ({
      defined: customElements.get('icn-badge') === el.constructor,
      shadow: !!el.shadowRoot && el.shadowRoot.textContent.includes('ENCC'),
    }));
    assert.deepEqual(pinned, { defined: true, shadow: true }, 'the pinned script snippet upgrades its element');
    assert.deepEqual(
      events.filter((e) => e.id === 'remote').map((e) => [e.type, e.detail.source]),
      [['icn-load', 'remote']],
      'the element with src loads statement.json from the server',
    );
    assert.ok(existsSync(join(DIST, IMAGE_BADGE)), `dist/${IMAGE_BADGE} is missing: the image badges are part of the build (npm run build)`);
    const image = await page.locator('#image').evaluate(async (img) => {
      if (!img.complete) {
        await new Promise((r) => {
          img.addEventListener('load', r, { once: true });
          img.addEventListener('error', r, { once: true });
        });
      }
      return img.naturalWidth;
    });
    assert.ok(image > 0, `the image badge (${IMAGE_BADGE}, crossorigin) loads`);
    await page.waitForFunction(() => ['frame', 'sandboxed'].every((id) => window.__heights.some((h) => h.frame === id && h.height > 0)), null, { timeout: 20_000 });
    const heights = await page.evaluate(() => window.__heights);
    assert.ok(heights.some((h) => h.frame === 'frame' && h.origin === origin), 'the iframe embed posts its height');
    assert.ok(heights.some((h) => h.frame === 'sandboxed' && h.origin === 'null'), 'the sandboxed iframe embed (an opaque origin) posts its height');
    for (const id of ['frame', 'sandboxed']) {
      const frame = await (await page.locator(`#${id}`).elementHandle()).contentFrame();
      const upgraded = await frame.evaluate(() => {
        const el = document.querySelector('icn-badge');
        return !!el && !!el.shadowRoot && el.shadowRoot.textContent.includes('ENCC');
      });
      assert.ok(upgraded, `${id}: the badge inside the embed upgrades`);
    }
    assert.deepEqual(page.errors, [], 'no error in the console');
  } finally {
    await context.close();
    await member.stop();
  }
}

describe('hosting from any origin', () => {
  const env = {};
  before(async () => {
    const integrity = `sha384-${createHash('sha384').update(readFileSync(join(DIST, buildInfo.bundle))).digest('base64')}`;
    assert.equal(buildInfo.integrity, integrity, 'the builder pins the versioned bundle with its own hash');
    env.dir = mkdtempSync(join(tmpdir(), 'icn-hosting-'));
    env.site = publishedCopy(env.dir);
    env.browser = await launchChromium();
  });
  after(async () => {
    await env.browser?.close();
    if (env.dir) rmSync(env.dir, { recursive: true, force: true });
  });

  it("the README's nginx block is the one src/hosting/rules.ts writes", async () => {
    const { nginxBlock } = await loadRules();
    const normal = (text) =>
      text
        .split('\n')
        .map((l) => l.replace(/#.*$/, '').trim())
        .filter(Boolean)
        .join('\n')
        .replace(/^root [^;]+;$/m, 'root ROOT;');
    assert.equal(normal(readmeNginxBlock()), normal(nginxBlock()), `${README}'s nginx block and nginxBlock() in src/hosting/rules.ts differ (comments and indentation aside): update the README`);
  });

  it('names: the versioned bundle and content-hashed names are immutable, pages revalidate, the rest is short', async () => {
    const { cacheClass, contentType } = await loadRules();
    const cases = {
      'icn-widgets-0.1.0.js': 'immutable',
      'icn-widgets-2.10.3-beta.1.js': 'immutable',
      'chunks/principles-Bx3k9_Qa.js': 'immutable',
      'chunks/anything.js': 'immutable',
      'sub/chunks/anything.js': 'immutable',
      'chunks/messages-0123456789ab/fr.js': 'immutable',
      'signatories-3fa9c01b.js': 'immutable',
      'signatories-3fa9c01b.js.map': 'immutable',
      'theme-0a1b2c3d4e.css': 'immutable',
      'icn-widgets.js': 'short',
      'icn-badge.js': 'short',
      'icn-widgets.js.map': 'short',
      'statement.json': 'short',
      'custom-elements.json': 'short',
      'lib/shared/define-once.js': 'short',
      'badges/en/encc-light.png': 'short',
      'badges/LICENSE-DejaVu-fonts.txt': 'short',
      'no-digits-abcdefgh.js': 'short',
      'icn-widgets-0.1.js': 'short',
      'index.html': 'page',
      'embed.html': 'page',
      '/': 'page',
    };
    for (const [path, want] of Object.entries(cases)) assert.equal(cacheClass(path), want, path);
    const types = {
      'a.js': 'text/javascript; charset=utf-8',
      'a.mjs': 'text/javascript; charset=utf-8',
      'a.json': 'application/json',
      'a.js.map': 'application/json',
      'badges/en/encc-dark.svg': 'image/svg+xml',
      'badges/en/encc-dark@2x.png': 'image/png',
      'badges/LICENSE-DejaVu-fonts.txt': 'text/plain; charset=utf-8',
      'lib/index.d.ts': 'text/plain; charset=utf-8',
      'embed.html': 'text/html; charset=utf-8',
      '/': 'text/html; charset=utf-8',
      'README': 'application/octet-stream',
    };
    for (const [path, want] of Object.entries(types)) assert.equal(contentType(path), want, path);
  });

  it('dist/_headers has exactly one rule for every file, with the headers of src/hosting/rules.ts', async () => {
    const { headersFor } = await loadRules();
    const rules = readFileSync(join(DIST, '_headers'), 'utf8')
      .split(/\n(?=\/)/)
      .map((block) => block.split('\n').filter((l) => l && !l.startsWith('#')))
      .filter((lines) => lines.length)
      .map(([path, ...lines]) => ({
        path,
        re: new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`),
        headers: Object.fromEntries(lines.map((l) => l.trim().split(/:\s(.*)/s).slice(0, 2))),
      }));
    // Cloudflare Pages reads at most 100 rules.
    assert.ok(rules.length <= 100, `dist/_headers has ${rules.length} rules; Cloudflare Pages reads at most 100`);
    for (const file of ['', ...filesOf(DIST)]) {
      if (/(^|\/)(\.htaccess|_headers)$/.test(file)) continue;
      const matching = rules.filter((r) => r.re.test(`/${file}`));
      assert.equal(matching.length, 1, `/${file}: one rule matches (${matching.map((r) => r.path).join(', ') || 'none'})`);
      const { 'Content-Type': _type, ...want } = headersFor(file);
      assert.deepEqual(matching[0].headers, want, `/${file}: headers`);
    }
  });

  describe("Debian's nginx with the README's block", () => {
    before(async () => {
      env.nginx = await startNginx(env.dir, env.site, readmeNginxBlock());
    });
    after(() => env.nginx?.stop());

    it('sends CORS, its type, the right caching and nosniff on every file, and on a 304', async () => {
      const count = await checkEveryFile(env.nginx.origin, env.site);
      assert.ok(count > 20, `${count} files checked`);
    });

    it('a page on another origin shows the pinned snippet, a src endpoint, an image badge and the iframe embed', { timeout: 60_000 }, async () => {
      await checkMemberPage(env.browser, env.nginx.origin);
    });
  });

  describe("Debian's Apache with the shipped dist/.htaccess", () => {
    before(async () => {
      assert.ok(existsSync(join(env.site, '.htaccess')), 'the build writes dist/.htaccess');
      env.apache = await startApache(env.dir, env.site);
    });
    after(() => env.apache?.stop());

    it('sends CORS, its type, the right caching and nosniff on every file, and on a 304', async () => {
      const count = await checkEveryFile(env.apache.origin, env.site);
      assert.ok(count > 20, `${count} files checked`);
    });

    it('a page on another origin shows the pinned snippet, a src endpoint, an image badge and the iframe embed', { timeout: 60_000 }, async () => {
      await checkMemberPage(env.browser, env.apache.origin);
    });
  });

  describe('npm start (vite preview)', () => {
    before(async () => {
      env.preview = await startPreview();
    });
    after(() => env.preview?.stop());

    it('sends the same headers', async () => {
      for (const path of [buildInfo.bundle, 'icn-widgets.js', 'statement.json', 'embed.html', 'embed.js', IMAGE_BADGE, 'icn-widgets.js.map']) {
        await checkFile(env.preview.origin, path);
      }
    });

    it('a snippet copied from the local builder works on another local origin', { timeout: 60_000 }, async () => {
      await checkMemberPage(env.browser, env.preview.origin);
    });
  });
});
