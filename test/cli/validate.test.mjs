/**
 * `icn-widgets validate`, run as built (`dist/lib/cli/icn-widgets.js`, by `tsc -p
 * tsconfig.build.json`) on files in test/cli/fixtures/ and on addresses served by a local
 * server. Run after the build: `node --test test/cli/validate.test.mjs` (or `node --test test/cli/`
 * on Node 20).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
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

  it('names the translations, and notes unknown fields without failing', async () => {
    const { code, stdout, stderr } = await run('validate', fixture('valid-with-notes.json'));
    assert.deepEqual(lines(stdout), [
      'note: signatories[2].acronyn is not a field of the statement format; it is ignored',
      'note: translations.de.subtitle is not a field of the statement format; it is ignored',
      'OK: 2 principles, 4 signatories, translations: fr, de',
    ]);
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });

  const invalid = [
    ['a missing name', 'missing-name.json', ['signatories[1].name is missing']],
    [
      'addresses that are not web addresses',
      'bad-url.json',
      ['joinUrl must be a valid web address', 'signatories[3].url must be a web address starting with http:// or https://'],
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
        'signatories[1].id must be text',
      ],
    ],
    ['a repeated id', 'duplicate-id.json', ['signatories[4].id "encc" is used again (first at signatories[0])']],
    [
      'a repeated acronym, whatever its case',
      'duplicate-acronym.json',
      ['signatories[4].acronym "Encc" is used again (first at signatories[0])'],
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
