/**
 * The absolute form of `value` when it is an http(s) URL, else undefined: the only URLs the
 * widgets put in a link. Relative values resolve against the document.
 */
export function httpUrl(value: unknown): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(String(value), document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
