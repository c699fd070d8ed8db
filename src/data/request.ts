/**
 * How a statement is requested: no cookies, JSON asked for, abortable. One definition for the
 * loader and for the early request that the elements' bundle starts while the loader's chunk
 * is still on its way (`remote.ts`).
 */
export function requestStatement(url: string, signal: AbortSignal): Promise<Response> {
  return fetch(url, { credentials: 'omit', signal, headers: { accept: 'application/json' } });
}

/** A statement request already under way, handed to the loader so it does not request again. */
export interface EarlyRequest {
  /** The absolute URL requested. */
  url: string;
  response: Promise<Response>;
  /** Aborts the request: the loader's timeout, or the request is not needed after all. */
  controller: AbortController;
}
