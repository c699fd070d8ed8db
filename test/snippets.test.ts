/** src/builder/snippets.ts and channels.ts: the snippet text, from plain inputs (no build, no DOM). */
import { expect } from '@open-wc/testing';
import { CHANNELS, IMAGE_KINDS } from '../src/builder/channels.js';
import {
  badgeImage,
  EMBED_PADDING,
  embedUrl,
  FRAME_FIT_WIDTH,
  frameHeight,
  heightAt,
  iframeOnlySnippet,
  iframeSnippet,
  imageSnippet,
  linkSnippet,
  markdownSnippet,
  pictureSnippet,
  scriptSnippet,
  snippet,
  type BadgeManifest,
  type BuildInfo,
  type SnippetInput,
} from '../src/builder/snippets.js';
import { embeddedStatement } from '../src/data/statement.js';

/** TEST DATA: addresses of a made-up host, a made-up hash and manifest entry. */
const build: BuildInfo = {
  bundle: 'https://host.test/icn-widgets-9.9.9.js',
  integrity: 'sha384-TESTDATA',
  page: 'https://host.test/index.html',
  embed: 'https://host.test/embed.html',
  badges: 'https://host.test/badges/',
  pages: 'https://host.test/embed/',
  title: embeddedStatement.title,
  signatories: embeddedStatement.signatories,
};
const manifest: BadgeManifest = {
  languages: ['en', 'fr'],
  themes: ['light', 'dark'],
  badges: {
    en: { ietm: { width: 300, height: 50, alt: 'IETM is a signatory of The value of international cultural networks' } },
    fr: { ietm: { width: 310, height: 52, alt: 'IETM est signataire de The value of international cultural networks' } },
  },
};
const sizes = { steps: [{ minWidth: 0, height: 90 }, { minWidth: 400, height: 60.5 }, { minWidth: 900, height: 40 }] };
const badge = (attributes: [string, string][], more: Partial<SnippetInput> = {}): SnippetInput => ({ element: 'badge', attributes, build, sizes, manifest, ...more });

describe('channels', () => {
  it('asks about the eight places, each with a hint and at least one snippet with where to paste it', () => {
    expect(CHANNELS.map((c) => c.label)).to.deep.equal([
      'WordPress as administrator',
      'WordPress as author or editor',
      'WordPress.com',
      'Squarespace, Wix or Webflow',
      'Drupal',
      'A plain HTML site',
      'An email signature or newsletter',
      'Markdown (a README, a forum)',
    ]);
    for (const c of CHANNELS) {
      expect(c.hint, c.id).to.match(/^[A-Z].+\.$/);
      expect(c.snippets.length, c.id).to.be.greaterThan(0);
      for (const s of c.snippets) expect(s.where, `${c.id} ${s.kind}`).to.match(/^[A-Z].+\.$/);
    }
  });

  it('gives scripts only where scripts survive, and only an image and a link where nothing else does', () => {
    const kinds = Object.fromEntries(CHANNELS.map((c) => [c.id, c.snippets.map((s) => s.kind)]));
    expect(kinds['wordpress-admin'][0]).to.equal('script');
    expect(kinds['wordpress-author']).to.deep.equal(['link', 'image']);
    expect(kinds['wordpress-admin']).to.include('link');
    expect(kinds['wordpress-com']).not.to.include('link');
    expect(kinds['wordpress-com'][0]).to.equal('image');
    expect(kinds.email).to.deep.equal(['image']);
    expect(kinds.markdown).to.deep.equal(['markdown']);
    expect(kinds.drupal).to.include('iframe-only');
    expect(kinds['site-builder']).to.include('iframe-only');
    for (const id of ['email', 'markdown']) expect(kinds[id].every((k) => IMAGE_KINDS.includes(k)), id).to.be.true;
    expect(kinds['wordpress-author'].every((k) => k === 'link' || IMAGE_KINDS.includes(k))).to.be.true;
  });
});

