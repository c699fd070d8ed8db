/**
 * The static embed pages' script (`dist/embed/<lang>/*.html`). Framed, it tells the parent page
 * its height, as `embed.html` does (`{ type: 'icn-embed-height', height }`). With WordPress's
 * `#?secret=…` in its URL it also speaks WordPress's embed protocol (`wp-embed.js`):
 *
 * - `{ secret, message: 'height', value }` once its element has rendered, on every size change
 *   and when WordPress says `ready`, `value` the document's height in px. WordPress keeps a frame
 *   between 200 and 1000 px high: content shorter than 200 px (a badge) that fits the frame the
 *   oEmbed JSON sized for it posts `{ secret, message: 'icn-shown', value }` instead, which shows
 *   the frame (WordPress hides it until the first message) without stretching it to 200 px;
 * - a click on a link to this page's own host becomes `{ secret, message: 'link', value: href }`,
 *   which WordPress follows (a frame sandboxed with `allow-scripts` alone cannot navigate the page);
 * - a link to another host, which neither the sandbox nor WordPress would follow, stops being a
 *   link: its `href` is taken away (in the elements' shadow roots too), so it reads as text.
 *
 * It touches no storage and needs no same-origin access: it works in an opaque origin.
 */

/** The elements a page may show. */
const TAGS = ['icn-principles', 'icn-badge', 'icn-signatories'] as const;

/** WordPress's secret in a URL's fragment (`#?secret=AbC123`), letters and digits only, as WordPress checks. */
export function wordPressSecret(hash: string): string | undefined {
  return /^#\??(?:.*&)?secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash)?.[1];
}

/** Whether WordPress would follow a link to `href` from this frame: http(s) on the frame's own host. */
export function followable(href: string, host = location.host): boolean {
  try {
    const url = new URL(href);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === host;
  } catch {
    return false;
  }
}

/** Links that have lost their `href` keep the elements' link colour and hover line: not here. */
const TEXT_LIKE = `a:not([href]) { color: inherit !important; cursor: auto !important; }
a:not([href]), a:not([href]) * { text-decoration: none !important; }`;

/** The lowest height `wp-embed.js` sets a frame to: it raises any smaller `height` message to it. */
export const WORDPRESS_MIN_HEIGHT = 200;

/** How long a height must hold before WordPress is told it. */
const SETTLE_MS = 60;

/** The document's height in whole px, what the frame needs to show everything. */
export const documentHeight = (): number => Math.ceil(document.documentElement.getBoundingClientRect().height);

/** Starts the page's protocol; returns a function that stops it (for tests). */
export function start(win: Window = window): () => void {
  const secret = wordPressSecret(win.location.hash);
  const framed = win.parent !== win;
  const stops: (() => void)[] = [];
  const post = (data: unknown) => win.parent.postMessage(data, '*');

  let last = -1;
  // WordPress hears nothing before the element has rendered: the fallback's height, measured
  // while the frame is still being laid out, would size the frame wrongly (150 px was seen).
  let rendered = false;
  const report = (force = false) => {
    const height = documentHeight();
    // Height 0: the frame is not laid out yet (WordPress hides it until a first message); a
    // height then would size it to nothing, or to WordPress's 200 px minimum.
    if (!framed || height === 0 || (height === last && !force)) return;
    last = height;
    post({ type: 'icn-embed-height', height });
    if (!secret || !rendered) return;
    if (height >= WORDPRESS_MIN_HEIGHT) return post({ secret, message: 'height', value: height });
    // Under WordPress's 200 px minimum a height message would stretch the frame: show it at the
    // size the oEmbed JSON gave it (the page says that size on <html>; a frame WordPress still
    // keeps clipped may not have a laid-out viewport), which was made for this content.
    post({ secret, message: 'icn-shown', value: height });
    const planned = Number(document.documentElement.dataset.frameHeight) || win.innerHeight;
    if (height <= planned) return;
    // Only content that, once its layout has settled, does not fit that size asks for a height
    // (WordPress then makes the frame 200 px): a measure taken mid-layout must not.
    clearTimeout(settling);
    settling = setTimeout(() => {
      const settled = documentHeight();
      if (settled > planned) post({ secret, message: 'height', value: settled });
    }, SETTLE_MS);
  };
  let settling: ReturnType<typeof setTimeout> | undefined;
  stops.push(() => clearTimeout(settling));
  // WordPress keeps the frame clipped until the first message, and Chromium runs no resize
  // observer or animation frame in a clipped cross-origin frame: report when the element has
  // rendered and when it has loaded its data, not only on resizes.
  const resized = new ResizeObserver(() => report());
  resized.observe(document.documentElement);
  stops.push(() => resized.disconnect());
  const onReady = () => report();
  for (const type of ['load', 'icn-load', 'icn-error']) {
    win.addEventListener(type, onReady);
    stops.push(() => win.removeEventListener(type, onReady));
  }
  const elements = [...document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(TAGS.join(','))];
  void Promise.all(elements.map((element) => customElements.whenDefined(element.localName).then(() => element.updateComplete))).then(() => {
    rendered = true;
    report(true);
  });
  report();

  if (!secret) return () => stops.forEach((stop) => stop());

  // WordPress says `ready` once its listener runs: the height may have been posted before.
  const onMessage = (event: MessageEvent) => {
    const data = event.data as { message?: unknown; secret?: unknown } | null;
    if (event.source === win.parent && data?.message === 'ready' && data.secret === secret) report(true);
  };
  win.addEventListener('message', onMessage);
  stops.push(() => win.removeEventListener('message', onMessage));

  // Clicks on links, in the document or the elements' shadow roots (the click is composed).
  const onClick = (event: MouseEvent) => {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement | SVGAElement => node instanceof Element && node.localName === 'a' && node.hasAttribute('href'));
    if (!link) return;
    event.preventDefault();
    const href = link instanceof HTMLAnchorElement ? link.href : new URL(link.href.baseVal, document.baseURI).href;
    if (followable(href, win.location.host)) post({ secret, message: 'link', value: href });
  };
  document.addEventListener('click', onClick, true);
  stops.push(() => document.removeEventListener('click', onClick, true));

  // Links WordPress would not follow become text, now and whenever the elements render anew.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_LIKE);
  const tame = (root: ParentNode) => {
    for (const a of root.querySelectorAll('a[href]'))
      if (a instanceof HTMLAnchorElement && !followable(a.href, win.location.host)) {
        a.setAttribute('data-icn-outside', a.getAttribute('href') ?? '');
        a.removeAttribute('href');
      }
  };
  const watch = (root: Document | ShadowRoot) => {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    tame(root);
    const observer = new MutationObserver(() => tame(root));
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });
    stops.push(() => observer.disconnect());
  };
  watch(document);
  for (const element of document.querySelectorAll(TAGS.join(','))) {
    void customElements.whenDefined(element.localName).then(() => {
      if (element.shadowRoot) watch(element.shadowRoot);
    });
  }
  return () => stops.forEach((stop) => stop());
}

start();
