/**
 * The public base URL the build writes into every absolute URL of the embed pages, their oEmbed
 * JSON and the link previews: the environment variable `ICN_PUBLIC_URL`, read once at build time.
 */

/** What `npm start` and the tests serve on (`vite preview`). */
export const DEFAULT_PUBLIC_URL = 'http://127.0.0.1:4173/';

/**
 * `value` (ICN_PUBLIC_URL) checked, or the default when it is unset or blank. Throws a sentence
 * a non-developer understands when it is not an absolute http(s) address of a folder: the build
 * then fails rather than write links that lead nowhere.
 */
export function publicBaseUrl(value: string | undefined): string {
  const raw = value?.trim();
  if (!raw) return DEFAULT_PUBLIC_URL;
  const problem = (why: string) =>
    new Error(`ICN_PUBLIC_URL "${raw}" ${why}. Set it to the address dist/ is published at, ending with "/", e.g. https://example.org/icn/`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw problem('is not an absolute web address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw problem('must start with http:// or https://');
  if (url.username || url.password) throw problem('must not hold a user name or password');
  if (url.search || url.hash || raw.includes('#') || raw.includes('?')) throw problem('must not have a query or fragment');
  if (!raw.endsWith('/')) throw problem('must end with "/"');
  return url.href;
}
