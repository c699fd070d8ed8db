/**
 * Renders every story of the built Storybook (storybook-static/) in Chromium and fails on a
 * page error, a console error, Storybook's error display, an element left empty, or an axe
 * violation (WCAG 2 A/AA, as the accessibility addon checks); then one story with the toolbar's
 * language and direction set in the URL. Run by `npm test` after `npm run build-storybook`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const root = 'storybook-static';
if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  if (path === '/favicon.ico') {
    res.writeHead(204).end(); // Chromium asks for it on the first page; Storybook has none.
    return;
  }
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await (await fetch(`${base}/index.json`)).text());
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const docs = Object.values(index.entries).filter((e) => e.type === 'docs');
const manifest = JSON.parse(await (await import('node:fs/promises')).readFile('dist/custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

const globalsChecks = [
  { query: 'globals=locale:de;dir:rtl', lang: 'de', dir: 'rtl', heading: 'Unterzeichner' },
  { query: 'globals=locale:de;dir:rtl&args=lang:it', lang: 'de', dir: 'rtl', heading: 'Firmatari' },
  // A language of its own direction: Arabic turns the page right to left unless the toolbar says otherwise.
  { query: 'globals=locale:ar', lang: 'ar', dir: 'rtl', heading: 'الموقّعون' },
  { query: 'globals=locale:uk;dir:ltr', lang: 'uk', dir: 'ltr', heading: 'Підписанти' },
];

const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

let failed = 0;
try {
  for (const story of stories) {
    const problems = [];
    const page = await browser.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()} ${m.location()?.url ?? ''}`));
    try {
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load', timeout: 30_000 });
      await page.waitForFunction(
        () => document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'),
        { timeout: 15_000 },
      );
      const state = await page.evaluate(async () => {
        const elements = [...document.querySelectorAll('#storybook-root icn-principles, #storybook-root icn-badge, #storybook-root icn-signatories')];
        await Promise.all(elements.map((e) => e.updateComplete));
        // Let remote data and fallbacks settle.
        const deadline = Date.now() + 5000;
        while (elements.some((e) => e.shadowRoot?.querySelector('[aria-busy="true"]')) && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 50));
        }
        return {
          errorShown: document.body.classList.contains('sb-show-errordisplay'),
          elements: elements.length,
          empty: elements.filter((e) => !(e.shadowRoot?.textContent ?? '').trim()).map((e) => e.localName),
        };
      });
      if (state.errorShown) problems.push('Storybook shows its error display');
      if (!state.elements) problems.push('the story renders no element');
      for (const tag of state.empty) problems.push(`<${tag}> rendered nothing`);
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        // Storybook's accessibility addon runs axe on each story too: wait for its run to end.
        for (let tries = 0; ; tries += 1) {
          try {
            const result = await window.axe.run('#storybook-root', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
            return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
          } catch (error) {
            if (tries > 50 || !/already running/.test(String(error))) throw error;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      });
      problems.push(...violations.map((v) => `axe ${v}`));
    } catch (error) {
      problems.push(String(error));
    }
    await page.close();
    if (problems.length) {
      failed += 1;
      console.log(`✗ ${story.title} / ${story.name}\n${problems.map((p) => `    ${p}`).join('\n')}`);
    } else {
      console.log(`✓ ${story.title} / ${story.name}`);
    }
  }

  // The toolbar's language and direction (globals) reach the story through the preview's wrapper;
  // an element's own lang (a story arg) still wins over it.
  for (const check of globalsChecks) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    try {
      await page.goto(`${base}/iframe.html?id=elements-icn-signatories--grid&viewMode=story&${check.query}`, { waitUntil: 'load', timeout: 30_000 });
      await page.waitForFunction(() => document.body.classList.contains('sb-show-main'), { timeout: 15_000 });
      const state = await page.evaluate(async () => {
        const element = document.querySelector('#storybook-root icn-signatories');
        await element?.updateComplete;
        return {
          lang: element?.parentElement?.closest('[lang]')?.lang,
          dir: element?.closest('[dir]')?.dir,
          heading: element?.shadowRoot?.querySelector('[role="heading"]')?.textContent.trim(),
        };
      });
      if (state.lang !== check.lang || state.dir !== check.dir) problems.push(`the wrapper has lang="${state.lang}" dir="${state.dir}", not ${check.lang} / ${check.dir}`);
      if (state.heading !== check.heading) problems.push(`the heading reads "${state.heading}", not "${check.heading}"`);
    } catch (error) {
      problems.push(String(error));
    }
    await page.close();
    if (problems.length) failed += 1;
    console.log(`${problems.length ? '✗' : '✓'} Elements/icn-signatories / Grid with ${check.query}${problems.map((p) => `\n    ${p}`).join('')}`);
  }

  // Each element's docs page lists what its manifest says: attributes, events, parts, custom properties.
  for (const entry of docs) {
    const tag = entry.title.split('/').pop();
    const declaration = declarations.find((d) => d.tagName === tag);
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    try {
      if (!declaration) throw new Error(`no manifest entry for <${tag}>`);
      await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=docs`, { waitUntil: 'load', timeout: 30_000 });
      await page.waitForFunction(() => /CSS SHADOW PARTS/i.test(document.querySelector('#storybook-docs')?.innerText ?? ''), { timeout: 15_000 });
      const text = await page.evaluate(() => document.querySelector('#storybook-docs').innerText);
      const expected = [
        ...declaration.attributes.map((a) => a.name),
        ...declaration.events.map((e) => e.name),
        ...declaration.cssParts.map((p) => p.name),
        ...declaration.cssProperties.map((p) => p.name),
      ];
      for (const name of expected) if (!text.includes(name)) problems.push(`the docs page does not list ${name}`);
      if (!text.includes(declaration.description.split(':')[0].split(',')[0].trim())) problems.push('the docs page does not show the description');
    } catch (error) {
      problems.push(String(error));
    }
    await page.close();
    if (problems.length) failed += 1;
    console.log(`${problems.length ? '✗' : '✓'} ${entry.title} / docs${problems.map((p) => `\n    ${p}`).join('')}`);
  }
} finally {
  await browser.close();
  server.close();
}

const total = stories.length + globalsChecks.length + docs.length;
console.log(`stories and docs pages: ${total - failed} passed, ${failed} failed`);
process.exit(failed || !stories.length ? 1 : 0);
