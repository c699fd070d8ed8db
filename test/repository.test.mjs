/**
 * The repository as a fresh clone gets it: no tracked file is git-ignored (a new file beside it
 * would be ignored too, and tools that honour .gitignore skip it), and package.json states the
 * Node versions that work, which include the one running the tests.
 * Run: `node --test test/repository.test.mjs` (needs git and the clone's .git).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('the repository', () => {
  it('ignores none of its tracked files', () => {
    const ignored = execFileSync('git', ['ls-files', '--cached', '--ignored', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    assert.deepEqual(ignored, [], 'tracked files that .gitignore lists');
  });

  it('states the Node versions that work, and runs on one of them', () => {
    const range = pkg.engines?.node;
    assert.equal(typeof range, 'string', 'package.json has engines.node');
    const semver = createRequire(import.meta.url)('semver');
    assert.ok(semver.satisfies(process.versions.node, range), `Node ${process.versions.node} is within ${range}`);
  });

  it('has no dependency that declares a Node version outside that range', () => {
    const semver = createRequire(import.meta.url)('semver');
    const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
    // The oldest version of each line the range allows: what npm install would warn about there.
    const oldest = semver.minVersion(pkg.engines.node).version;
    const lines = [oldest, ...pkg.engines.node.split('||').slice(1).map((r) => semver.minVersion(r.trim()).version)];
    const outside = [];
    for (const [path, info] of Object.entries(lock.packages)) {
      const wanted = info.engines?.node;
      // Optional packages for other processors (a WebAssembly build) are not installed here.
      if (!path || !wanted || (info.optional && info.cpu && !info.cpu.includes(process.arch))) continue;
      for (const version of lines) if (!semver.satisfies(version, wanted)) outside.push(`${path.replace(/^.*node_modules\//, '')}@${info.version} wants ${wanted} (Node ${version})`);
    }
    assert.deepEqual(outside, [], 'npm install would print EBADENGINE for these');
  });
});
