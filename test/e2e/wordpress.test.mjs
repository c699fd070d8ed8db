/**
 * The embed pages in a real WordPress: Debian's `wordpress` 6.1 with MariaDB and PHP 8.2 (see
 * wordpress.mjs for how the private site is made and what it leaves untouched). Posts are
 * written by an Author, a user without `unfiltered_html`, through the REST API, so WordPress's
 * own filters apply, and read in Chromium.
 *
 * dist/ is served at http://127.0.0.1:4173/, the address the built pages' absolute URLs name
 * (ICN_PUBLIC_URL's default). For the test only, a must-use plugin lets WordPress fetch from
 * 127.0.0.1 on any port (`http_request_host_is_external`, `http_allowed_safe_ports`): WordPress
 * refuses loopback addresses and ports other than 80, 443 and 8080, which a real site's
 * provider, a public HTTPS host, never meets.
 *
 * What WordPress 6.1 does with an oEmbed provider it does not know (wp-includes/embed.php,
 * class-wp-oembed.php, js/wp-embed.js), which the tests rely on:
 * - discovery reads the `<link type="application/json+oembed">` in the page's first 150 KB,
 *   before `</head>`; the type must be written in lower case;
 * - of the JSON's `html` it keeps an optional `<blockquote>` (with links) followed by the last
 *   `<iframe …></iframe>`, with no content inside the iframe, and of the iframe only `src`,
 *   `width`, `height`, `title`, `frameborder`, `marginwidth`, `marginheight`, `scrolling`; it adds
 *   `class="wp-embedded-content" sandbox="allow-scripts" security="restricted"`,
 *   `data-secret="<10 letters and digits>"` and `#?secret=<the same>` to the src;
 * - wp-embed.js is added to the page only when that html has the blockquote (since 5.9); then the
 *   iframe starts clipped out of sight and the blockquote shows, until the frame posts a message
 *   with its secret; wp-embed.js posts `{ message: 'ready', secret }` to each frame on load;
 * - Chromium runs no ResizeObserver callback in that clipped cross-origin frame, and a frame
 *   that loads after wp-embed.js ran misses 'ready': a page must post its height at once too;
 * - a `{ secret, message: 'height', value }` message sets the iframe's height to `value`, kept
 *   within 200 and 1000 px;
 * - a `{ secret, message: 'link', value }` message navigates the page to `value` only if it is
 *   http(s) on the iframe's own host and the iframe has focus;
 * - the iframe keeps the JSON's `width`: in an Embed block, CSS caps it at the column's width
 *   (`.wp-block-embed iframe { max-width: 100% }`), but a link on its own line gets no such rule;
 * - the block editor fixes a frame to an aspect ratio when width / height comes within 0.1 above
 *   2.33, 2, 1.78, 1.33, 1, 0.56 or 0.5, and the height messages then change nothing.
 *
 * Each embed is checked on a desktop and a phone: the frame is shown, holds the live element,
 * fits the content's height (as wp-embed.js sizes it, or, without wp-embed.js, by the JSON's
 * height) and the page's width, cuts nothing off, and no console error is logged.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../chromium.mjs';
import { freePort, serveStatic, startWordPress } from './wordpress.mjs';

/** The address of the built pages (ICN_PUBLIC_URL's default). */
const PUBLIC_PORT = 4173;
/** Height WordPress's wp-embed.js gives a frame: the posted height, kept within 200 and 1000 px. */
const wordpressHeight = (value) => Math.min(1000, Math.max(200, value));
/** How far a frame's height may be from its content's ("within a few pixels"). */
const TOLERANCE = 4;
/** A desktop and a phone: the post's column, so the frame's width, differs. */
const VIEWPORTS = [
  { width: 1000, height: 900 },
  { width: 390, height: 844 },
];

/** A link on its own line between two paragraphs: what the classic editor saves. */
const classicPost = (url) => `An Author's post.\n\n${url}\n\nThe text after the link.`;

