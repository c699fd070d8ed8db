/**
 * `ICN_ALLOWED_SOURCES` at build time: the project is built again, into a temporary folder, with
 * one allowed folder on the other origin; its embed.html takes a `src` there and nowhere else,
 * and its Content-Security-Policy says the same.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { statement, suiteEnvironment } from './harness.mjs';

describe('embed.html built with ICN_ALLOWED_SOURCES', () => {
  const env = suiteEnvironment();
  const out = mkdtempSync(join(tmpdir(), 'icn-sources-'));
  after(() => rmSync(out, { recursive: true, force: true }));

  it('loads a src in an allowed folder on another origin, ignores any other, and its CSP allows that folder only', { timeout: 180_000 }, async () => {
    const { a, b } = env.servers;
    const folder = `${b}/api/cors/`;
    await promisify(execFile)(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], {
      env: { ...process.env, ICN_ALLOWED_SOURCES: `${folder}, https://data.example.org` },
    });
    env.servers.mount('/other-dist/', out);
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));

    await page.goto(`${a}/other-dist/embed.html?element=principles&src=${encodeURIComponent(`${folder}statement.json`)}`);
    await page.waitForFunction(() => document.querySelector('icn-principles')?.statement?.title.startsWith('TEST DATA'), undefined, { timeout: 20_000 });
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(policy, new RegExp(`connect-src 'self' ${folder.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} https://data\\.example\\.org(;|$)`));

    await page.goto(`${a}/other-dist/embed.html?element=principles&src=${encodeURIComponent(`${b}/api/statement.json`)}`);
    await page.waitForFunction(() => document.querySelector('icn-principles')?.statement);
    assert.equal(await page.locator('icn-principles').getAttribute('src'), null);
    assert.equal(await page.locator('icn-principles').evaluate((el) => el.statement.title), statement.title);
    assert.ok(warnings.some((w) => /is neither on this site nor among the sources allowed/.test(w)), warnings.join('\n'));
    // And the browser holds to the policy: outside the folder, nothing is fetched.
    const other = await page.evaluate((url) => fetch(url).then(() => 'fetched', () => 'refused'), `${b}/api/statement.json`);
    assert.equal(other, 'refused');
    await context.close();
  });
});
