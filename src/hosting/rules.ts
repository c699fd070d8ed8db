/**
 * How every file in dist/ is served, in one place: `npm run build` writes `dist/_headers`
 * (Netlify, Cloudflare Pages) and `dist/.htaccess` (Apache) from these rules, `npm start`
 * (vite preview) applies them, and {@link nginxBlock} prints the block the README documents.
 *
 * Every file gets:
 * - `Access-Control-Allow-Origin: *`: members' pages are on other origins. A module script, a
 *   script with `integrity`, an image with `crossorigin` and anything fetched from a sandboxed
 *   iframe (an opaque origin, which makes even embed.html's own scripts cross-origin) is
 *   requested in CORS mode and blocked without it. The widgets send no credentials, so `*` is
 *   right and no other CORS header is needed.
 * - its Content-Type (with a charset for text) and `X-Content-Type-Options: nosniff`.
 * - a Cache-Control by what the name promises (see {@link cacheClass}).
 */

/** Cache-Control values, by class. */
export const CACHE_CONTROL = {
  /** The name changes whenever the content does: cache for a year, never revalidate. */
  immutable: 'public, max-age=31536000, immutable',
  /**
   * The pages (index.html, embed.html) name the versioned bundle and its integrity hash: they
   * are revalidated on every use (a `304` thanks to the ETag), so a release takes effect at
   * once and a page never names a bundle the server no longer has.
   */
  page: 'no-cache',
  /**
   * Everything else under a stable name (icn-widgets.js, statement.json, badges, manifests):
   * an edit reaches readers within five minutes, and for a day after that a stale copy is
   * shown at once while the fresh one is fetched.
   */
  short: 'public, max-age=300, stale-while-revalidate=86400',
} as const;

export type CacheClass = keyof typeof CACHE_CONTROL;

/** Content-Type by extension (the last one: `icn-widgets.js.map` is a `.map`). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  map: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  txt: 'text/plain; charset=utf-8',
  // dist/lib/**/*.d.ts: TypeScript declarations, shown as text (not video/mp2t, `.ts`'s usual type).
  ts: 'text/plain; charset=utf-8',
};

/** What a file without a known extension is sent as. */
export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/**
 * The versioned bundle, `icn-widgets-<version>.js`, which snippets pin with an integrity hash
 * (a semver, with an optional pre-release: `icn-widgets-1.2.0-beta.1.js`). Matched against
 * the file's base name.
 */
export const VERSIONED_NAME = /^icn-widgets-\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?\.js$/;

/**
 * A content-hashed name: `<name>-<hash>.js` (or `.mjs`, `.css`, and their `.map`), the hash
 * being 8 or more letters, digits or `_` with at least one digit (`chunk-3fa9c01b.js`,
 * `badge-Bx3k9_Qa.js`). Matched against the base name. The digit keeps ordinary hyphenated
 * names (`custom-elements.js`) out; a hash without a digit only costs a revalidation.
 */
export const HASHED_NAME = /-(?=[A-Za-z_]*\d)[A-Za-z0-9_]{8,}\.(?:m?js|css)(?:\.map)?$/;

/**
 * Every file in a folder of this name, at any depth (`chunks/loader-<hash>.js`,
 * `chunks/messages-<hash>/fr.js`), is content-hashed, whatever its name: its name or its
 * folder's carries the hash.
 */
export const HASHED_DIR = 'chunks';

/**
 * The static embed pages, `embed/<lang>/…`: each page with its oEmbed JSON and preview image
 * changes with every release (the page names the versioned bundle and its hash, the JSON the
 * frame's size), so the whole folder is revalidated like a page. One class for the folder also
 * keeps `_headers` to one rule for it (Cloudflare Pages reads at most 100 rules).
 */
export const PAGES_DIR = 'embed';

