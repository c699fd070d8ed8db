/**
 * Test endpoints under /fake/, served by the test runner, one per way a statement endpoint can
 * fail. Each request's count and Cookie header are recorded so tests can check that one URL is
 * fetched once and that no cookie is sent. A valid endpoint is the static file
 * /test/fixtures/remote-statement.json.
 */
import { existsSync, readFileSync } from 'node:fs';

/** The statement as published: the shared source beside the project, else the copy kept in test/fixtures. */
const sourceFile = ['../shared/statement-source.txt', 'test/fixtures/statement-source.txt'].find((f) => existsSync(f));

const hits = new Map();
let lastCookie = null;

const wrongSchema = { schemaVersion: 2, id: 'x', title: 42, signatories: 'none' };
const html = '<!doctype html><html><head><title>Log in</title></head><body><form>Log in</form></body></html>';

export async function fakeEndpoints(ctx, next) {
  const path = ctx.path;
  if (path === '/statement-source.txt') {
    ctx.type = 'text/plain; charset=utf-8';
    ctx.body = readFileSync(sourceFile, 'utf8');
    return;
  }
  if (!path.startsWith('/fake/')) return next();
  if (path === '/fake/hits') {
    ctx.body = { count: hits.get(ctx.query.path) ?? 0, cookie: lastCookie };
    return;
  }
  hits.set(path, (hits.get(path) ?? 0) + 1);
  lastCookie = ctx.get('cookie') || null;
  switch (path.split('/')[2]) {
    case 'not-found':
      ctx.status = 404;
      ctx.body = 'Not found';
      return;
    case 'server-error':
      ctx.status = 500;
      ctx.body = 'Internal error';
      return;
    case 'malformed':
      ctx.type = 'application/json';
      ctx.body = '{"schemaVersion": 1, "title": ';
      return;
    case 'login-page':
      ctx.type = 'text/html';
      ctx.body = html;
      return;
    case 'wrong-schema':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(wrongSchema);
      return;
    case 'hang':
      // Answers long after any test's timeout, so the client gives up first.
      await new Promise((resolve) => setTimeout(resolve, 4000));
      ctx.type = 'application/json';
      ctx.body = '{}';
      return;
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, 300));
      ctx.redirect('/test/fixtures/remote-statement.json');
      return;
    default:
      ctx.status = 404;
  }
}
