/**
 * Which statement addresses the embed page (embed.html) loads from its query's `src`: those on
 * its own origin, and those allowed when it was built, by the environment variable
 * `ICN_ALLOWED_SOURCES`. Each entry is an origin (`https://data.example.org`: any address
 * there), a folder (`https://example.org/data/`: any address under it) or one address
 * (`https://example.org/statement.json`), separated by commas or spaces. The same list makes the
 * page's Content-Security-Policy `connect-src`, so the browser holds to it as well.
 */

/** The entries of `ICN_ALLOWED_SOURCES`, normalised; throws on an entry that is not one of the three kinds. */
export function parseAllowedSources(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      const url = URL.canParse(entry) ? new URL(entry) : undefined;
      if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash || /[;'"]/.test(url.href)) {
        throw new Error(
          `ICN_ALLOWED_SOURCES: "${entry}" is not an http(s) origin, folder or address (no user name, query, fragment, quote or ";").`,
        );
      }
      // An origin stays an origin (no trailing "/"), so that it allows every address there.
      return /^[a-z]+:\/\/[^/]+\/?$/i.test(entry) ? url.origin : url.href;
    });
}

/** Whether `url` is on `origin` (the page's own) or matches an entry of `allowed`. */
export function isAllowedSource(url: URL, origin: string, allowed: readonly string[]): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.origin === origin) return true;
  return allowed.some((entry) => {
    const source = new URL(entry);
    if (source.origin !== url.origin) return false;
    if (entry === source.origin) return true;
    return entry.endsWith('/') ? url.pathname.startsWith(source.pathname) : url.pathname === source.pathname;
  });
}

/** The `connect-src` directive of the embed page: its own origin and the allowed sources. */
export const connectSrc = (allowed: readonly string[]) => ["connect-src 'self'", ...allowed].join(' ');
