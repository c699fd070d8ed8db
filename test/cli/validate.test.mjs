/**
 * `icn-widgets validate`, run as built (`dist/lib/cli/icn-widgets.js`, by `tsc -p
 * tsconfig.build.json`) on files in test/cli/fixtures/ and on addresses served by a local
 * server. Run after the build: `node --test test/cli/validate.test.mjs` (or `node --test test/cli/`
 * on Node 20).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = 'dist/lib/cli/icn-widgets.js';
const fixture = (name) => `test/cli/fixtures/${name}`;

/** Runs the CLI from the project root; resolves with its exit code and both outputs. */
function run(...args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Lines of an output, without the final newline. */
const lines = (text) => text.replace(/\n$/, '').split('\n');

const usage = ['Usage: icn-widgets validate <file or web address>', 'More: icn-widgets --help'];

describe('icn-widgets validate, files', () => {
  it('accepts the statement the build publishes', async () => {
    const { code, stdout, stderr } = await run('validate', 'dist/statement.json');
    assert.equal(stdout, 'OK: 8 principles, 19 signatories, no translations\n');
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });

  it('runs as `npx icn-widgets` inside the clone, without asking the registry', async () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const { code, stdout } = await new Promise((resolve, reject) => {
      const child = spawn(npm, ['exec', '--offline', '--', 'icn-widgets', 'validate', 'dist/statement.json'], { cwd: root });
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('error', reject);
      child.on('close', (exit) => resolve({ code: exit, stdout: out }));
    });
    assert.equal(stdout, 'OK: 8 principles, 19 signatories, no translations\n');
    assert.equal(code, 0);
    // The build leaves it executable: npx runs the file itself, and a fresh clone installs before it builds.
    assert.ok(statSync(join(root, cli)).mode & 0o111, `${cli} is executable`);
  });

  it('names the translations, and notes unknown fields without failing', async () => {
    const { code, stdout, stderr } = await run('validate', fixture('valid-with-notes.json'));
    assert.deepEqual(lines(stdout), [
      'note: signatories[2] (Res Artis): acronyn is not a field of the statement format; it is ignored',
      'note: translations.de.subtitle is not a field of the statement format; it is ignored',
      'OK: 2 principles, 4 signatories, translations: fr, de',
    ]);
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });

  const invalid = [
    ['a missing name', 'missing-name.json', ['signatories[1] (IETM): name is missing']],
    [
      'addresses that are not web addresses',
      'bad-url.json',
      ['joinUrl must be a valid web address', 'signatories[3] (TEH): url must be a web address starting with http:// or https://'],
    ],
    [
      'values of the wrong type, every one of them',
      'wrong-type.json',
      [
        'schemaVersion must be 1',
        'title must be text',
        'intro must be a list',
        'principles must hold at least one principle',
        'signatories[0] must be an object',
        'signatories[1] (IETM): id must be text',
      ],
    ],
    ['a repeated id', 'duplicate-id.json', ['signatories[4] (European Network of Cultural Centres (again)): id "encc" is used again (first at signatories[0])']],
    [
      'a repeated acronym, whatever its case',
      'duplicate-acronym.json',
      ['signatories[4] (Another ENCC): acronym "Encc" is used again (first at signatories[0])'],
    ],
  ];
  for (const [what, file, problems] of invalid) {
    it(`reports ${what}, one sentence a line, and exits 1`, async () => {
      const { code, stdout, stderr } = await run('validate', fixture(file));
      const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
      assert.deepEqual(lines(stdout), [...problems, `${fixture(file)} does not follow the statement format: ${count}.`]);
      assert.equal(stderr, '');
      assert.equal(code, 1);
    });
  }

  const unreadable = [
    [
      'malformed JSON, with its line and column',
      'malformed.json',
      'is not valid JSON: a "," or "}" is missing before a quote mark (") at line 7, column 3.',
    ],
    ['an empty file', 'empty.json', 'is empty.'],
    ['a file that does not exist', 'no-such-file.json', 'does not exist.'],
    ['a folder', '', 'is a folder, not a file.'],
  ];
  for (const [what, file, sentence] of unreadable) {
    it(`says so for ${what}, and exits 2`, async () => {
      const { code, stdout, stderr } = await run('validate', fixture(file));
      assert.equal(stderr, `icn-widgets: ${fixture(file)} ${sentence}\n`);
      assert.equal(stdout, '');
      assert.equal(code, 2);
    });
  }
});

