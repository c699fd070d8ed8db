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
 * Whether a JSON text holds more objects and lists, more fields in all, or more fields in one
 * object than `max` allows, counted outside strings in one pass that stops at the first excess:
 * a text that would take long to parse (millions of `{}`, one object of a million keys) is
 * refused before `JSON.parse`. Returns what there is too much of, or undefined.
 */
export function tooManyParts(
  text: string,
  max: { containers: number; fields: number; fieldsPerObject: number },
): string | undefined {
  const open: number[] = []; // the fields of each open object so far (-1 for a list)
  let containers = 0;
  let fields = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++containers > max.containers) return `more than ${max.containers.toLocaleString('en')} objects and lists`;
      open.push(c === 123 ? 0 : -1);
    } else if (c === 125 || c === 93) open.pop();
    else if (c === 58) {
      if (++fields > max.fields) return `more than ${max.fields.toLocaleString('en')} fields`;
      const at = open.length - 1;
      if (at >= 0 && open[at] >= 0 && ++open[at] > max.fieldsPerObject) {
        return `an object of more than ${max.fieldsPerObject.toLocaleString('en')} fields`;
      }
    }
  }
  return undefined;
}
