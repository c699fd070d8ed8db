import { expect } from '@open-wc/testing';
import { fetchStatement, loadStatement, setStatementLoader, StatementError, LOAD_TIMEOUT_MS } from '../src/data/loader.js';
import { embeddedStatement } from '../src/data/statement.js';
import { fresh, hits } from './helpers.js';

async function failure(promise: Promise<unknown>): Promise<StatementError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(StatementError);
    return error as StatementError;
  }
  throw new Error('expected a failure');
}

describe('loading a statement', () => {
  afterEach(() => setStatementLoader());

  it('loads, validates and drops unknown fields of a remote statement', async () => {
    const statement = await loadStatement(fresh('/test/fixtures/remote-statement.json'));
    expect(statement.title).to.equal('TEST DATA: remote statement title');
    expect(statement).not.to.have.key('futureField');
  });

  it('fetches one URL once however many ask, without credentials', async () => {
    const url = fresh('/test/fixtures/remote-statement.json');
    const calls: [RequestInfo | URL, RequestInit | undefined][] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      calls.push([input, init]);
      return realFetch(input, init);
    };
    try {
      const all = await Promise.all([loadStatement(url), loadStatement(url), loadStatement(new URL(url, location.href).href)]);
      await loadStatement(url);
      expect(all[1]).to.equal(all[0]);
      expect(all[2]).to.equal(all[0]);
    } finally {
      window.fetch = realFetch;
    }
    expect(calls).to.have.length(1);
    expect(calls[0][1]?.credentials).to.equal('omit');
    expect(calls[0][1]?.signal).to.be.instanceOf(AbortSignal);
  });

  it('sends no cookie, even to its own origin', async () => {
    document.cookie = 'reader=secret; path=/';
    try {
      const url = fresh('/fake/not-found');
      await loadStatement(url).catch(() => undefined);
      expect((await hits('/fake/not-found')).cookie).to.equal(null);
    } finally {
      document.cookie = 'reader=; path=/; max-age=0';
    }
  });

  it('gives up within at most 10 s', () => {
    expect(LOAD_TIMEOUT_MS).to.be.at.most(10_000);
  });

  const cases: [string, string, RegExp][] = [
    ['an HTTP 404', '/fake/not-found', /^http$/],
    ['an HTTP 500', '/fake/server-error', /^http$/],
    ['malformed JSON', '/fake/malformed', /^parse$/],
    ['an HTML page', '/fake/login-page', /^parse$/],
    ['data of the wrong schema', '/fake/wrong-schema', /^schema$/],
  ];
  for (const [what, path, reason] of cases) {
    it(`maps ${what} to its reason, naming the URL`, async () => {
      const url = fresh(path);
      const error = await failure(loadStatement(url));
      expect(error.reason).to.match(reason);
      expect(error.message).to.contain(new URL(url, location.href).href);
      expect(error.message).to.contain('embedded statement is shown instead');
    });
  }

  it('says what the server answered and what kind of text it is, never the server\'s own words', async () => {
    const http = (await failure(loadStatement(fresh('/fake/server-error')))).message;
    expect(http).to.contain('answered 500');
    expect(http).not.to.contain('Internal');
    const page = (await failure(loadStatement(fresh('/fake/login-page')))).message;
    expect(page).to.contain('not valid JSON (it is a web page or XML)');
    expect(page).not.to.contain('doctype');
    // The first problem only: the check stops there.
    expect((await failure(loadStatement(fresh('/fake/wrong-schema')))).message).to.match(/format: schemaVersion must be 1\. The embedded/);
  });

  it('maps a hang past the timeout to "timeout"', async () => {
    setStatementLoader((url) => fetchStatement(url, 300));
    const error = await failure(loadStatement(fresh('/fake/hang')));
    expect(error.reason).to.equal('timeout');
    expect(error.message).to.contain('0.3 s');
  });

  it('maps an unreachable host to "network"', async () => {
    const error = await failure(loadStatement('http://127.0.0.1:9/statement.json'));
    expect(error.reason).to.equal('network');
    expect(error.message).to.contain('http://127.0.0.1:9/statement.json');
  });

  it('refuses addresses that are not http(s)', async () => {
    for (const src of ['javascript:alert(1)', 'data:application/json,{}', 'http://[bad']) {
      expect((await failure(loadStatement(src))).reason).to.equal('network');
    }
  });

  it('keeps a failure cached: a broken endpoint is asked once', async () => {
    const url = fresh('/fake/server-error');
    let calls = 0;
    setStatementLoader(async (u) => {
      calls += 1;
      return fetchStatement(u);
    });
    await failure(loadStatement(url));
    await failure(loadStatement(url));
    expect(calls).to.equal(1);
  });

  it('can be replaced, and wraps whatever a replacement throws', async () => {
    setStatementLoader(async () => embeddedStatement);
    expect(await loadStatement('https://example.org/test.json')).to.equal(embeddedStatement);
    setStatementLoader(async () => {
      throw new Error('boom');
    });
    const error = await failure(loadStatement('https://example.org/test.json'));
    expect(error.reason).to.equal('network');
    expect(error.message).to.contain('boom');
  });
});