/** The file's extension, lower case, without the dot; `''` if none. */
function extension(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A URL path or a path inside dist/ (`/a/b.js`, `a/b.js`), as segments without empty ones. */
function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/**
 * The cache class of a file, from its path inside dist/ (`icn-widgets-0.1.0.js`,
 * `/badges/en/encc-light.png`; `''` or `/` is the index page).
 */
export function cacheClass(path: string): CacheClass {
  const parts = segments(path);
  const name = parts.at(-1) ?? 'index.html';
  if (parts.slice(0, -1).includes(HASHED_DIR)) return 'immutable';
  if (VERSIONED_NAME.test(name) || HASHED_NAME.test(name)) return 'immutable';
  if (extension(name) === 'html' || parts.length === 0) return 'page';
  if (parts.length === 3 && parts[0] === PAGES_DIR) return 'page';
  return 'short';
}

/** The Content-Type of a file, from its path inside dist/ (`/` is the index page). */
export function contentType(path: string): string {
  if (segments(path).length === 0) return CONTENT_TYPES.html!;
  return CONTENT_TYPES[extension(path)] ?? DEFAULT_CONTENT_TYPE;
}

/** The headers every response for this file carries, besides the server's own (ETag, …). */
export function headersFor(path: string): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    'Content-Type': contentType(path),
    'Cache-Control': CACHE_CONTROL[cacheClass(path)],
    'X-Content-Type-Options': 'nosniff',
  };
}

/**
 * `dist/_headers` for Netlify and Cloudflare Pages, from the files of dist/ (paths relative
 * to it, `/` separated).
 *
 * The two hosts treat a header set by two matching rules differently (Cloudflare joins the
 * values with a comma; Netlify keeps one), so no two rules here match the same path: each
 * top-level file has its own rule, each folder one `/<folder>/*` rule when all its files
 * share their headers (else one rule per file), `/` serves index.html, and `/embed` is
 * embed.html without its extension (as the hosts serve it). Content-Type is
 * left to the hosts, which send the right one by extension. Folders in `alwaysFolders` get a
 * rule even when absent at build time (files a later step writes).
 */
