/**
 * The remote path as the elements' bundle holds it: a few lines. The loader, its reader and
 * limits, the schema and valibot are needed only when a page sets `src`, so they live in a
 * module of their own (`loader.ts`), imported dynamically; the bundle build puts it in a chunk
 * beside the bundle (`chunks/loader-<hash>.js`). The statement's request starts at the same
 * moment as the chunk's, so the chunk adds no round trip.
 */
import type { ErrorReason } from './loader.js';
import { requestStatement, type EarlyRequest } from './request.js';
import type { Statement } from './schema.js';

type Loader = typeof import('./loader.js');

/** The loader once its module has arrived: later loads need no early request. */
let loader: Loader | undefined;

/** Requests started before the loader arrived, by absolute URL: one per URL, however many elements ask. */
const started = new Map<string, EarlyRequest>();

/** Off while an app's own loader is set (`setStatementLoader`): its URLs are not for `fetch`. */
let early = true;

/**
 * Whether loads start the statement's request before the loader arrives. The loader turns it
 * off while a loader of the app's own is set; in the bundles the chunk has its own copy of
 * this module, and no other loader can be set there.
 */
export function setEarlyRequests(on: boolean): void {
  early = on;
}

/**
 * The statement at `src`, through the loader (cached per URL, validated, with a timeout).
 * Rejects with a `{ reason, message }` (a `StatementError`, or a `network` failure when the
 * loader's chunk itself cannot be loaded: offline, blocked, or refused by its integrity hash).
 */
export function loadRemote(src: string): Promise<Statement> {
  if (loader) return loader.loadStatement(src);
  const request = early ? requestEarly(src) : undefined;
  return import('./loader.js').then(
    (module) => {
      loader = module;
      started.clear();
      return module.loadStatement(src, request);
    },
    (error: unknown) => {
      if (request) {
        request.controller.abort();
        started.delete(request.url);
      }
      throw {
        reason: 'network',
        message: `Could not load the statement from ${src}: the part of icn-widgets that reads remote statements could not be loaded (${String(error)}). The embedded statement is shown instead.`,
      } satisfies Failure;
    },
  );
}

/** What an element reports in `icn-error`. */
export interface Failure {
  reason: ErrorReason;
  message: string;
}

/** The reason and message of a rejection of `loadRemote` (anything else is a `network` failure). */
export function failureOf(error: unknown): Failure {
  const { reason, message } = (error ?? {}) as Partial<Failure>;
  return typeof reason === 'string' && typeof message === 'string' ? { reason, message } : { reason: 'network', message: String(error) };
}

/** Starts the request for an http(s) `src` now; the loader checks the address again and reports a bad one. */
function requestEarly(src: string): EarlyRequest | undefined {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  let request = started.get(url.href);
  if (!request) {
    const controller = new AbortController();
    const response = requestStatement(url.href, controller.signal);
    // The loader reads it; until then a failure is not "unhandled".
    response.catch(() => {});
    started.set(url.href, (request = { url: url.href, response, controller }));
  }
  return request;
}
