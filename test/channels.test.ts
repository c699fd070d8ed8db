/**
 * Each channel's snippets, as that channel keeps them, pasted into a blank page in Chromium:
 * the element upgrades with the chosen network, or the badge image loads with its text and link.
 * What each channel keeps is modelled on what the real systems keep (see channels.ts); the image
 * tests use the badge images the build wrote (dist/badges/).
 */
import { emulateMedia } from '@web/test-runner-commands';
import { expect, waitUntil } from '@open-wc/testing';
import { CHANNELS, type ChannelId, type SnippetKind } from '../src/builder/channels.js';
import type { BadgeManifest } from '../src/builder/snippets.js';
import { embeddedStatement } from '../src/data/statement.js';
import { openBuilder, paste, widgets } from './frames.js';

/** Tags and attributes a filter keeps; everything else goes, unknown tags keeping their children. */
type Allowed = Record<string, string[]>;

/** WordPress's kses for a user without unfiltered_html (an Author), for what these snippets use. */
const KSES: Allowed = { a: ['href'], img: ['src', 'srcset', 'alt', 'width', 'height'], p: [], br: [] };
/** A mail program or newsletter tool: a linked image and nothing else. */
const MAIL: Allowed = { a: ['href'], img: ['src', 'alt', 'width', 'height'], p: [], br: [] };
/** Drupal's Basic HTML. */
const BASIC_HTML: Allowed = { a: ['href'], img: ['src', 'alt', 'width', 'height'], p: [], br: [] };
/** A site that keeps a frame but no script (a Drupal format allowing <iframe>, an embed box). */
const FRAMES: Allowed = { iframe: ['src', 'title', 'loading', 'style'], a: ['href'], p: [], br: [] };

/** Filters HTML as a CMS does: drops script, style and iframe with their content unless allowed, unwraps other tags. */
export function filterHtml(code: string, allowed: Allowed): string {
  const doc = new DOMParser().parseFromString(`<body>${code}</body>`, 'text/html');
  const walk = (node: Element) => {
    for (const child of [...node.children]) {
      const tag = child.localName;
      if (!(tag in allowed)) {
        if (['script', 'style', 'iframe', 'template'].includes(tag)) child.remove();
        else {
          walk(child);
          child.replaceWith(...child.childNodes);
        }
        continue;
      }
      for (const attr of [...child.attributes]) if (!allowed[tag].includes(attr.name)) child.removeAttribute(attr.name);
      walk(child);
    }
  };
  walk(doc.body);
  return doc.body.innerHTML;
}