/**
 * The aspect-ratio classes the block editor gives an Embed block whose preview frame's width and
 * height come within 0.1 above one of its ratios (@wordpress/block-library's embed block); the
 * frame then keeps that ratio, whatever height the page asks for.
 */
function aspectRatioClasses(width, height) {
  const ratios = [[2.33, '21-9'], [2, '18-9'], [1.78, '16-9'], [1.33, '4-3'], [1, '1-1'], [0.56, '9-16'], [0.5, '1-2']];
  const ratio = Number((width / height).toFixed(2));
  const match = ratios.find(([r]) => ratio >= r);
  return match && ratio - match[0] <= 0.1 ? `wp-embed-aspect-${match[1]} wp-has-aspect-ratio` : '';
}

/** A Gutenberg Embed block, as the block editor saves it for a rich oEmbed provider. */
function embedBlock(url, oembed = {}) {
  const slug = (oembed.provider_name ?? 'icn-widgets').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const aspect = oembed.width && oembed.height ? aspectRatioClasses(oembed.width, oembed.height) : '';
  const attributes = { url, type: 'rich', providerNameSlug: slug, ...(aspect ? { responsive: true, className: aspect } : {}) };
  return `<!-- wp:paragraph -->\n<p>An Author's post.</p>\n<!-- /wp:paragraph -->\n\n` +
    `<!-- wp:embed ${JSON.stringify(attributes)} -->\n` +
    `<figure class="wp-block-embed is-type-rich is-provider-${slug} wp-block-embed-${slug}${aspect ? ` ${aspect}` : ''}"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n` +
    `<!-- /wp:embed -->`;
}

/**
 * STAND-IN PROVIDER, TEST DATA (a harness self-check, not the project's pages): a page with the
 * oEmbed discovery link and the height protocol, and its JSON, served by the test's own server.
 * `height`: the content's height; `blockquote`: whether the JSON's html has the fallback
 * blockquote that makes WordPress load wp-embed.js.
 */
