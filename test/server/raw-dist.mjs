/**
 * Serves dist/ byte for byte, before the test server's own transforms (which rewrite JS and
 * inject scripts into HTML): the pages pin the bundle with a Subresource Integrity hash, so a
 * single changed byte would block it, as it would on a member's site.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8' };

export async function rawDist(ctx, next) {
  if (!ctx.path.startsWith('/dist/')) return next();
  const file = normalize(join('.', ctx.path));
  if (!file.startsWith('dist') || !existsSync(file) || !statSync(file).isFile()) return next();
  ctx.type = types[extname(file)] ?? 'application/octet-stream';
  ctx.body = readFileSync(file);
}