describe('snippets', () => {
  it('the link that embeds names the static embed page for the element, network and language', () => {
    expect(linkSnippet(badge([['network', 'IETM'], ['lang', 'fr']]))).to.deep.equal({ code: 'https://host.test/embed/fr/badge-ietm.html' });
    // Regional tags take their language; the page's language (no lang) or an unknown one, English.
    expect(linkSnippet(badge([['network', 'Res Artis'], ['lang', 'pt-BR']])).code).to.equal('https://host.test/embed/pt/badge-res-artis.html');
    expect(linkSnippet(badge([['network', 'ietm']])).code).to.equal('https://host.test/embed/en/badge-ietm.html');
    expect(linkSnippet(badge([['network', 'IETM'], ['lang', 'ja']])).code).to.equal('https://host.test/embed/en/badge-ietm.html');
    expect(linkSnippet({ element: 'principles', attributes: [['lang', 'de']], build }).code).to.equal('https://host.test/embed/de/principles.html');
    expect(linkSnippet({ element: 'signatories', attributes: [], build }).code).to.equal('https://host.test/embed/en/signatories.html');
    // No network yet: no link, and why.
    expect(linkSnippet(badge([]))).to.deep.equal({ code: '', note: 'Choose your network: the link shows its badge.' });
    // Options the static page does not take are named.
    expect(linkSnippet(badge([['network', 'IETM'], ['size', 'large'], ['theme', 'dark']])).note).to.equal(
      'The linked page shows the network badge as published, in the light theme: size, theme would need the script snippet.',
    );
    expect(snippet('link', badge([['network', 'IETM']])).code).to.equal('https://host.test/embed/en/badge-ietm.html');
  });

  it('the script snippet pins the bundle, carries the attributes escaped and links the statement page', () => {
    const { code } = scriptSnippet(badge([['network', 'IETM'], ['href', 'https://x.test/?a=1&b="2"']]));
    expect(code).to.contain('<script type="module" src="https://host.test/icn-widgets-9.9.9.js" integrity="sha384-TESTDATA" crossorigin="anonymous"></script>');
    expect(code).to.match(/<icn-badge class="icn-space-[a-z0-9]+" network="IETM" href="https:\/\/x\.test\/\?a=1&amp;b=&quot;2&quot;">/);
    expect(code).to.contain(`<a href="https://host.test/index.html">${embeddedStatement.title}</a>`);
  });

  it('the script snippet with src pins the chunk the bundle imports for it; without src, one file', () => {
    const chunk = { url: 'https://host.test/chunks/loader-0123456789ab.js', integrity: 'sha384-TESTCHUNK' };
    const withSrc = scriptSnippet({ ...badge([['network', 'IETM'], ['src', 'https://member.test/statement.json']]), build: { ...build, chunk } }).code.split('\n');
    // The preload comes first: the bundle's import of the chunk then takes the checked copy.
    expect(withSrc[0]).to.equal('<link rel="modulepreload" href="https://host.test/chunks/loader-0123456789ab.js" integrity="sha384-TESTCHUNK" crossorigin="anonymous">');
    expect(withSrc[1]).to.equal('<script type="module" src="https://host.test/icn-widgets-9.9.9.js" integrity="sha384-TESTDATA" crossorigin="anonymous"></script>');
    const withoutSrc = scriptSnippet({ ...badge([['network', 'IETM']]), build: { ...build, chunk } }).code;
    expect(withoutSrc).not.to.contain('modulepreload');
    expect(withoutSrc.match(/https:\/\/host\.test\/[^"]+\.js/g)).to.deep.equal(['https://host.test/icn-widgets-9.9.9.js']);
  });

  it('the script snippet in a language other than English pins that language’s catalogue; in English or the page’s language, none', () => {
    const catalogues = { dir: 'https://host.test/chunks/messages-0123456789ab/', integrity: { fr: 'sha384-TESTFR', de: 'sha384-TESTDE' } };
    const inFrench = scriptSnippet({ ...badge([['network', 'IETM'], ['lang', 'fr-CA']]), build: { ...build, catalogues } }).code.split('\n');
    expect(inFrench[0]).to.equal('<link rel="modulepreload" href="https://host.test/chunks/messages-0123456789ab/fr.js" integrity="sha384-TESTFR" crossorigin="anonymous">');
    expect(inFrench[1]).to.match(/^<script type="module" src="https:\/\/host\.test\/icn-widgets-9\.9\.9\.js"/);
    for (const attributes of [[['network', 'IETM']], [['network', 'IETM'], ['lang', 'en']], [['network', 'IETM'], ['lang', 'zh']]] as [string, string][][]) {
      expect(scriptSnippet({ ...badge(attributes), build: { ...build, catalogues } }).code, JSON.stringify(attributes)).not.to.contain('modulepreload');
    }
    // With src as well: both files pinned, the words first.
    const chunk = { url: 'https://host.test/chunks/loader-0123456789ab.js', integrity: 'sha384-TESTCHUNK' };
    const both = scriptSnippet({ ...badge([['network', 'IETM'], ['lang', 'de'], ['src', 'https://member.test/statement.json']]), build: { ...build, chunk, catalogues } }).code.split('\n');
    expect(both.slice(0, 2).map((line) => /href="([^"]+)"/.exec(line)?.[1])).to.deep.equal([
      'https://host.test/chunks/messages-0123456789ab/de.js',
      'https://host.test/chunks/loader-0123456789ab.js',
    ]);
  });

  it('the script snippet reserves each measured height from its width up, only while the element is undefined', () => {
    const { code } = scriptSnippet(badge([['network', 'IETM']]));
    const cls = /class="(icn-space-[a-z0-9]+)"/.exec(code)![1];
    expect(code).to.contain(`icn-badge.${cls}:not(:defined) { display: block; container-type: inline-size }`);
    expect(code).to.contain(`icn-badge.${cls}:not(:defined) > a { display: block; box-sizing: border-box; margin: 0; min-height: 90px }`);
    expect(code).to.contain(`@container (min-width: 400px) { icn-badge.${cls}:not(:defined) > a { min-height: 60.5px } }`);
    expect(code).to.contain(`@container (min-width: 900px) { icn-badge.${cls}:not(:defined) > a { min-height: 40px } }`);
    // Another reservation, another class: two snippets on one page keep their own space.
    const other = scriptSnippet(badge([['network', 'IETM']], { sizes: { steps: [{ minWidth: 0, height: 10 }] } })).code;
    expect(/class="(icn-space-[a-z0-9]+)"/.exec(other)![1]).not.to.equal(cls);
    // Not measured: no style, no class.
    expect(scriptSnippet(badge([['network', 'IETM']], { sizes: undefined })).code).not.to.match(/<style>|class=/);
  });

  it('margins that collapse through the element are held by the undefined element, and counted in the frame', () => {
    const withMargin = { ...sizes, margin: [0, 12] as [number, number] };
    const { code } = scriptSnippet(badge([['network', 'IETM']], { element: 'signatories', attributes: [], sizes: withMargin }));
    expect(code).to.match(/icn-signatories\.icn-space-[a-z0-9]+:not\(:defined\) \{ display: block; container-type: inline-size; margin-block: 0px 12px \}/);
    expect(frameHeight(withMargin)).to.equal(frameHeight(sizes) + 12);
  });

  it('heightAt reads the step for a width', () => {
    expect([0, 399, 400, 899, 900, 5000].map((w) => heightAt(sizes, w))).to.deep.equal([90, 90, 60.5, 60.5, 40, 40]);
  });

  it('the iframe snippets carry the attributes in embed.html’s address and fit the element at 360 px', () => {
    const input: SnippetInput = { element: 'signatories', attributes: [['filter', ''], ['limit', '5']], build, sizes };
    expect(embedUrl(input)).to.equal('https://host.test/embed.html?element=signatories&filter=true&limit=5');
    expect(frameHeight(sizes)).to.equal(Math.ceil(heightAt(sizes, FRAME_FIT_WIDTH - 2 * EMBED_PADDING) + 2 * EMBED_PADDING));
    expect(frameHeight(sizes)).to.equal(98);
    expect(frameHeight(undefined), 'not measured').to.equal(150);
    expect(frameHeight({ steps: [] }), 'measuring failed').to.equal(150);
    const only = iframeOnlySnippet(input).code;
    expect(only).to.equal(
      `<iframe src="https://host.test/embed.html?element=signatories&amp;filter=true&amp;limit=5" title="${embeddedStatement.title}" loading="lazy" style="display: block; width: 100%; height: 98px; border: 0"></iframe>`,
    );
    expect(only).not.to.contain('<script');
    const sized = iframeSnippet(input).code;
    expect(sized.startsWith(only)).to.be.true;
    expect(sized).to.contain('e.origin !== "https://host.test"');
    // Only a frame whose own src is the coalition's embed page is sized.
    expect(sized).to.contain('(f.getAttribute("src") || "").indexOf("https://host.test/embed.html?") === 0');
  });

  it('the e-mail image is the 2× PNG at its 1× size, no srcset, no SVG, no query string', () => {
    const { code, note } = imageSnippet(badge([['network', 'ietm']]));
    expect(note).to.equal(undefined);
    expect(code).to.equal(
      '<a href="https://host.test/index.html"><img src="https://host.test/badges/en/ietm-light@2x.png" alt="IETM is a signatory of The value of international cultural networks" width="300" height="50"></a>',
    );
    expect(imageSnippet(badge([['network', 'IETM'], ['theme', 'dark'], ['lang', 'fr-CA'], ['href', 'https://member.test/']])).code).to.equal(
      '<a href="https://member.test/"><img src="https://host.test/badges/fr/ietm-dark@2x.png" alt="IETM est signataire de The value of international cultural networks" width="310" height="52"></a>',
    );
  });

  it('the picture follows the reader’s dark mode unless the theme is fixed', () => {
    const auto = pictureSnippet(badge([['network', 'IETM']])).code;
    expect(auto).to.contain('<source media="(prefers-color-scheme: dark)" srcset="https://host.test/badges/en/ietm-dark.png 1x, https://host.test/badges/en/ietm-dark@2x.png 2x">');
    expect(auto).to.contain('<img src="https://host.test/badges/en/ietm-light.png" srcset="https://host.test/badges/en/ietm-light.png 1x, https://host.test/badges/en/ietm-light@2x.png 2x" alt="IETM is a signatory of The value of international cultural networks" width="300" height="50">');
    const light = pictureSnippet(badge([['network', 'IETM'], ['theme', 'light']])).code;
    expect(light).not.to.contain('<source');
  });

  it('Markdown: the 1× PNG in a link', () => {
    expect(markdownSnippet(badge([['network', 'IETM']])).code).to.equal(
      '[![IETM is a signatory of The value of international cultural networks](https://host.test/badges/en/ietm-light.png)](https://host.test/index.html)',
    );
    expect(markdownSnippet(badge([['network', 'IETM'], ['href', 'https://x.test/a_(b)']])).code).to.match(/\]\(https:\/\/x\.test\/a_%28b%29\)$/);
  });

  it('the image takes English when the page’s language is chosen: an image cannot follow a page', () => {
    const image = badgeImage(badge([['network', 'IETM']]));
    expect(image).to.include({ light: 'https://host.test/badges/en/ietm-light', theme: 'auto', width: 300 });
    expect(badgeImage(badge([['network', 'IETM'], ['lang', 'de']]))).to.include({ light: 'https://host.test/badges/en/ietm-light' });
  });

  it('where no image exists it says so and gives a plain link to the statement page', () => {
    for (const kind of ['image', 'picture'] as const) {
      const card = snippet(kind, { element: 'principles', attributes: [], build, manifest });
      expect(card.code).to.equal(`<a href="https://host.test/index.html">${embeddedStatement.title}</a>`);
      expect(card.note).to.equal('Only the network badge exists as an image, so here is a plain link to the statement page.');
    }
    expect(snippet('markdown', { element: 'signatories', attributes: [], build, manifest }).code).to.equal(`[${embeddedStatement.title}](https://host.test/index.html)`);
    expect(imageSnippet(badge([['network', 'IETM']], { manifest: null })).note).to.match(/^The badge images are not published/);
    expect(imageSnippet(badge([])).note).to.match(/^Choose your network/);
    expect(imageSnippet(badge([['network', 'Nobody']])).note).to.match(/^Choose your network/);
  });
});