function standIn(origin, name, { height, blockquote = true }) {
  const page = `${origin}/stand-in/${name}.html`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stand-in ${name} (test data)</title>
<link rel="alternate" type="application/json+oembed" href="${origin}/stand-in/${name}.json">
<style>html, body { margin: 0 } #content { height: ${height}px; box-sizing: border-box; border: 1px solid }</style></head>
<body><div id="content">Stand-in oEmbed content (test data). <button id="go">Go</button></div>
<script>
  const secret = (location.hash.match(/secret=([A-Za-z0-9]+)/) || [])[1];
  window.received = [];
  const send = (message, value) => secret && parent.postMessage({ secret, message, value }, '*');
  const sendHeight = () => send('height', Math.ceil(document.documentElement.getBoundingClientRect().height));
  addEventListener('message', (e) => {
    window.received.push(e.data);
    if (e.data && e.data.message === 'ready' && e.data.secret === secret) sendHeight();
  });
  // At once, on 'ready' and on resizes: WordPress hides the frame until its first message, and
  // Chromium runs no ResizeObserver in a hidden cross-origin frame, so a page that waited for
  // one would stay hidden; and 'ready' is lost when the frame loads after wp-embed.js's greeting.
  sendHeight();
  new ResizeObserver(sendHeight).observe(document.documentElement);
  document.getElementById('go').addEventListener('click', () => send('link', '${origin}/stand-in/landed.html'));
</script></body></html>`;
  const oembed = {
    version: '1.0',
    type: 'rich',
    provider_name: 'Stand-in provider (test data)',
    provider_url: origin,
    title: `Stand-in ${name} (test data)`,
    width: 400,
    height: 150,
    // Attributes and elements WordPress drops, to show its filter at work.
    html:
      (blockquote ? `<blockquote class="dropped"><a href="${page}">Stand-in ${name}</a></blockquote>` : '') +
      `<iframe src="${page}" width="400" height="150" title="Stand-in ${name}" allow="fullscreen" loading="lazy" style="border: 9px solid red" onload="alert(1)"></iframe><script>alert(2)</script>`,
  };
  return [
    [`/stand-in/${name}.html`, { body: html }],
    [`/stand-in/${name}.json`, { body: JSON.stringify(oembed) }],
  ];
}

describe('WordPress', { timeout: 300_000 }, () => {
  let wp;
  let dist;
  let provider;
  let browser;

  before(async () => {
    // The port the built pages name comes first: if it is taken, nothing else starts.
    dist = await serveStatic({ root: 'dist', port: PUBLIC_PORT });
    provider = await serveStatic({ port: await freePort() });
    for (const [name, options] of Object.entries({ tall: { height: 320 }, short: { height: 80 }, bare: { height: 320, blockquote: false } })) {
      for (const [path, route] of standIn(provider.origin, name, options)) provider.routes.set(path, route);
    }
    provider.routes.set('/stand-in/landed.html', { body: '<!doctype html><title>Landed (test data)</title><p>Landed.</p>' });
    wp = await startWordPress();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await wp?.stop();
    await provider?.close();
    await dist?.close();
  });

  /**
   * Opens a published post in Chromium; records console errors, page errors, and the messages
   * the top page receives.
   */
  async function openPost(link, viewport = VIEWPORTS[0]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()} (${m.location().url})`));
    await page.addInitScript(() => {
      if (window !== window.top) return;
      window.messages = [];
      addEventListener('message', (e) => window.messages.push(e.data), true);
    });
    await page.goto(link);
    page.errors = errors;
    return page;
  }

  /** The embedded frames of a post: their attributes, and the page around them. */
  async function embeds(page, count) {
    const frames = page.locator('iframe.wp-embedded-content');
    const found = await frames.count();
    if (found !== count) {
      const content = await page.locator('.wp-block-post-content, .entry-content').first().innerHTML().catch(() => '(no post content)');
      assert.fail(`expected ${count} iframe.wp-embedded-content, found ${found}; WordPress rendered the post as:\n${content.trim()}`);
    }
    return frames;
  }

  /** The attributes of an element, as an object. */
  const attributes = (locator) => locator.evaluate((el) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])));

  /**
   * Waits until the frame holds `selector` rendered (a custom element with a shadow root that
   * has content and a size), then until the frame's height has settled where it should: with
   * wp-embed.js on the page, the height the frame posted, kept within 200 and 1000 px, the
   * posted height being the content's; without it, the oEmbed JSON's height, which must then be
   * the content's. Gives up after about 10 s. Returns the content's height (see contentHeight),
   * the frame's height, the heights the frame posted, whether wp-embed.js is on the page, and
   * whether the content is cut off, vertically or sideways.
   */
  async function sizes(page, iframe, selector) {
    const frame = await (await iframe.elementHandle()).contentFrame();
    await frame.waitForFunction(
      (sel) => {
        const el = document.querySelector(sel);
        if (!el) return false;
        const rendered = el.shadowRoot ? el.shadowRoot.childElementCount > 0 : true;
        return rendered && el.getBoundingClientRect().height > 0;
      },
      selector,
      { timeout: 20_000 },
    );
    const wpEmbed = (await page.locator('script[src*="wp-embed"]').count()) > 0;
    const secret = await iframe.getAttribute('data-secret');
    // The page's sizing messages: `height`, or `icn-shown` when its content, under WordPress's
    // 200 px minimum, fits the frame as the oEmbed JSON sized it (a `height` would stretch it).
    const posted = () =>
      page.evaluate(
        (secret) => window.messages.filter((m) => m && m.secret === secret && ['height', 'icn-shown'].includes(m.message)).map((m) => ({ message: m.message, value: parseInt(m.value, 10) })),
        secret,
      );
    let last;
    for (let i = 0; i < 100; i++) {
      const values = await posted();
      const content = await contentHeight(frame);
      const frameHeight = await iframe.evaluate((el) => el.clientHeight);
      const shownOnly = values.at(-1)?.message === 'icn-shown';
      last = { content, frame: frameHeight, posted: values.at(-1)?.value, message: values.at(-1)?.message, postedCount: values.length, wpEmbed };
      const honest = !wpEmbed || (values.length > 0 && Math.abs(values.at(-1).value - content) <= TOLERANCE);
      const expected = !wpEmbed || shownOnly ? content : wordpressHeight(content);
      if (honest && Math.abs(frameHeight - expected) <= TOLERANCE) break;
      await page.waitForTimeout(100);
    }
    last.overflows = await frame.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 1);
    last.overflowsSideways = await frame.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    return last;
  }

  /**
   * The content's height in a frame, as its layout makes it, whatever the frame's own height: the
   * top of an empty block put after the body's content (so margins that collapse through the
   * last element count, as in the document's height), plus the body's and html's bottom padding,
   * border and margin. The block is removed at once.
   */
  const contentHeight = (frame) =>
    frame.evaluate(() => {
      const px = (el, ...props) => props.reduce((sum, prop) => sum + (parseFloat(getComputedStyle(el)[prop]) || 0), 0);
      const end = document.createElement('div');
      end.style.cssText = 'display: block; clear: both; height: 0; margin: 0; padding: 0; border: 0';
      document.body.append(end);
      const top = end.getBoundingClientRect().top + scrollY;
      end.remove();
      const bottom = (el) => px(el, 'paddingBottom', 'borderBottomWidth', 'marginBottom');
      return Math.ceil(top + bottom(document.body) + bottom(document.documentElement));
    });

  it('harness self-check (stand-in provider, test data): discovery, kses, the sandboxed frame, the height and link messages', async () => {
    const { tall, short } = { tall: `${provider.origin}/stand-in/tall.html`, short: `${provider.origin}/stand-in/short.html` };
    const post = await wp.post(wp.users.author, { title: 'Stand-in embeds (test data)', content: classicPost(tall) + `\n\n${short}\n` });
    const page = await openPost(post.link);
    const frames = await embeds(page, 2);

    // WordPress fetched each page (discovery), then its JSON.
    const fetched = provider.requests.filter((r) => r.userAgent.startsWith('WordPress/')).map((r) => r.path);
    assert.deepEqual(
      fetched.filter((p) => /tall|short/.test(p)),
      ['/stand-in/tall.html', '/stand-in/tall.json', '/stand-in/short.html', '/stand-in/short.json'],
    );

    const first = frames.nth(0);
    const tallSizes = await sizes(page, first, '#content');
    const attrs = await attributes(first);
    assert.match(attrs['data-secret'], /^[A-Za-z0-9]{10}$/);
    assert.deepEqual(attrs, {
      class: 'wp-embedded-content',
      sandbox: 'allow-scripts',
      security: 'restricted',
      src: `${tall}#?secret=${attrs['data-secret']}`,
      'data-secret': attrs['data-secret'],
      width: '400',
      height: String(tallSizes.frame),
      title: 'Stand-in tall',
    }, 'WordPress keeps src, width, height and title, and adds its own; the style ("clip") went with the first message');
    // The blockquote WordPress shows until the frame speaks, hidden once it has.
    const quote = page.locator(`blockquote[data-secret="${attrs['data-secret']}"]`);
    assert.equal(await quote.getAttribute('class'), 'wp-embedded-content');
    assert.equal(await quote.evaluate((el) => el.style.display), 'none');
    assert.equal(await page.locator('script[src*="wp-embed"]').count(), 1, 'wp-embed.js is on the page');
    // wp-embed.js's greeting ({ message: 'ready', secret }) reaches the frame only if the frame
    // loaded before wp-embed.js ran, which is a race: a page must post its height unasked too.
    const received = await (await first.elementHandle()).contentFrame().then((f) => f.evaluate(() => window.received));
    assert.deepEqual(received.filter((m) => m && m.message === 'ready' && m.secret !== attrs['data-secret']), []);
    assert.deepEqual(tallSizes, { content: 320, frame: 320, posted: 320, message: 'height', postedCount: tallSizes.postedCount, wpEmbed: true, overflows: false, overflowsSideways: false });

    // A frame never gets lower than 200 px, whatever it posts.
    const shortSizes = await sizes(page, frames.nth(1), '#content');
    assert.equal(shortSizes.posted, 80);
    assert.equal(shortSizes.frame, 200, 'wp-embed.js keeps a frame at least 200 px high');

    assert.deepEqual(page.errors, []);

    // A link on the frame's own host, asked for by the focused frame, opens in the page.
    await (await first.elementHandle()).contentFrame().then((f) => f.click('#go'));
    await page.waitForURL(`${provider.origin}/stand-in/landed.html`, { timeout: 10_000 });
    await page.context().close();
  });

  it("harness self-check (stand-in provider, test data): without the blockquote, WordPress 6.1 adds no wp-embed.js and the frame keeps the JSON's height", async () => {
    const bare = `${provider.origin}/stand-in/bare.html`;
    const post = await wp.post(wp.users.author, { title: 'Stand-in embed without blockquote (test data)', content: classicPost(bare) });
    const page = await openPost(post.link);
    const frame = (await embeds(page, 1)).first();
    const inner = await (await frame.elementHandle()).contentFrame();
    await inner.waitForSelector('#content');
    await page.waitForTimeout(500);
    assert.equal(await page.locator('script[src*="wp-embed"]').count(), 0);
    assert.equal(await frame.getAttribute('height'), '150');
    assert.equal(await frame.getAttribute('style'), null, 'no blockquote: the frame is not clipped');
    assert.equal(await frame.evaluate((el) => el.clientHeight), 150, 'the frame posted 320 px, nobody listened');
    await page.context().close();
  });

  it("an Author's <script> is stripped, an Administrator's kept: WordPress's filters are real", async () => {
    const content = '<p>Filters.</p><script>document.title = "script ran"</script>';
    const byAuthor = await wp.post(wp.users.author, { title: 'Filtered', content });
    const byAdmin = await wp.post(wp.users.admin, { title: 'Unfiltered', content });
    assert.equal(wp.users.author.unfilteredHtml, false);
    assert.equal(wp.users.admin.unfilteredHtml, true);
    assert.equal(byAuthor.content.raw, '<p>Filters.</p>document.title = "script ran"');
    assert.equal(byAdmin.content.raw, content);
  });

  // The project's embed pages (`npm run build` writes them to dist/embed/).
  const pages = {
    badge: { path: 'embed/en/badge-encc.html', selector: 'icn-badge', text: 'ENCC' },
    principles: { path: 'embed/en/principles.html', selector: 'icn-principles', text: 'The value of international cultural networks' },
  };

  for (const [name, { path, selector, text }] of Object.entries(pages)) {
    for (const [form, content] of [
      ['a link on its own line', classicPost],
      ['a Gutenberg Embed block', embedBlock],
    ]) {
      it(`the ${name} page, as ${form} in an Author's post, shows the live ${selector} in a frame sized to it`, async () => {
        assert.ok(existsSync(`dist/${path}`), `dist/${path} is missing: run \`npm run build\` first`);
        const url = `http://127.0.0.1:${PUBLIC_PORT}/${path}`;
        const discovery = readFileSync(`dist/${path}`, 'utf8').match(/<link[^>]+type=["']?application\/json\+oembed[^>]*>/)?.[0];
        assert.ok(discovery, `dist/${path} has no <link type="application/json+oembed">`);
        const href = discovery.match(/href=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/);
        assert.ok(href, `the discovery link has an href: ${discovery}`);
        const jsonPath = new URL((href[1] ?? href[2] ?? href[3]).replace(/&amp;/g, '&')).pathname;
        const oembed = JSON.parse(readFileSync(`dist${jsonPath}`, 'utf8'));

        if (content === embedBlock) {
          // The block editor asks WordPress's oEmbed proxy before it makes the block: as the Author.
          const preview = await wp.rest(wp.users.author, '/oembed/1.0/proxy', { query: { url } });
          assert.equal(preview.type, 'rich');
          assert.match(preview.html, /<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"/);
          assert.ok(preview.html.includes(`src="${url}#?secret=`), `the preview frames the page: ${preview.html}`);
        }
        const fetchedBefore = dist.requests.length;
        const post = await wp.post(wp.users.author, { title: `The ${name} page as ${form}`, content: content(url, oembed) });
        assert.ok(post.content.raw.includes(url), "the link survives the Author's filters");

        for (const viewport of VIEWPORTS) {
          const at = `at ${viewport.width} px`;
          const page = await openPost(post.link, viewport);
          const iframe = (await embeds(page, 1)).first();
          if (viewport === VIEWPORTS[0]) {
            const fetched = dist.requests.slice(fetchedBefore).filter((r) => r.userAgent.startsWith('WordPress/')).map((r) => r.path);
            assert.ok(fetched.includes(`/${path}`) && fetched.includes(jsonPath), `WordPress discovered the page's oEmbed JSON (it fetched: ${fetched.join(', ')})`);
          }

          const attrs = await attributes(iframe);
          assert.equal(attrs.sandbox, 'allow-scripts');
          assert.equal(attrs.security, 'restricted');
          assert.match(attrs['data-secret'], /^[A-Za-z0-9]{10}$/);
          assert.equal(attrs.src, `${url}#?secret=${attrs['data-secret']}`);

          const measured = await sizes(page, iframe, selector);
          const report = `${at}: ${JSON.stringify(measured)}`;
          if (measured.wpEmbed) {
            assert.ok(measured.postedCount > 0, `the page posted its height ${report}`);
            assert.ok(Math.abs(measured.posted - measured.content) <= TOLERANCE, `the page posts its content's height ${report}`);
            if (measured.message === 'icn-shown') {
              // Under WordPress's 200 px minimum: the page only asked to be shown, and the frame
              // keeps the oEmbed JSON's height, made for it.
              assert.ok(measured.content < 200, `only content under 200 px skips the height message ${report}`);
              assert.ok(Math.abs(measured.frame - measured.content) <= TOLERANCE, `the frame is sized to the content ${report}`);
            } else {
              assert.ok(Math.abs(measured.frame - wordpressHeight(measured.content)) <= TOLERANCE, `the frame is sized to the content, within WordPress's 200 to 1000 px ${report}`);
            }
          } else {
            // No <blockquote> in the oEmbed html: WordPress adds no wp-embed.js, and the frame
            // keeps the JSON's height, which must then be the content's at this width too.
            assert.ok(Math.abs(measured.frame - measured.content) <= TOLERANCE, `the frame (no wp-embed.js: the oEmbed JSON's height) is sized to the content ${report}`);
          }
          assert.equal(measured.overflows, false, `nothing is cut off ${report}`);
          assert.equal(measured.overflowsSideways, false, `nothing is cut off sideways ${report}`);
          assert.doesNotMatch((await iframe.getAttribute('style')) ?? '', /clip/, `the frame is shown ${at}`);
          assert.ok(await iframe.evaluate((el) => el.checkVisibility()), `the frame is visible ${at}`);
          const widths = await iframe.evaluate((el) => ({ frameRight: Math.round(el.getBoundingClientRect().right), pageWidth: document.documentElement.clientWidth, widthAttribute: el.getAttribute('width') }));
          assert.ok(widths.frameRight <= widths.pageWidth, `the frame stays within the page's width (WordPress keeps the oEmbed html's width attribute) ${at}: ${JSON.stringify(widths)}`);
          const shown = await (await iframe.elementHandle()).contentFrame().then((f) =>
            f.evaluate((sel) => {
              const el = document.querySelector(sel);
              return (el.shadowRoot ?? el).textContent;
            }, selector),
          );
          assert.ok(shown.includes(text), `the frame shows "${text}" ${at}`);
          assert.deepEqual(page.errors, [], `no console error ${at}`);
          await page.context().close();
        }
      });
    }
  }
});