export function netlifyHeaders(files: readonly string[], alwaysFolders: readonly string[] = []): string {
  const rules = new Map<string, Record<string, string>>();
  const common = (path: string) => {
    const { 'Content-Type': _type, ...rest } = headersFor(path);
    return rest;
  };
  rules.set('/', common('/'));
  const folders = new Map<string, string[]>();
  for (const file of [...files].sort()) {
    const [first, ...rest] = segments(file);
    if (!first || first === '_headers') continue;
    if (rest.length === 0) rules.set(`/${first}`, common(file));
    else folders.set(first, [...(folders.get(first) ?? []), file]);
  }
  // Both hosts also answer a page without its `.html` (Cloudflare Pages redirects to that).
  for (const file of files) {
    const page = /^([^/]+)\.html$/.exec(file)?.[1];
    if (page && !files.includes(page) && !rules.has(`/${page}`)) rules.set(`/${page}`, common(file));
  }
  for (const folder of alwaysFolders) if (!folders.has(folder)) folders.set(folder, [`${folder}/any`]);
  for (const [folder, inside] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    const values = new Set(inside.map((f) => JSON.stringify(common(f))));
    if (values.size === 1) rules.set(`/${folder}/*`, common(inside[0]!));
    else for (const f of inside) rules.set(`/${segments(f).join('/')}`, common(f));
  }
  const lines = [
    '# How every file of this folder is served (Netlify, Cloudflare Pages). Written by `npm run build`',
    '# from src/hosting/rules.ts; see the README, "Host dist/". No two rules match the same path.',
  ];
  for (const [path, headers] of rules) {
    lines.push('', path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

/** A JavaScript regular expression as PCRE source for Apache and nginx (same syntax here). */
function pcre(re: RegExp): string {
  return re.source;
}

/**
 * `dist/.htaccess` for Apache 2.4 (needs mod_headers and mod_mime, and `AllowOverride
 * FileInfo` or `All` on the folder). Later `Header set` lines replace earlier ones: the
 * short default first, then pages, then versioned and hashed names.
 */
export function htaccess(): string {
  const types = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(CONTENT_TYPES)) types.set(type, [...(types.get(type) ?? []), ext]);
  const header = (name: string, value: string, always = false) =>
    `Header ${always ? 'always ' : ''}set ${name} "${value}"`;
  return [
    '# How every file of this folder is served (Apache 2.4, with mod_headers and mod_mime; the',
    '# folder needs AllowOverride FileInfo or All). Written by `npm run build` from',
    '# src/hosting/rules.ts; see the README, "Host dist/".',
    '',
    '<IfModule !mod_headers.c>',
    '  # Without mod_headers no file would carry CORS: fail loudly (500) rather than half work.',
    '  Error "icn-widgets: dist/.htaccess needs mod_headers (a2enmod headers)"',
    '</IfModule>',
    '',
    '# Content types: members\' pages load these from another origin, where a wrong type',
    '# (with nosniff) blocks a module script.',
    ...[...types].map(([type, exts]) => `AddType "${type}" ${exts.map((e) => `.${e}`).join(' ')}`),
    '',
    '# Every file, every origin: module scripts, integrity, images with crossorigin and',
    '# sandboxed iframes are all CORS requests. No credentials, so "*" is enough.',
    header('Access-Control-Allow-Origin', '*', true),
    header('X-Content-Type-Options', 'nosniff', true),
    '',
    '# Stable names: five minutes, then a day of stale-while-revalidate. Apache sends an ETag.',
    header('Cache-Control', CACHE_CONTROL.short),
    '',
    '# The pages name the versioned bundle and its hash: revalidate on every use. So are the',
    `# embed pages' oEmbed JSON and images (${PAGES_DIR}/<lang>/…), which change with them.`,
    '<FilesMatch "\\.html$">',
    `  ${header('Cache-Control', CACHE_CONTROL.page)}`,
    '</FilesMatch>',
    `<If "%{REQUEST_URI} =~ m#/${PAGES_DIR}/[^/]+/[^/]+$#">`,
    `  ${header('Cache-Control', CACHE_CONTROL.page)}`,
    '</If>',
    '',
    `# Versioned and content-hashed names never change: a year, immutable. Also every file`,
    `# under ${HASHED_DIR}/.`,
    `<FilesMatch "${pcre(VERSIONED_NAME)}|${pcre(HASHED_NAME)}">`,
    `  ${header('Cache-Control', CACHE_CONTROL.immutable)}`,
    '</FilesMatch>',
    `<If "%{REQUEST_URI} =~ m#/${HASHED_DIR}/.+$#">`,
    `  ${header('Cache-Control', CACHE_CONTROL.immutable)}`,
    '</If>',
    '',
  ].join('\n');
}

/**
 * The nginx block the README documents (and the e2e test serves verbatim from the README):
 * paste it into a `server { }`, with `root` set to where dist/ is.
 *
 * add_header is inherited by a nested location only if it has none of its own, so the three
 * headers are set once, in the outer location, and each nested location only chooses the
 * Cache-Control value through `$icn_cache`. `types` replaces nginx's table for these files
 * (Debian's sends .js as application/javascript and .ts as video/mp2t).
 */
export function nginxBlock(root = '/srv/icn-widgets/dist'): string {
  const types = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(CONTENT_TYPES)) {
    const bare = type.replace(/;.*$/, '');
    types.set(bare, [...(types.get(bare) ?? []), ext]);
  }
  const width = Math.max(...[...types.keys()].map((t) => t.length)) + 1;
  const charsetTypes = [...new Set(Object.values(CONTENT_TYPES).filter((t) => t.includes('charset') && !t.startsWith('text/html')).map((t) => t.replace(/;.*$/, '')))];
  return [
    '# icn-widgets: every file of dist/, from any origin. Inside your server { }.',
    'location / {',
    `  root ${root};`,
    '  types {',
    ...[...types].map(([type, exts]) => `    ${type.padEnd(width)}${exts.join(' ')};`),
    '  }',
    `  default_type ${DEFAULT_CONTENT_TYPE};`,
    '  charset utf-8;',
    `  charset_types ${charsetTypes.join(' ')};`,
    '  etag on;',
    '',
    '  add_header Access-Control-Allow-Origin "*" always;',
    '  add_header X-Content-Type-Options "nosniff" always;',
    '  add_header Cache-Control $icn_cache;',
    '',
    '  # Stable names: five minutes, then a day of stale-while-revalidate.',
    `  set $icn_cache "${CACHE_CONTROL.short}";`,
    '',
    '  # Versioned and content-hashed names never change.',
    `  location ~ "/${HASHED_DIR}/.+$|/${pcre(VERSIONED_NAME).slice(1)}|${pcre(HASHED_NAME)}" {`,
    `    set $icn_cache "${CACHE_CONTROL.immutable}";`,
    '  }',
    '  # Pages name the versioned bundle and its hash, and the embed pages\' JSON and images',
    '  # change with them: revalidate on every use.',
    `  location ~ "(\\.html|/)$|/${PAGES_DIR}/[^/]+/[^/]+$" {`,
    `    set $icn_cache "${CACHE_CONTROL.page}";`,
    '  }',
    '}',
  ].join('\n');
}
