/**
 * src/data/remote.ts, the remote path as the bundles hold it: the loader's module is imported
 * the first time an element has `src`, and the statement's request starts at the same moment.
 * This file imports remote.ts alone, so its first load goes the way a page's first `src` does.
 */
import { expect } from '@open-wc/testing';
import { failureOf, loadRemote } from '../src/data/remote.js';

/** Counts the page's calls of `fetch` for each URL while `run` runs. */
async function countingFetch<T>(run: (calls: readonly string[]) => Promise<T>): Promise<{ result: T; calls: string[] }> {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(String(input instanceof Request ? input.url : input));
    return original(input, init);
  };
  try {
    return { result: await run(calls), calls };
  } finally {
    window.fetch = original;
  }
}

const fresh = (path: string) => new URL(`${path}?t=${Date.now()}-${Math.random()}`, location.href).href;

describe('loadRemote', () => {
  it("the first loads start the statement's request before the loader arrives, once per URL, and the loader reads it", async () => {
    const url = fresh('/test/fixtures/remote-statement.json');
    let atOnce = 0;
    const { result, calls } = await countingFetch((soFar) => {
      const loads = [loadRemote(url), loadRemote(url)];
      // Started in the same task as the loader's import, before that resolves.
      atOnce = soFar.length;
      return Promise.all(loads);
    });
    expect(atOnce).to.equal(1);
    expect(calls).to.deep.equal([url]);
    expect(result[0].title).to.equal('TEST DATA: remote statement title');
    expect(result[1]).to.equal(result[0]);
  });

  it('once the loader is there, a new URL is requested once, by the loader', async () => {
    const url = fresh('/test/fixtures/remote-statement.json');
    const { result, calls } = await countingFetch(() => Promise.all([loadRemote(url), loadRemote(url)]));
    expect(calls).to.deep.equal([url]);
    expect(result[0].title).to.equal('TEST DATA: remote statement title');
  });

  it('rejects with the loader’s reason and message; a bad src requests nothing', async () => {
    const { result, calls } = await countingFetch(() => loadRemote('javascript:alert(1)').catch((e: unknown) => e));
    expect(calls).to.deep.equal([]);
    expect(failureOf(result)).to.deep.equal({ reason: 'network', message: 'The src “javascript:alert(1)” must be an http(s) address. The embedded statement is shown instead.' });
    const http = await loadRemote(fresh('/fake/server-error')).catch((e: unknown) => e);
    expect(failureOf(http).reason).to.equal('http');
  });

  it('failureOf: anything that is not a failure is a network failure with its text', () => {
    expect(failureOf(new TypeError('Failed to fetch'))).to.deep.equal({ reason: 'network', message: 'TypeError: Failed to fetch' });
    expect(failureOf(undefined)).to.deep.equal({ reason: 'network', message: 'undefined' });
    expect(failureOf({ reason: 'timeout', message: 'slow' })).to.deep.equal({ reason: 'timeout', message: 'slow' });
  });
});