describe('icn-widgets validate, web addresses', () => {
  let server;
  let base;
  let closedPort;

  before(async () => {
    const statement = await readFile(`${root}dist/statement.json`, 'utf8');
    server = createServer((request, response) => {
      const send = (status, type, body, headers = {}) => {
        response.writeHead(status, { 'content-type': type, ...headers });
        response.end(body);
      };
      switch (request.url) {
        case '/statement.json':
          return send(200, 'application/json', statement, { 'access-control-allow-origin': '*' });
        case '/no-cors.json':
          return send(200, 'application/json', statement);
        case '/broken.json':
          return send(200, 'application/json', '{\n  "schemaVersion": 1,\n  "title": \n}\n', { 'access-control-allow-origin': '*' });
        case '/login':
          return send(200, 'text/html', '<!doctype html><html><body><form>Log in</form></body></html>');
        default:
          return send(404, 'text/plain', 'Not found');
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
    // A port that was just free and is closed again: nothing answers there.
    const spare = createServer();
    await new Promise((resolve) => spare.listen(0, '127.0.0.1', resolve));
    closedPort = spare.address().port;
    await new Promise((resolve) => spare.close(resolve));
  });

  after(() => new Promise((resolve) => server.close(resolve)));

  it('accepts a valid statement served with the CORS header', async () => {
    const { code, stdout, stderr } = await run('validate', `${base}/statement.json`);
    assert.equal(stdout, 'OK: 8 principles, 19 signatories, no translations\n');
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });

  it('notes a missing CORS header, which would keep the widgets from loading it', async () => {
    const { code, stdout } = await run('validate', `${base}/no-cors.json`);
    assert.deepEqual(lines(stdout), [
      'note: the server does not send "Access-Control-Allow-Origin: *", so the widgets on members\' sites cannot load it',
      'OK: 8 principles, 19 signatories, no translations',
    ]);
    assert.equal(code, 0);
  });

  const failures = [
    ['a 404', '/missing.json', (url) => `${url} could not be loaded: the server answered 404 Not Found.`],
    ['a web page instead of JSON', '/login', (url) => `${url} is not valid JSON: it is a web page or XML (it starts with "<!doctype html>").`],
    ['JSON that is cut short', '/broken.json', (url) => `${url} is not valid JSON: expected a value but found "}" at line 4, column 1.`],
  ];
  for (const [what, path, sentence] of failures) {
    it(`says so for ${what}, and exits 2`, async () => {
      const url = `${base}${path}`;
      const { code, stdout, stderr } = await run('validate', url);
      assert.equal(stderr, `icn-widgets: ${sentence(url)}\n`);
      assert.equal(stdout, '');
      assert.equal(code, 2);
    });
  }

  it('says so for an address where nothing answers, and exits 2', async () => {
    const url = `http://127.0.0.1:${closedPort}/statement.json`;
    const { code, stderr } = await run('validate', url);
    assert.equal(stderr, `icn-widgets: ${url} could not be loaded: the server refused the connection (ECONNREFUSED).\n`);
    assert.equal(code, 2);
  });

  it('checks only http(s) addresses', async () => {
    const { code, stderr } = await run('validate', 'ftp://127.0.0.1/statement.json');
    assert.equal(stderr, 'icn-widgets: ftp://127.0.0.1/statement.json cannot be checked: only http:// and https:// addresses can.\n');
    assert.equal(code, 2);
  });
});

describe('icn-widgets, usage', () => {
  it('--help explains the command and its exit status on stdout, exit 0', async () => {
    for (const args of [['--help'], ['validate', '--help'], ['-h']]) {
      const { code, stdout, stderr } = await run(...args);
      assert.match(stdout, /^Usage: icn-widgets validate <file or web address>\n/);
      assert.match(stdout, /Exit status: 0 the statement is valid, 1 it has problems, 2 it could not be\nread/);
      assert.equal(stderr, '');
      assert.equal(code, 0);
    }
  });

  const mistakes = [
    ['nothing', [], 'say what to check.'],
    ['no file', ['validate'], 'say which file or address to check.'],
    ['two files', ['validate', 'a.json', 'b.json'], 'check one file or address at a time.'],
    ['an unknown command', ['check', 'a.json'], 'unknown command "check": the command is "validate".'],
    ['an unknown option', ['validate', '--strict', 'a.json'], 'unknown option "--strict".'],
  ];
  for (const [what, args, sentence] of mistakes) {
    it(`says what is wrong with ${what}, and exits 2`, async () => {
      const { code, stdout, stderr } = await run(...args);
      assert.deepEqual(lines(stderr), [`icn-widgets: ${sentence}`, ...usage]);
      assert.equal(stdout, '');
      assert.equal(code, 2);
    });
  }
});

describe('icn-widgets validate, hostile input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'icn-cli-'));
  const statement = JSON.parse(readFileSync(`${root}dist/statement.json`, 'utf8'));
  const file = (name, content) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  /** Characters a terminal takes as commands: C0 but the line break, DEL, C1, bidi marks and overrides. */
  const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
  const ESC = '\u001b';

  it('escapes control characters from field names, keys and values: the output holds none', async () => {
    const hostile = {
      ...statement,
      [`${ESC}[2J${ESC}[HOK: 8 principles`]: 1,
      [`${ESC}]0;pwned\u0007`]: 2,
      [`x\u202Etxt.exe`]: 3,
      'line\nOK: fake': 4,
      constructor: 5,
      toString: 6,
      signatories: [...statement.signatories, { id: `${ESC}[31mred`, name: 'Copy', [`\u009b2J`]: 1 }, { id: `${ESC}[31mRED`, name: 'Copy 2' }],
      translations: { [`${ESC}]2;title\u0007`]: { title: 'x' } },
    };
    const { code, stdout, stderr } = await run('validate', file('escapes.json', hostile));
    assert.equal(code, 1);
    assert.doesNotMatch(stdout, CONTROLS);
    assert.doesNotMatch(stderr, CONTROLS);
    assert.match(stdout, /\\u001b\[2J\\u001b\[HOK: 8 principles is not a field/);
    assert.match(stdout, /constructor is not a field of the statement format/, '"constructor" is not taken for a field');
    assert.match(stdout, /toString is not a field of the statement format/);
    assert.match(stdout, /x\\u202etxt\.exe/);
    assert.match(stdout, /line\\u000aOK: fake is not a field/);
    assert.ok(lines(stdout).every((line) => !line.startsWith('OK')), 'no line fakes an OK');
    assert.match(stdout, /translations\["\\u001b\]2;title\\u0007"\] must be a language tag/);
  });

  it('escapes the start of a web page and a file name', async () => {
    const name = file(`page-${ESC}[2J.json`, `<${ESC}]0;title\u0007>`);
    const { code, stderr } = await run('validate', name);
    assert.equal(code, 2);
    assert.doesNotMatch(stderr, CONTROLS);
    assert.match(stderr, /page-\\u001b\[2J\.json is not valid JSON: it is a web page or XML \(it starts with "<\\u001b\]0;title\\u0007>"\)/);
  });

  it('refuses a file over 5 MB, as every widget does, without reading it all', async () => {
    const big = file('big.json', { ...statement, padding: 'x'.repeat(7.4 * 1024 * 1024) });
    const { code, stdout, stderr } = await run('validate', big);
    assert.equal(stdout, '');
    assert.equal(stderr, `icn-widgets: ${big} is larger than the 5 MB a statement may be (the widgets refuse anything larger).\n`);
    assert.equal(code, 1);
  });

  it('refuses what the widgets refuse before parsing: far more objects or fields than a statement has', async () => {
    const objects = file('objects.json', { ...statement, signatories: Array(60_000).fill({}) });
    const first = await run('validate', objects);
    assert.equal(first.stderr, `icn-widgets: ${objects} holds more than 50,000 objects and lists, far more than a statement has (the widgets refuse it).\n`);
    assert.equal(first.code, 1);
    const fields = file('fields.json', { ...statement, extra: Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, 0])) });
    const second = await run('validate', fields);
    assert.match(second.stderr, /holds an object of more than 1,000 fields/);
    assert.equal(second.code, 1);
  });

  it('names the network of a problem, its position counted from 0 as in the JSON', async () => {
    // The published list without RESEO's name: RESEO is the 19th, at position 18.
    const signatories = statement.signatories.map((s) => (s.acronym === 'RESEO' ? { id: s.id, acronym: s.acronym } : s));
    assert.equal(signatories.length, 19);
    const { code, stdout } = await run('validate', file('no-reseo-name.json', { ...statement, signatories }));
    assert.deepEqual(lines(stdout).slice(0, -1), ['signatories[18] (RESEO): name is missing']);
    assert.equal(code, 1);
    // Without an acronym the name says which; with neither usable, the position alone.
    const named = statement.signatories.map((s, i) => (i === 7 ? { id: s.id, name: s.name, url: 'ftp://x' } : i === 9 ? { id: s.id, name: ' ' } : s));
    const second = await run('validate', file('named.json', { ...statement, signatories: named }));
    assert.deepEqual(lines(second.stdout).slice(0, -1), [
      'signatories[7] (Res Artis): url must be a web address starting with http:// or https://',
      'signatories[9].name must not be empty',
    ]);
  });

  it('reads an endless file (a device) only up to 5 MB', async () => {
    const { code, stderr } = await run('validate', '/dev/zero');
    assert.match(stderr, /\/dev\/zero is larger than the 5 MB/);
    assert.equal(code, 1);
  });

  it('applies the schema limits, and lists at most 20 problems with their count', async () => {
    const many = { ...statement, signatories: Array.from({ length: 30 }, (_, i) => ({ id: `n${i}`, name: 'x'.repeat(301) })) };
    const { code, stdout } = await run('validate', file('many.json', many));
    const out = lines(stdout);
    assert.equal(out.length, 21);
    assert.equal(out[0], 'signatories[0].name has 301 characters; at most 300 are allowed', 'no usable name: the position alone');
    assert.match(out[20], /does not follow the statement format: 30 problems \(the first 20 are listed\)\.$/);
    assert.equal(code, 1);
    const long = { ...statement, signatories: Array(20_001).fill({ id: 'a', name: 'b' }) };
    const tooLong = await run('validate', file('long.json', long));
    assert.equal(lines(tooLong.stdout)[0], 'signatories has 20,001 items; at most 20,000 are allowed');
  });

  describe('over http', () => {
    let server;
    let base;
    let other;
    before(async () => {
      server = createServer((request, response) => {
        const redirect = (to) => response.writeHead(302, { location: to }).end();
        switch (request.url) {
          case '/statement.json':
            return response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(JSON.stringify(statement));
          case '/moved':
            return redirect('/statement.json');
          case '/to-private':
            return redirect('http://10.0.0.1/statement.json');
          case '/to-loopback':
            return redirect(`${other}/statement.json`);
          case '/to-file':
            return redirect('file:///etc/passwd');
          case '/loop':
            return redirect('/loop');
          case '/status':
            // Node sends no C0 control in a status line; a C1 one (CSI, the 8-bit ESC [) it does.
            response.statusMessage = 'Not Found\u009b2J';
            return response.writeHead(404).end();
          case '/endless': {
            response.writeHead(200, { 'content-type': 'application/json' });
            const chunk = Buffer.alloc(64 * 1024, 0x20);
            const more = () => {
              while (!response.destroyed && response.write(chunk));
              if (!response.destroyed) response.once('drain', more);
            };
            return more();
          }
          default:
            return response.writeHead(404).end();
        }
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${server.address().port}`;
      other = `http://localhost:${server.address().port}`;
    });
    after(() => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    });

    it('says each redirect it follows', async () => {
      const { code, stdout } = await run('validate', `${base}/moved`);
      assert.deepEqual(lines(stdout), [`note: ${base}/moved redirects (302) to ${base}/statement.json`, 'OK: 8 principles, 19 signatories, no translations']);
      assert.equal(code, 0);
    });

    const refused = [
      ['a private address', '/to-private', 'it redirects to http://10.0.0.1/statement.json, a loopback or private address; not followed'],
      ['a loopback address on another host', '/to-loopback', () => `it redirects to ${other}/statement.json, a loopback or private address; not followed`],
      ['a file', '/to-file', 'it redirects to file:///etc/passwd, which is not an http(s) address; not followed'],
      ['itself, again and again', '/loop', 'more than 5 redirects'],
    ];
    for (const [what, path, why] of refused) {
      it(`refuses a redirect to ${what}`, async () => {
        const { code, stderr } = await run('validate', `${base}${path}`);
        assert.equal(stderr, `icn-widgets: ${base}${path} could not be loaded: ${typeof why === 'function' ? why() : why}.\n`);
        assert.equal(code, 2);
      });
    }

    it('prints no control character from the status text', async () => {
      const { code, stderr } = await run('validate', `${base}/status`);
      assert.match(stderr, /could not be loaded: the server answered 404 Not Found.*2J\.\n$/);
      assert.doesNotMatch(stderr, CONTROLS);
      assert.equal(code, 2);
    });

    it('stops reading an endless answer at 5 MB', async () => {
      const { code, stderr } = await run('validate', `${base}/endless`);
      assert.equal(stderr, `icn-widgets: ${base}/endless answers with more than the 5 MB a statement may be (the widgets refuse anything larger); not read further.\n`);
      assert.equal(code, 1);
    });
  });
});
