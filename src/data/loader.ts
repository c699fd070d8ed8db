/**
 * Loads a remote statement: one request per URL per page (a module-level cache of promises,
 * shared by every element and kept for failures too, so a broken endpoint is not hammered),
 * no cookies, a timeout, and each failure mapped to the reason an element reports in
 * `icn-error`. Tests replace the loader with `setStatementLoader()`.
 */
import { LIMITS } from './limits.js';
import { BodyTooLarge, readText, tooManyParts } from './read.js';
import { setEarlyRequests } from './remote.js';
import { requestStatement, type EarlyRequest } from './request.js';
import { validateStatement, type Statement } from './schema.js';

export type { EarlyRequest };

/** Why a statement could not be shown as asked; the `reason` of `icn-error`. */
export type ErrorReason = 'network' | 'http' | 'timeout' | 'parse' | 'schema' | 'unknown-network';

/** A failure with its reason and a sentence a webmaster understands. */
export class StatementError extends Error {
  constructor(
    readonly reason: ErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'StatementError';
  }
}

/** Fetches, parses and validates the statement at an absolute URL; rejects with a StatementError. */
export type StatementLoader = (url: string) => Promise<Statement>;

/** How long a request may take, body included, before it is given up: at most 10 s. */
export const LOAD_TIMEOUT_MS = 10_000;

/** The largest answer read, in decoded bytes: far above any real statement, far below what would stall a page. */
export const MAX_BYTES = LIMITS.bytes;

/** What the element shows instead, said once at the end of each message. */
const FALLBACK = 'The embedded statement is shown instead.';

/**
 * The default loader: `fetch` with `credentials: 'omit'` and an abort after `timeoutMs`. With
 * `early`, a request for `url` already under way, it reads that one (the timeout then counts
 * from this call).
 */
export async function fetchStatement(url: string, timeoutMs = LOAD_TIMEOUT_MS, early?: EarlyRequest): Promise<Statement> {
  const fail = (reason: ErrorReason, what: string) =>
    new StatementError(reason, `Could not load the statement from ${url}: ${what}. ${FALLBACK}`);
  // One controller for both the timeout and a refused size (AbortSignal.any is too recent).
  const controller = early?.controller ?? new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  let body: string;
  try {
    const response = await (early?.response ?? requestStatement(url, controller.signal));
    if (!response.ok) throw fail('http', `the server answered ${response.status}`);
    // Read a chunk at a time, and stop as soon as the body passes the limit.
    body = await readText(response, MAX_BYTES);
  } catch (error) {
    controller.abort();
    if (error instanceof StatementError) throw error;
    if (error instanceof BodyTooLarge) {
      throw fail('parse', `the answer is larger than the ${MAX_BYTES / 1024 / 1024} MB a statement may be, so it was not read to the end`);
    }
    throw timedOut
      ? fail('timeout', `no complete answer within ${timeoutMs / 1000} s`)
      : fail('network', 'the server could not be reached (offline, wrong address, blocked, or it does not allow cross-origin requests: CORS)');
  } finally {
    clearTimeout(timer);
  }

  // Counted before parsing: parsing itself can block the page (see LIMITS.containers).
  const excess = tooManyParts(body, LIMITS);
  if (excess) throw fail('schema', `the data does not follow the statement format: it holds ${excess}, far more than a statement has`);
  await nextTask();
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    // What it is, not what it says: the body's words are the server's, not ours to repeat.
    const start = body.trimStart();
    throw fail('parse', `the answer is not valid JSON (${!start ? 'it is empty' : start.startsWith('<') ? 'it is a web page or XML' : 'it is some other text'})`);
  }

  // Parsing, validating and the first render each get a task of their own: with thousands of
  // signatories, one task for all three can block the page for over 50 ms.
  await nextTask();
  // Stops at the first problem: bounded time and memory however broken the data is.
  const result = validateStatement(data, { max: 1 });
  await nextTask();
  if (!result.ok) throw fail('schema', `the data does not follow the statement format: ${result.problems[0]}`);
  return result.statement;
}

/** Resolves in a later task, letting the browser render and handle input in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const defaultLoader: StatementLoader = (url) => fetchStatement(url);
let loader = defaultLoader;
const cache = new Map<string, Promise<Statement>>();
/** Early requests a load reads: asked for again (another element, same URL), they are left alone. */
const reading = new WeakSet<EarlyRequest>();

/**
 * The statement at `src` (resolved against the document), fetched once per page. Rejects with
 * a StatementError; only http(s) addresses are fetched. `early`, a request for the same URL
 * already under way (see `remote.ts`), is read by the default loader when no load of that URL
 * has started yet, else aborted (unless a load already reads it).
 */
export function loadStatement(src: string, early?: EarlyRequest): Promise<Statement> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return Promise.reject(new StatementError('network', `The src “${src}” is not a valid web address. ${FALLBACK}`));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.reject(
      new StatementError('network', `The src “${src}” must be an http(s) address. ${FALLBACK}`),
    );
  }
  const key = url.href;
  let pending = cache.get(key);
  let started: EarlyRequest | undefined;
  if (early && !reading.has(early)) {
    // Read by the default loader when it is the first request for the URL; else not needed.
    if (!pending && loader === defaultLoader && early.url === key) reading.add((started = early));
    else early.controller.abort();
  }
  if (!pending) {
    pending = Promise.resolve()
      .then(() => (started ? fetchStatement(key, LOAD_TIMEOUT_MS, started) : loader(key)))
      .catch((error: unknown) => {
        throw error instanceof StatementError
          ? error
          : new StatementError('network', `Could not load the statement from ${key}: ${String(error)}. ${FALLBACK}`);
      });
    cache.set(key, pending);
  }
  return pending;
}

/**
 * Replaces the loader (tests, or an app with its own data layer) and empties the cache. While
 * an app's loader is set, elements start no request of their own before it runs.
 */
export function setStatementLoader(next?: StatementLoader): void {
  loader = next ?? defaultLoader;
  setEarlyRequests(!next);
  cache.clear();
}
