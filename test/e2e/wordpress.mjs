/**
 * A real, private WordPress for end-to-end tests: Debian's `wordpress` package (6.1 in Debian 12)
 * on PHP 8.2's built-in server, with its own MariaDB, started for one test file and stopped after.
 *
 * Nothing outside a temporary directory is written or changed:
 *
 * - Debian's `/usr/share/wordpress/wp-config.php` only reads `/etc/wordpress/config-<host>.php`,
 *   and PHP resolves symbolic links in `__DIR__`, so a docroot of links to Debian's core would
 *   still load Debian's configuration. The harness therefore copies the core (about 60 MB, about
 *   a second) into the temporary directory and writes its own `wp-config.php` there; `wp-content`
 *   (the theme, the must-use plugin, uploads) is that copy's own. `/etc/wordpress` and
 *   `/usr/share/wordpress` are only read.
 * - MariaDB runs as a private server: its data directory and Unix socket are in the temporary
 *   directory, with networking off (`--skip-networking`), so no port is used and no other
 *   database is touched. `--user=root` because the tests run as root.
 * - `php -S 127.0.0.1:<free port>` serves the copy, through a router that sends what is not a
 *   file to `index.php`, as Apache's rewrite rules would.
 * - The configuration keeps WordPress off the internet (`WP_HTTP_BLOCK_EXTERNAL`: only its own
 *   host, 127.0.0.1, is reachable), with cron, updates and file changes off.
 *
 * TEST-ONLY must-use plugin: WordPress refuses to fetch from loopback addresses and from ports
 * other than 80, 443 and 8080 (`wp_http_validate_url()`), so oEmbed discovery could not reach a
 * provider on 127.0.0.1:4173. The plugin lets WordPress fetch from 127.0.0.1 on any port, and
 * allows Application Passwords over plain HTTP so the test can post through the REST API as a
 * given user. A real site needs neither: its providers are public HTTPS hosts.
 *
 * The packages: `wordpress wordpress-theme-twentytwentythree mariadb-server php8.2-cli
 * php8.2-mysql` (`.ci/run` installs them when missing).
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Debian's packages the harness needs. */
export const WORDPRESS_PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php8.2-cli', 'php8.2-mysql'];

const CORE = '/usr/share/wordpress';
const THEME = 'twentytwentythree';

/** The first executable found among `names` in PATH and the sbin directories, or null. */
function which(...names) {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin', '/sbin'];
  for (const name of names) for (const dir of dirs) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return null;
}

