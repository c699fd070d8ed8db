/**
 * Broken endpoints, in a real browser: each ends in the embedded statement and an icn-error
 * with the right reason; a cross-origin endpoint with CORS works; no request carries cookies.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hostPage, open, remoteStatement, statement, suiteEnvironment } from './harness.mjs';

describe('endpoints', () => {
  const env = suiteEnvironment();

  it('each failure falls back with its reason; CORS and redirects to data work; no cookie is sent', { timeout: 60_000 }, async () => {
    const { a, b } = env.servers;
    const cases = {
      'not-found': [`${a}/api/not-found`, 'http'],
      'server-error': [`${a}/api/server-error`, 'http'],
      login: [`${a}/api/login`, 'parse'],
      'redirect-to-login': [`${a}/api/redirect-to-login`, 'parse'],
      malformed: [`${a}/api/malformed`, 'parse'],
      'wrong-schema': [`${a}/api/wrong-schema`, 'schema'],
      huge: [`${a}/api/huge`, 'parse'],
      hang: [`${a}/api/hang`, 'timeout'],
      'no-cors': [`${b}/api/no-cors/statement.json`, 'network'],
      unreachable: ['http://127.0.0.1:9/statement.json', 'network'],
      cors: [`${b}/api/cors/statement.json`, null],
      'redirect-to-statement': [`${a}/api/redirect-to-statement`, null],
      'same-origin': [`${a}/api/statement.json`, null],
    };
    const body = Object.entries(cases)
      .map(([id, [src]]) => `<icn-principles id="${id}" principle="1" src="${src}"></icn-principles>`)
      .join('\n');
    env.servers.page('/endpoints.html', hostPage(body));

    const context = await env.browser.newContext();
    // The reader has cookies on both origins: none may reach an endpoint.
    for (const origin of [a, b]) {
      const page = await context.newPage();
      await page.goto(`${origin}/set-cookie`);
      await page.close();
    }
    const started = env.servers.requests.length;
    const page = await open(context, `${a}/endpoints.html`);
    const events = await page.events();

    for (const [id, [, reason]] of Object.entries(cases)) {
      const title = await page.locator(`#${id}`).evaluate((el) => el.shadowRoot.querySelector('[part~="title"]').textContent);
      const mine = events.filter((e) => e.id === id);
      const errors = mine.filter((e) => e.type === 'icn-error').map((e) => e.detail);
      const loads = mine.filter((e) => e.type === 'icn-load').map((e) => e.detail.source);
      if (reason) {
        assert.equal(title, statement.title, `${id}: shows the embedded statement`);
        assert.deepEqual(errors.map((e) => e.reason), [reason], `${id}: icn-error reason`);
        assert.match(errors[0].message, /embedded statement is shown instead/, `${id}: the message says what happens`);
        assert.deepEqual(loads, ['embedded'], `${id}: icn-load`);
      } else {
        assert.equal(title, remoteStatement.title, `${id}: shows the remote statement`);
        assert.deepEqual(errors, [], `${id}: no error`);
        assert.deepEqual(loads, ['remote'], `${id}: icn-load`);
      }
    }
    assert.deepEqual(page.errors.filter((e) => !/Failed to load resource|CORS|ERR_CONNECTION_REFUSED|ERR_EMPTY_RESPONSE/.test(e)), [], 'nothing thrown');
    await page.close();

    const endpointRequests = env.servers.requests.slice(started).filter((r) => r.path.startsWith('/api/'));
    assert.ok(endpointRequests.length >= 10, 'the endpoints were asked');
    assert.deepEqual(endpointRequests.filter((r) => r.cookie), [], 'no endpoint request carries a cookie');
    const hostRequest = env.servers.requests.slice(started).find((r) => r.path === '/endpoints.html');
    assert.match(hostRequest.cookie ?? '', /reader-a=secret/, 'the reader does have a cookie (so the check above can fail)');
    await context.close();
  });
});
