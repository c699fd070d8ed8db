/**
 * Reads a response body as text, a chunk at a time, and stops as soon as it passes a number of
 * bytes: a body that is too large (a compressed "bomb", a chunked answer with no length) is
 * never held whole. Shared by the widgets' loader and the CLI.
 */

/** The body went past `max` bytes (decoded: after gzip or brotli, as the reader receives it). */
export class BodyTooLarge extends Error {
  constructor(readonly max: number) {
    super(`more than ${max} bytes`);
    this.name = 'BodyTooLarge';
  }
}

/**
 * The text of `response`'s body (UTF-8), refusing with a `BodyTooLarge` once more than `max`
 * bytes have arrived; the rest of the body is then cancelled, not read. A declared
 * `Content-Length` over `max` is refused before anything is read.
 */
export async function readText(response: Response, max: number): Promise<string> {
  if (Number(response.headers.get('content-length')) > max && !response.headers.get('content-encoding')) {
    await response.body?.cancel().catch(() => {});
    throw new BodyTooLarge(max);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLarge(max);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * How many objects and lists, and how many fields, a JSON text holds, counted outside strings
 * in one pass that stops once either passes its limit: a text that would take long to parse
 * (millions of `{}`, one object of millions of keys) is refused before `JSON.parse`. Returns
 * the kind of thing there is too much of, or undefined.
 */
export function tooManyParts(text: string, containers: number, fields: number): 'objects and lists' | 'fields' | undefined {
  let open = 0;
  let keys = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++open > containers) return 'objects and lists';
    } else if (c === 58 && ++keys > fields) return 'fields';
  }
  return undefined;
}