/** The programs, or an Error naming the packages to install. */
export function findPrograms() {
  const found = {
    php: which('php8.2', 'php'),
    mariadbd: which('mariadbd', 'mysqld'),
    installDb: which('mariadb-install-db', 'mysql_install_db'),
  };
  const missing = [];
  if (!existsSync(join(CORE, 'wp-settings.php'))) missing.push(`WordPress in ${CORE} (package wordpress)`);
  if (!existsSync(join(CORE, 'wp-content/themes', THEME, 'theme.json'))) missing.push(`the ${THEME} theme (package wordpress-theme-${THEME})`);
  if (!found.mariadbd || !found.installDb) missing.push('mariadbd and mariadb-install-db (package mariadb-server)');
  if (!found.php) missing.push('php (package php8.2-cli)');
  else {
    const modules = spawnSync(found.php, ['-m'], { encoding: 'utf8' }).stdout ?? '';
    if (!/^mysqli$/m.test(modules)) missing.push("PHP's mysqli (package php8.2-mysql)");
  }
  if (missing.length) {
    throw new Error(
      `The WordPress end-to-end tests need Debian's packages ${WORDPRESS_PACKAGES.join(' ')} ` +
        `(.ci/run installs them: apt-get install ${WORDPRESS_PACKAGES.join(' ')}). Missing: ${missing.join('; ')}.`,
    );
  }
  return found;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until `ready()` is true, or throws `message()` after `timeout` ms or when `child` exits. */
async function waitFor(ready, { child, timeout = 30_000, message }) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${message()} (exited with ${child.exitCode})`);
    if (await ready()) return;
    await sleep(50);
  }
  throw new Error(`${message()} (not ready after ${timeout / 1000} s)`);
}

const canConnect = (options) =>
  new Promise((r) => {
    const socket = createConnection(options, () => (socket.end(), r(true)));
    socket.on('error', () => r(false));
  });

const tail = (file, lines = 20) => (existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : '(no log)');

/** Children still running and temporary directories; cleared if the test process ends first. */
const children = new Set();
const directories = new Set();
process.on('exit', () => {
  for (const child of children) signal(child, 'SIGKILL');
  for (const dir of directories) rmSync(dir, { recursive: true, force: true });
});
// The children have their own process groups, so an interrupt does not reach them: pass it on.
for (const name of ['SIGINT', 'SIGTERM']) {
  process.once(name, () => process.exit(128 + (name === 'SIGINT' ? 2 : 15)));
}

/** Signals a child's whole process group: php -S's workers are the server's own children. */
function signal(child, name) {
  try {
    process.kill(-child.pid, name);
  } catch {
    child.kill(name);
  }
}

/** Starts a program in its own process group, its output appended to `log`. */
function start(command, args, { log, ...options }) {
  const out = openSync(log, 'a');
  const child = spawn(command, args, { stdio: ['ignore', out, out], detached: true, ...options });
  closeSync(out);
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

async function stop(child, timeout = 10_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  signal(child, 'SIGTERM');
  let timer;
  const late = new Promise((r) => (timer = setTimeout(r, timeout, 'late')));
  const outcome = await Promise.race([exited, late]);
  clearTimeout(timer);
  if (outcome !== 'late') return;
  signal(child, 'SIGKILL');
  await exited;
}

const php = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** wp-config.php for the private copy. */
function wpConfig({ socket, url, debugLog }) {
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((name) => `define(${php(name)}, ${php(randomBytes(32).toString('hex'))});`)
    .join('\n');
  return `<?php
// Written by test/e2e/wordpress.mjs for one test run, in a temporary directory.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', ${php(`localhost:${socket}`)});
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${salts}
$table_prefix = 'wp_';
define('WP_HOME', ${php(url)});
define('WP_SITEURL', ${php(url)});
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', ${php(debugLog)});
// Only WordPress's own host (127.0.0.1) is reachable: no update checks, no internet.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISALLOW_FILE_MODS', true);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}

/** php -S router: real files as they are, everything else through index.php (pretty links, favicon). */
const ROUTER = `<?php
// Written by test/e2e/wordpress.mjs: what Apache's rewrite rules do for WordPress.
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if ($path !== '/' && file_exists($file)) return false;
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['SCRIPT_FILENAME'];
`;

/** The test-only must-use plugin (see the header comment). */
const MU_PLUGIN = `<?php
/**
 * Plugin Name: icn-widgets end-to-end test only
 * Description: Exists only for the icn-widgets WordPress test (test/e2e/wordpress.mjs) and is
 * deleted with its temporary site. WordPress refuses to fetch from loopback addresses, and from
 * ports other than 80, 443 and 8080; the test's oEmbed providers are on 127.0.0.1 at other
 * ports. Application Passwords need HTTPS; the test site is plain HTTP.
 */
add_filter('http_request_host_is_external', function ($external, $host) {
    return $external || $host === '127.0.0.1';
}, 10, 2);
add_filter('http_allowed_safe_ports', function ($ports, $host, $url) {
    $port = parse_url($url, PHP_URL_PORT);
    return $host === '127.0.0.1' && $port ? array_merge($ports, array($port)) : $ports;
}, 10, 3);
add_filter('wp_is_application_passwords_available', '__return_true');
`;

/** Creates the database, installs WordPress, the users and their Application Passwords; prints JSON. */
function installScript({ socket, password }) {
  return `<?php
$db = new mysqli('localhost', 'root', '', '', 0, ${php(socket)});
$db->query('CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4');
$db->close();
define('WP_INSTALLING', true);
require __DIR__ . '/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$installed = wp_install('icn-widgets test site', 'admin', 'admin@example.org', false, '', ${php(password)}, 'en_US');
switch_theme(${php(THEME)});
$users = array('admin' => (int) $installed['user_id']);
$users['author'] = wp_insert_user(array(
    'user_login' => 'author', 'user_pass' => ${php(password)}, 'user_email' => 'author@example.org',
    'display_name' => 'Author (test user)', 'role' => 'author',
));
if (is_wp_error($users['author'])) { fwrite(STDERR, $users['author']->get_error_message()); exit(1); }
$out = array();
foreach ($users as $login => $id) {
    $user = get_userdata($id);
    list($app_password) = WP_Application_Passwords::create_new_application_password($id, array('name' => 'icn-widgets e2e'));
    $out[$login] = array(
        'id' => $id, 'login' => $login, 'applicationPassword' => $app_password, 'roles' => $user->roles,
        'unfilteredHtml' => user_can($id, 'unfiltered_html'),
    );
}
$out['version'] = get_bloginfo('version');
$out['theme'] = get_stylesheet();
echo json_encode($out);
`;
}

/**
 * Starts MariaDB and WordPress and installs the site. Returns the site's `url`, its `users`
 * (`admin`, `author`: id, login, applicationPassword, roles, unfilteredHtml), `version`,
 * `post(user, fields)` (REST API, as that user), `debugLog()` and `stop()`.
 */
export async function startWordPress() {
  const programs = findPrograms();
  const dir = mkdtempSync(join(tmpdir(), 'icn-wordpress-'));
  directories.add(dir);
  const socket = join(dir, 'mysql.sock');
  const log = (name) => join(dir, `${name}.log`);
  let mariadb;
  let server;
  const site = {
    dir,
    async stop() {
      await stop(server);
      await stop(mariadb, 30_000);
      rmSync(dir, { recursive: true, force: true });
      directories.delete(dir);
    },
  };
  try {
    // MariaDB: private data directory and socket, no networking.
    const install = spawnSync(
      programs.installDb,
      ['--no-defaults', `--datadir=${join(dir, 'data')}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'],
      { encoding: 'utf8' },
    );
    if (install.status !== 0) throw new Error(`mariadb-install-db failed:\n${install.stdout}\n${install.stderr}`);
    mariadb = start(
      programs.mariadbd,
      [
        '--no-defaults',
        `--datadir=${join(dir, 'data')}`,
        `--socket=${socket}`,
        `--pid-file=${join(dir, 'mariadb.pid')}`,
        `--log-error=${log('mariadb')}`,
        '--skip-networking',
        '--user=root',
        '--innodb-buffer-pool-size=32M',
        '--innodb-log-file-size=16M',
        '--innodb-flush-log-at-trx-commit=0',
      ],
      { log: log('mariadb-out') },
    );
    await waitFor(() => canConnect({ path: socket }), { child: mariadb, message: () => `MariaDB did not start:\n${tail(log('mariadb'))}` });

    // WordPress: a private copy of Debian's core, with its own wp-config.php and wp-content.
    const root = join(dir, 'wordpress');
    const copy = spawnSync('cp', ['-rL', CORE, root], { encoding: 'utf8' });
    if (copy.status !== 0) throw new Error(`Could not copy ${CORE}: ${copy.stderr}`);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const debugLog = log('wordpress-debug');
    rmSync(join(root, 'wp-config.php'));
    writeFileSync(join(root, 'wp-config.php'), wpConfig({ socket, url, debugLog }));
    mkdirSync(join(root, 'wp-content/mu-plugins'), { recursive: true });
    mkdirSync(join(root, 'wp-content/uploads'), { recursive: true });
    writeFileSync(join(root, 'wp-content/mu-plugins/icn-e2e-test-only.php'), MU_PLUGIN);
    writeFileSync(join(dir, 'router.php'), ROUTER);

    const password = randomBytes(12).toString('hex');
    writeFileSync(join(dir, 'install.php'), installScript({ socket, password }));
    const installed = spawnSync(programs.php, [join(dir, 'install.php')], { cwd: dir, encoding: 'utf8' });
    let info;
    try {
      info = JSON.parse(installed.stdout.slice(installed.stdout.indexOf('{')));
    } catch {
      throw new Error(`Installing WordPress failed (exit ${installed.status}):\n${installed.stdout}\n${installed.stderr}\n${tail(debugLog)}`);
    }

    server = start(programs.php, ['-S', `127.0.0.1:${port}`, '-t', root, join(dir, 'router.php')], {
      cwd: dir,
      log: log('php-server'),
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    await waitFor(() => canConnect({ host: '127.0.0.1', port }), { child: server, message: () => `php -S did not start:\n${tail(log('php-server'))}` });

    Object.assign(site, {
      url,
      version: info.version,
      theme: info.theme,
      users: { admin: info.admin, author: info.author },
      /** WordPress's debug log (PHP errors, warnings, notices). */
      debugLog: () => (existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : ''),
      /**
       * A REST API request as `user` (Application Password), with `query` parameters and a JSON
       * `body`; returns the parsed JSON, or throws with WordPress's answer.
       */
      async rest(user, route, { method = 'GET', body, query = {} } = {}) {
        const search = new URLSearchParams({ rest_route: route, ...query });
        const response = await fetch(`${url}/?${search}`, {
          method,
          headers: {
            authorization: `Basic ${Buffer.from(`${user.login}:${user.applicationPassword}`).toString('base64')}`,
            ...(body ? { 'content-type': 'application/json' } : {}),
          },
          body: body ? JSON.stringify(body) : undefined,
        });
        const json = await response.json().catch(() => null);
        if (!response.ok) throw new Error(`${method} ${route} as ${user.login}: HTTP ${response.status} ${JSON.stringify(json)}`);
        return json;
      },
      /** Publishes a post as `user` through the REST API (WordPress's own save path and filters). */
      post(user, fields) {
        return site.rest(user, '/wp/v2/posts', { method: 'POST', body: { status: 'publish', ...fields } });
      },
    });
    return site;
  } catch (error) {
    await site.stop().catch(() => {});
    throw error;
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * A static server on 127.0.0.1:`port` for `root` (and for `routes`, a Map of path to
 * `{ body, type }` that wins over files), with `Access-Control-Allow-Origin: *` on every answer:
 * pages in WordPress's sandboxed frames have an opaque origin, so even their own scripts are
 * cross-origin requests. Records each request (`requests`: method, path, search, user agent).
 */
export async function serveStatic({ root, port = 0, routes = new Map() }) {
  const base = root ? resolve(root) : null;
  const requests = [];
  const server = createHttpServer((req, res) => {
    const { pathname, search } = new URL(req.url, 'http://x');
    const path = decodeURIComponent(pathname);
    requests.push({ method: req.method, path, search, userAgent: req.headers['user-agent'] ?? '' });
    const cors = { 'access-control-allow-origin': '*' };
    const route = routes.get(path);
    if (route) return res.writeHead(200, { 'content-type': route.type ?? TYPES[extname(path)], ...cors }).end(route.body);
    let file = base && normalize(join(base, path));
    if (file && (file === base || file.startsWith(base + sep)) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !(file === base || file.startsWith(base + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      return res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...cors }).end('Not found');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...cors });
    res.end(readFileSync(file));
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', (error) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} on 127.0.0.1 is in use (is \`npm start\` or another preview running?). The test serves dist/ there: the built embed pages carry absolute URLs for http://127.0.0.1:${port}/ (ICN_PUBLIC_URL's default).`)
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', resolveListen);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    routes,
    close: () => new Promise((r) => (server.closeAllConnections?.(), server.close(r))),
  };
}