/** The one Markdown construct the badge uses, `[![alt](src)](href)`, as a Markdown renderer writes it. */
function markdownToHtml(md: string): string {
  const m = /^\[!\[((?:\\.|[^\]\\])*)\]\(([^()\s]+)\)\]\(([^()\s]+)\)$/.exec(md.trim());
  expect(m, `a linked Markdown image: ${md}`).to.not.equal(null);
  const esc = (s: string) => s.replace(/\\(.)/g, '$1').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<p><a href="${esc(m![3])}"><img src="${esc(m![2])}" alt="${esc(m![1])}"></a></p>`;
}

/** What each channel keeps of each snippet kind it is given. */
const KEEPS: Record<ChannelId, Partial<Record<SnippetKind, (code: string) => string>>> = {
  // A link on its own line: WordPress keeps the address and frames the page it names (oEmbed).
  'wordpress-admin': { script: (c) => c, link: (c) => c },
  'wordpress-author': { link: (c) => c, image: (c) => filterHtml(c, KSES) },
  'wordpress-com': { image: (c) => filterHtml(c, KSES), script: (c) => c },
  'site-builder': { script: (c) => c, 'iframe-only': (c) => filterHtml(c, FRAMES), image: (c) => filterHtml(c, MAIL) },
  drupal: { script: (c) => c, 'iframe-only': (c) => filterHtml(c, FRAMES), image: (c) => filterHtml(c, BASIC_HTML) },
  html: { script: (c) => c, iframe: (c) => c, picture: (c) => c },
  email: { image: (c) => filterHtml(c, MAIL) },
  markdown: { markdown: markdownToHtml },
};

const LANG = 'fr';
let manifest: BadgeManifest;

async function expectBadgeElement(win: Window) {
  const [badge] = await widgets(win, 'icn-badge');
  expect(badge, 'an icn-badge').to.exist;
  expect(badge.getAttribute('network')).to.equal('IETM');
  expect(badge.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`IETM est signataire de « ${embeddedStatement.title} »`);
}

/**
 * What WordPress makes of an address on its own line: a frame of the static embed page it names
 * (with WordPress's secret), which shows the live badge. On a real WordPress, as an Author, in
 * test/e2e/wordpress.test.mjs.
 */
async function expectEmbedPage(url: string) {
  expect(url).to.equal(new URL(`/dist/embed/${LANG}/badge-ietm.html`, location.href).href);
  const win = await paste(`<iframe src="${url}#?secret=abc123" title="Embed" width="400" height="80"></iframe>`);
  const inner = win.document.querySelector('iframe')!;
  const text = () => inner.contentDocument?.querySelector('icn-badge')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim();
  await waitUntil(() => text(), 'the embed page did not show its badge', { timeout: 5000 });
  expect(inner.contentDocument!.documentElement.lang).to.equal(LANG);
  expect(text()).to.equal(`IETM est signataire de « ${embeddedStatement.title} »`);
}

async function expectImage(win: Window, { page, theme = 'light' }: { page: string; theme?: string }) {
  const img = win.document.querySelector('img')!;
  expect(img, 'an image').to.exist;
  await waitUntil(() => img.complete, 'the image did not load', { timeout: 5000 });
  const entry = manifest.badges[LANG].ietm;
  const src = img.currentSrc;
  expect(src).to.match(new RegExp(`/dist/badges/${LANG}/ietm-${theme}(@2x)?\\.png$`));
  // From a srcset the browser divides by the density it chose; a plain src is the file's own width.
  const fromSrcset = img.srcset !== '' || img.parentElement!.localName === 'picture';
  expect(img.naturalWidth, src).to.equal(entry.width * (src.endsWith('@2x.png') && !fromSrcset ? 2 : 1));
  expect(img.getBoundingClientRect().width).to.equal(entry.width);
  expect(img.alt).to.equal(entry.alt);
  expect(img.closest('a')!.href).to.equal(page);
  return img;
}

describe('each channel’s snippet, as that channel keeps it', () => {
  before(async () => {
    manifest = await (await fetch('/dist/badges/badges.json')).json();
  });
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  for (const channel of CHANNELS) {
    it(`${channel.label}: every snippet shows the badge or its image`, async () => {
      const b = await openBuilder();
      await b.set('channel', channel.id);
      await b.set('network', 'IETM');
      await b.set('lang', LANG);
      const page = new URL('/dist/index.html', location.href).href;
      for (const { kind } of channel.snippets) {
        const keep = KEEPS[channel.id][kind];
        expect(keep, `${channel.id} keeps ${kind}`).to.be.a('function');
        const code = await b.written(kind, (c) => c.includes('fr'));
        const kept = keep!(code);
        const win = await paste(kept);
        if (kind === 'link') await expectEmbedPage(kept);
        else if (kind === 'script') await expectBadgeElement(win);
        else if (kind === 'iframe' || kind === 'iframe-only') {
          const inner = win.document.querySelector('iframe')!;
          expect(inner, 'the frame survives').to.exist;
          expect(kept.includes('<script'), 'script kept').to.equal(kind === 'iframe');
          await waitUntil(() => inner.contentDocument?.querySelector('icn-badge'), 'the embed did not load', { timeout: 5000 });
          await expectBadgeElement(inner.contentWindow!);
        } else {
          // Nothing but the image and its link is left, and no visible leftovers of code.
          expect(win.document.querySelector('script, iframe, icn-badge')).to.equal(null);
          expect(win.document.body.textContent!.trim()).to.equal('');
          const img = await expectImage(win, { page });
          if (channel.id === 'email') {
            expect(img.getAttribute('src')).to.match(/^https?:\/\/[^?#]+\.png$/);
            expect(code).not.to.match(/\.svg|<picture|srcset/);
            expect(img.width).to.equal(manifest.badges[LANG].ietm.width);
          }
        }
      }
    });
  }

  it('the picture follows the reader’s dark mode', async () => {
    const b = await openBuilder();
    await b.set('channel', 'html');
    await b.set('network', 'IETM');
    await b.set('lang', LANG);
    const code = await b.written('picture', (c) => c.includes('/fr/'));
    await emulateMedia({ colorScheme: 'dark' });
    const win = await paste(code);
    await expectImage(win, { page: new URL('/dist/index.html', location.href).href, theme: 'dark' });
  });

  it('for an Author, the script snippet would leave only its fallback link: that is why the image is offered', async () => {
    const b = await openBuilder();
    await b.set('channel', 'html');
    await b.set('network', 'IETM');
    const kept = filterHtml(await b.written('script'), KSES);
    const win = await paste(kept);
    expect(win.document.querySelector('icn-badge, script, style')).to.equal(null);
    expect(win.document.body.textContent!.trim()).to.equal(embeddedStatement.title);
  });

  it('for the principles card an image-only channel says there is no image, and gives a plain link', async () => {
    const b = await openBuilder();
    await b.set('channel', 'email');
    await b.set('element', 'principles');
    const code = await b.written('image');
    expect(code).to.equal(`<a href="${new URL('/dist/index.html', location.href).href}">${embeddedStatement.title}</a>`);
    expect(b.root.querySelector('#snippet-image-note')!.textContent).to.equal('Only the network badge exists as an image, so here is a plain link to the statement page.');
    const win = await paste(filterHtml(code, MAIL));
    expect(win.document.querySelector('a')!.textContent).to.equal(embeddedStatement.title);
  });
});
