/**
 * The static embed pages (src/embed-pages/), in Node: ICN_PUBLIC_URL's checks, the pages and
 * oEmbed JSON that the build wrote into dist/ (every language × kind × signatory, valid oEmbed
 * 1.0, absolute URLs from the public base URL, Open Graph and Twitter Card meta whose images
 * exist at their stated size), and a build for another public URL. Their behaviour in a
 * sandboxed frame is tested in Chromium by test/e2e/embed-pages.test.mjs.
 * Run after `npm run build`: `node --test test/embed-pages/` (loads the sources through Vite).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const load = async (path) => (await runnerImport(join(root, path))).module;

let statement;
let languages;
let publicUrl;
let writer;
let social;
let direction;
const temp = [];

before(async () => {
  ({ embeddedStatement: statement } = await load('src/data/statement.ts'));
  languages = [...(await load('src/shared/messages/languages.ts')).UI_LANGS];
  publicUrl = await load('src/embed-pages/public-url.ts');
  writer = await load('src/embed-pages/write-embed-pages.ts');
  social = await load('src/embed-pages/social.ts');
  ({ direction } = await load('src/shared/direction.ts'));
});

after(async () => {
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
});

/** The base URL the build in dist/ used: the environment's, as the build reads it. */
const base = () => publicUrl.publicBaseUrl(process.env.ICN_PUBLIC_URL);

/** Decodes the five entities the pages write. */
const unescape = (text) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]);

/** The attributes of every `<tag …>` in `html`, decoded. */
function tags(html, tag) {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k, v]) => [k.toLowerCase(), unescape(v)])),
  );
}

/** The `content` of the `<meta property|name=key>`, failing when there is not exactly one. */
function meta(html, key) {
  const found = tags(html, 'meta').filter((m) => m.property === key || m.name === key);
  assert.equal(found.length, 1, `one <meta> ${key}`);
  return found[0].content;
}

/** A PNG's size from its IHDR chunk. */
function pngSize(buffer) {
  assert.equal(buffer.subarray(1, 4).toString(), 'PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/** The file in `dir` that an absolute URL under `baseUrl` names. */
function fileOf(url, baseUrl, dir = dist) {
  assert.ok(url.startsWith(baseUrl), `${url} starts with ${baseUrl}`);
  return join(dir, url.slice(baseUrl.length));
}

/** Every page the contract names: lang × (principles, signatories, badge-<id>). */
function expectedPages() {
  return languages.flatMap((lang) => [
    { lang, kind: 'principles', name: 'principles' },
    { lang, kind: 'signatories', name: 'signatories' },
    ...statement.signatories.map((s) => ({ lang, kind: 'badge', name: `badge-${s.id}`, signatory: s })),
  ]);
}

/**
 * Checks a page and its JSON as a consumer (WordPress, a social tool) reads them; returns the
 * parsed JSON.
 */
function checkPage(html, json, { lang, kind, name }, baseUrl, dir = dist) {
  const pageUrl = `${baseUrl}embed/${lang}/${name}.html`;
  const jsonUrl = `${baseUrl}embed/${lang}/${name}.json`;
  const rtl = direction(lang) === 'rtl' ? ' dir="rtl"' : '';
  assert.match(html, new RegExp(`^<!doctype html>\\n<html lang="${lang}"${rtl} data-frame-height="${JSON.parse(json).height}">`), 'the page says the height of the frame its JSON gives');
  const title = unescape(/<title>([^<]+)<\/title>/.exec(html)?.[1] ?? '');
  assert.ok(title.length > 10, `${name}: a title`);

  // oEmbed discovery, as WordPress reads it: one <link> of type application/json+oembed in <head>.
  const head = html.slice(0, html.indexOf('</head>'));
  const alternates = tags(head, 'link').filter((l) => l.type === 'application/json+oembed');
  assert.equal(alternates.length, 1);
  assert.equal(alternates[0].rel, 'alternate');
  assert.equal(alternates[0].href, jsonUrl);

  // oEmbed 1.0, type rich (https://oembed.com/ §2.3): required fields and their types.
  const o = JSON.parse(json);
  assert.equal(o.version, '1.0');
  assert.equal(o.type, 'rich');
  assert.equal(o.title, title);
  for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height'])
    assert.ok(Number.isInteger(o[key]) && o[key] > 0, `${name}: ${key} is a positive integer`);
  assert.equal(o.provider_name, statement.title);
  assert.equal(o.provider_url, `${baseUrl}index.html`);
  // html: a blockquote linking the page (WordPress loads wp-embed.js only for an embed that has
  // one), then exactly one empty iframe of the page, at the response's size, with a title.
  // A right-to-left page's blockquote says its language and direction (WordPress's kses drops both).
  const quote = direction(lang) === 'rtl' ? ` lang="${lang}" dir="rtl"` : '';
  const embed = new RegExp(`^<blockquote${quote}><a href="([^"]+)">([^<]+)</a></blockquote><iframe ([^>]*)></iframe>$`).exec(o.html);
  assert.ok(embed, `${name}: html is a blockquote and one iframe: ${o.html}`);
  assert.equal(embed[1], pageUrl);
  const [attrs] = tags(o.html, 'iframe');
  assert.equal(attrs.src, pageUrl);
  assert.equal(Number(attrs.width), o.width);
  assert.equal(Number(attrs.height), o.height);
  assert.equal(attrs.title, title);
  assert.equal(embedBlockClass(o.html), undefined, `${name}: the Embed block leaves the frame's height free`);
  // The thumbnail: a PNG of the stated size.
  const thumbnail = readFileSync(fileOf(o.thumbnail_url, baseUrl, dir));
  assert.deepEqual(pngSize(thumbnail), { width: o.thumbnail_width, height: o.thumbnail_height }, `${name}: thumbnail size`);
  if (kind === 'badge') assert.match(o.thumbnail_url, new RegExp(`/badges/${lang}/${name.slice(6)}-light@2x\\.png$`));
  for (const value of [o.provider_url, o.thumbnail_url, attrs.src]) assert.ok(value.startsWith(baseUrl), value);

  // Link previews: Open Graph and Twitter Card, absolute, the image at its stated size.
  assert.equal(meta(html, 'og:type'), 'website');
  assert.equal(meta(html, 'og:site_name'), statement.title);
  assert.equal(meta(html, 'og:title'), title);
  assert.equal(meta(html, 'twitter:title'), title);
  assert.equal(meta(html, 'og:url'), pageUrl);
  assert.equal(meta(html, 'og:locale'), social.OG_LOCALES[lang]);
  const description = meta(html, 'og:description');
  assert.equal(meta(html, 'twitter:description'), description);
  assert.equal(meta(html, 'description'), description);
  assert.ok(description.length <= 201, `${name}: description of ${description.length} characters`);
  const image = meta(html, 'og:image');
  assert.equal(meta(html, 'twitter:image'), image);
  assert.equal(image, o.thumbnail_url);
  const size = pngSize(readFileSync(fileOf(image, baseUrl, dir)));
  assert.deepEqual(size, { width: Number(meta(html, 'og:image:width')), height: Number(meta(html, 'og:image:height')) });
  assert.ok(meta(html, 'og:image:alt').length > 10);
  assert.equal(meta(html, 'twitter:image:alt'), meta(html, 'og:image:alt'));
  assert.equal(meta(html, 'twitter:card'), kind === 'badge' ? 'summary' : 'summary_large_image');
  return o;
}

describe('ICN_PUBLIC_URL', () => {
  it('defaults to the local preview address', () => {
    assert.equal(publicUrl.DEFAULT_PUBLIC_URL, 'http://127.0.0.1:4173/');
    assert.equal(publicUrl.publicBaseUrl(undefined), 'http://127.0.0.1:4173/');
    assert.equal(publicUrl.publicBaseUrl('  '), 'http://127.0.0.1:4173/');
  });

  it('accepts an absolute http(s) address of a folder', () => {
    assert.equal(publicUrl.publicBaseUrl('https://example.org/icn/'), 'https://example.org/icn/');
    assert.equal(publicUrl.publicBaseUrl('http://localhost:8080/'), 'http://localhost:8080/');
  });

  it('rejects anything else with a sentence naming the variable and the fix', () => {
    const cases = {
      'example.org/icn/': /is not an absolute web address/,
      '/icn/': /is not an absolute web address/,
      'ftp://example.org/icn/': /must start with http:\/\/ or https:\/\//,
      'javascript:alert(1)//': /must start with http/,
      'https://example.org/icn': /must end with "\/"/,
      'https://user:pw@example.org/': /user name or password/,
      'https://example.org/icn/?x=1': /query or fragment/,
      'https://example.org/icn/#top': /query or fragment/,
    };
    for (const [value, message] of Object.entries(cases)) {
      assert.throws(() => publicUrl.publicBaseUrl(value), (error) => {
        assert.match(error.message, /^ICN_PUBLIC_URL ".*" /);
        assert.match(error.message, message, value);
        assert.match(error.message, /e\.g\. https:\/\/example\.org\/icn\//);
        return true;
      });
    }
  });

  it('fails the build before it writes anything when it is not valid', async () => {
    const out = await mkdtemp(join(tmpdir(), 'icn-bad-url-'));
    temp.push(out);
    const run = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--logLevel', 'error'], {
      cwd: root,
      env: { ...process.env, ICN_PUBLIC_URL: 'example.org/icn' },
      encoding: 'utf8',
    });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr + run.stdout, /ICN_PUBLIC_URL "example\.org\/icn" is not an absolute web address/);
    assert.equal(existsSync(join(out, 'icn-widgets.js')), false);
  });
});

/**
 * The class WordPress's Embed block gives a frame of this oEmbed `html`, in the block's own
 * arithmetic (`getClassNames` in @wordpress/block-library's embed/util.js, its ratios as the
 * strings it keeps them in): a class fixes the frame's aspect ratio, which the height messages
 * then cannot change.
 */
function embedBlockClass(html) {
  const ratios = [
    ['2.33', 'wp-embed-aspect-21-9'],
    ['2.00', 'wp-embed-aspect-18-9'],
    ['1.78', 'wp-embed-aspect-16-9'],
    ['1.33', 'wp-embed-aspect-4-3'],
    ['1.00', 'wp-embed-aspect-1-1'],
    ['0.56', 'wp-embed-aspect-9-16'],
    ['0.50', 'wp-embed-aspect-1-2'],
  ];
  const [{ width, height }] = tags(html, 'iframe');
  const aspectRatio = (Number(width) / Number(height)).toFixed(2);
  for (const [ratio, className] of ratios) {
    if (aspectRatio >= ratio) return aspectRatio - ratio > 0.1 ? undefined : className;
  }
  return undefined;
}

describe('frame sizes', () => {
  it('move off the Embed block’s fixed aspect ratios, to the nearest height, taller first', async () => {
    const { frameSize, blockEditorRatio } = await load('src/embed-pages/pages.ts');
    assert.equal(blockEditorRatio(600, 578), 1);
    assert.deepEqual(frameSize(600, 578), { width: 600, height: 604 });
    assert.equal(blockEditorRatio(600, 958), 0.56);
    // Taller would pass WordPress's 1000 px cap before it left 9:16 and 1:2: shorter it is.
    assert.deepEqual(frameSize(600, 958), { width: 600, height: 902 });
    assert.deepEqual(frameSize(344, 66), { width: 344, height: 66 });
    for (const [w, h] of [[600, 338], [400, 300], [500, 500], [300, 533]]) {
      const size = frameSize(w, h);
      assert.equal(embedBlockClass(`<iframe width="${size.width}" height="${size.height}"></iframe>`), undefined, `${w}×${h}`);
    }
  });
});

describe('descriptions', () => {
  it('are the statement’s own words, cut at a word with an ellipsis past 200 characters', () => {
    assert.equal(social.describe(statement, 'fr'), statement.intro[0]);
    const long = `${'word '.repeat(60)}end`;
    const cut = social.trimAtWord(long);
    assert.ok(cut.length <= 201 && cut.endsWith('word…'), cut);
    assert.equal(social.trimAtWord('Short, and kept.'), 'Short, and kept.');
  });

  it('leave out the "(download pdf)" marker, with its space: a description has no link (test words)', () => {
    const withMarker = { ...statement, intro: ['“Test title” (download pdf) is our statement.'], documentUrl: 'https://example.org/test.pdf' };
    assert.equal(social.describe(withMarker, 'en'), '“Test title” is our statement.');
    assert.equal(social.describe({ ...statement, intro: ['(download pdf)'] }, 'en'), statement.principles[0]);
  });

  it('escape what goes into attributes (test words)', () => {
    const html = social.socialMeta({
      title: 'A "quoted" <b>title</b> & more',
      description: "It's",
      url: 'https://example.org/?a=1&b=2',
      siteName: 'S',
      lang: 'en',
      image: { url: 'https://example.org/i.png', width: 1, height: 1, alt: '"' },
      card: 'summary',
    });
    assert.match(html, /content="A &quot;quoted&quot; &lt;b&gt;title&lt;\/b&gt; &amp; more"/);
    assert.match(html, /content="It&#39;s"/);
    assert.match(html, /content="https:\/\/example\.org\/\?a=1&amp;b=2"/);
    assert.doesNotMatch(html, /<b>/);
  });
});

describe('the built embed pages (dist/)', () => {
  it('exist for every UI language, kind and signatory, each a valid oEmbed provider with link previews', async () => {
    const baseUrl = base();
    const pages = expectedPages();
    assert.equal(pages.length, languages.length * (2 + statement.signatories.length));
    for (const p of pages) {
      const html = await readFile(join(dist, 'embed', p.lang, `${p.name}.html`), 'utf8');
      const json = await readFile(join(dist, 'embed', p.lang, `${p.name}.json`), 'utf8');
      checkPage(html, json, p, baseUrl);
    }
  });

  it('show the element in that language, load the pinned bundle with its hash, and fall back to a link', async () => {
    // The versioned bundle and its hash, as the statement page hands them to its builder.
    const builder = /<icn-embed-builder\b[^>]*>/.exec(await readFile(join(dist, 'index.html'), 'utf8'))[0];
    const bundle = { bundle: /\sbundle="([^"]+)"/.exec(builder)[1], integrity: /\sintegrity="([^"]+)"/.exec(builder)[1] };
    for (const p of expectedPages()) {
      const html = await readFile(join(dist, 'embed', p.lang, `${p.name}.html`), 'utf8');
      const scripts = tags(html, 'script');
      assert.deepEqual(scripts[0], { type: 'module', src: `../../${bundle.bundle}`, integrity: bundle.integrity, crossorigin: 'anonymous' });
      assert.equal(scripts[1].src, '../../embed-page.js');
      const csp = tags(html, 'meta').find((m) => m['http-equiv'] === 'Content-Security-Policy');
      assert.equal(csp?.content, "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
      assert.ok(existsSync(join(dist, 'embed-page.js')));
      assert.match(html, /font: 16px\/1\.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif/);
      const element = p.kind === 'badge' ? `<icn-badge network="${p.signatory.id}"` : `<icn-${p.kind}`;
      assert.ok(html.includes(element), `${p.lang}/${p.name}: ${element}`);
      assert.match(html, /<a href="\.\.\/\.\.\/index\.html"[^>]*>[^<]+<\/a><\/icn-/);
    }
  });

  it('give the badge page the badge’s sentence as title and the 1× PNG badge’s size (plus padding) as frame', async () => {
    const manifest = JSON.parse(await readFile(join(dist, 'badges/badges.json'), 'utf8'));
    const o = JSON.parse(await readFile(join(dist, 'embed/fr/badge-encc.json'), 'utf8'));
    assert.equal(o.title, 'ENCC est signataire de «\u00a0The value of international cultural networks\u00a0»');
    assert.equal(o.width, manifest.badges.fr.encc.width + 8);
    assert.equal(o.height, manifest.badges.fr.encc.height + 8);
    assert.equal(o.thumbnail_width, manifest.badges.fr.encc.width * 2);
    const signatories = JSON.parse(await readFile(join(dist, 'embed/de/signatories.json'), 'utf8'));
    assert.equal(signatories.title, 'Unterzeichner – The value of international cultural networks');
  });

  it('keep the statement images within 100 kB at 1200×630', async () => {
    for (const lang of languages) {
      const png = await readFile(join(dist, 'embed', lang, 'statement.png'));
      assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
      assert.ok(png.length <= 100 * 1024, `${lang}: ${png.length} bytes`);
    }
  });

  it('set the direction of a right-to-left language on <html> and on the oEmbed blockquote, and only there', async () => {
    assert.ok(languages.includes('ar'), 'the Arabic catalogue is built');
    for (const p of expectedPages()) {
      const html = await readFile(join(dist, 'embed', p.lang, `${p.name}.html`), 'utf8');
      const o = JSON.parse(await readFile(join(dist, 'embed', p.lang, `${p.name}.json`), 'utf8'));
      const root = tags(html, 'html')[0];
      const quote = tags(o.html, 'blockquote')[0];
      if (direction(p.lang) === 'rtl') {
        assert.equal(root.dir, 'rtl', `${p.lang}/${p.name}`);
        assert.deepEqual(quote, { lang: p.lang, dir: 'rtl' });
      } else {
        assert.equal(root.dir, undefined, `${p.lang}/${p.name}`);
        assert.deepEqual(quote, {});
      }
    }
    // The English title in an Arabic page's fallback link says its language and direction.
    const principles = await readFile(join(dist, 'embed/ar/principles.html'), 'utf8');
    assert.match(principles, /<a href="\.\.\/\.\.\/index\.html" lang="en" dir="ltr">The value of international cultural networks<\/a>/);
    const fr = await readFile(join(dist, 'embed/fr/principles.html'), 'utf8');
    assert.match(fr, /<a href="\.\.\/\.\.\/index\.html" lang="en">/);
  });

  it('give the statement page a link preview in its <head>', async () => {
    const baseUrl = base();
    const html = await readFile(join(dist, 'index.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    assert.equal(meta(head, 'og:url'), `${baseUrl}index.html`);
    assert.equal(meta(head, 'og:title'), statement.title);
    assert.equal(meta(head, 'og:description'), statement.intro[0]);
    assert.equal(meta(head, 'og:image'), `${baseUrl}embed/en/statement.png`);
    assert.equal(meta(head, 'twitter:card'), 'summary_large_image');
    assert.equal(meta(head, 'og:image:width'), '1200');
    assert.equal((html.match(/icn: link previews/g) ?? []).length, 2);
    // Pasted into WordPress, the statement page shows its principles card.
    const alternates = tags(head, 'link').filter((l) => l.type === 'application/json+oembed');
    assert.deepEqual(alternates.map((l) => [l.rel, l.href]), [['alternate', `${baseUrl}embed/en/principles.json`]]);
  });
});

describe('a build for another public URL', () => {
  it('writes https://example.org/icn/ into every absolute URL, and the previews of the statement page once', async () => {
    // The writer as the build calls it, into a copy of what it needs from dist/.
    const out = await mkdtemp(join(tmpdir(), 'icn-embed-'));
    temp.push(out);
    await mkdir(join(out, 'badges'), { recursive: true });
    await copyFile(join(dist, 'badges/badges.json'), join(out, 'badges/badges.json'));
    await copyFile(join(dist, 'index.html'), join(out, 'index.html'));
    const baseUrl = 'https://example.org/icn/';
    const { pages } = await writer.writeEmbedPages(statement, out, {
      baseUrl,
      bundle: { file: 'icn-widgets-9.9.9.js', integrity: 'sha384-test' },
      script: 'embed-page.js',
    });
    assert.equal(pages.length, expectedPages().length);
    // The thumbnails live in dist/ (the badges), the statement images in out/.
    for (const p of expectedPages()) {
      const html = await readFile(join(out, 'embed', p.lang, `${p.name}.html`), 'utf8');
      const json = await readFile(join(out, 'embed', p.lang, `${p.name}.json`), 'utf8');
      assert.doesNotMatch(html + json, /127\.0\.0\.1|file:|\/work\/|\/tmp\//);
      if (p.kind === 'badge') checkPage(html, json, p, baseUrl, dist);
      else checkPage(html, json, p, baseUrl, out);
      assert.match(html, /src="\.\.\/\.\.\/icn-widgets-9\.9\.9\.js" integrity="sha384-test"/);
    }
    const index = await readFile(join(out, 'index.html'), 'utf8');
    assert.equal(meta(index, 'og:url'), 'https://example.org/icn/index.html');
    assert.equal(meta(index, 'og:image:secure_url'), 'https://example.org/icn/embed/en/statement.png');
    assert.equal((index.match(/icn: link previews/g) ?? []).length, 2, 'the old previews replaced, not repeated');
  });

  it('is what `ICN_PUBLIC_URL=https://example.org/icn/ vite build` writes', async () => {
    const out = await mkdtemp(join(tmpdir(), 'icn-build-'));
    temp.push(out);
    const run = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'info'], {
      cwd: root,
      env: { ...process.env, ICN_PUBLIC_URL: 'https://example.org/icn/' },
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(run.stdout.includes(`${expectedPages().length} embed pages with oEmbed JSON for https://example.org/icn/`), run.stdout);
    const p = { lang: 'nl', kind: 'badge', name: 'badge-emcy' };
    checkPage(await readFile(join(out, 'embed/nl/badge-emcy.html'), 'utf8'), await readFile(join(out, 'embed/nl/badge-emcy.json'), 'utf8'), p, 'https://example.org/icn/', out);
    assert.equal(meta(await readFile(join(out, 'index.html'), 'utf8'), 'og:url'), 'https://example.org/icn/index.html');
  });
});

describe('the statement image in a right-to-left language', () => {
  let image;
  let fonts;
  let drawn;
  const uses = (svg) => [...svg.matchAll(/<use href="#([^"]+)" x="([^"]+)" y="([^"]+)"\/>/g)].map((m) => ({ key: m[1], x: Number(m[2]), y: Number(m[3]) }));

  before(async () => {
    image = await load('src/embed-pages/statement-image.ts');
    ({ fonts } = (await load('src/images/write-badges.ts')).dejaVu());
    drawn = (lang) => image.drawStatementImage(image.statementImageWords(statement, lang), lang, 'light', fonts).svg;
  });

  it('mirrors: the seal on the right, the title and lines aligned to the right margin, Arabic joined', () => {
    const ar = drawn('ar');
    const en = drawn('en');
    const cx = (svg) => Number(svg.match(/<circle cx="([^"]+)"/)[1]);
    assert.equal(cx(ar), 1200 - cx(en));
    const glyphs = uses(ar);
    // Every glyph left of the right margin (72 px), none of the title over the seal.
    assert.ok(glyphs.every((g) => g.x < 1200 - 72), 'within the right margin');
    const titleGlyphs = glyphs.filter((g) => g.key.startsWith('b60-'));
    assert.ok(titleGlyphs.length > 0);
    assert.ok(Math.max(...titleGlyphs.map((g) => g.x)) < cx(ar) - 56, 'the title is left of the seal');
    // The label (الموقّعون, bold at 32 px) is drawn with joined forms, not the isolated letters.
    const label = glyphs.filter((g) => g.key.startsWith('b32-')).map((g) => Number(g.key.slice(4)));
    assert.ok(label.length >= 7, `${label.length} label glyphs`);
    // ل, م, ق and ع join on both sides or to the next letter here (ا, و and ن do not join onward).
    for (const ch of 'لمقع') assert.ok(!label.includes(fonts.bold.glyphForCodePoint(ch.codePointAt(0)).id), `${ch} isolated`);
  });

  it('lists the signatories from the right: the first name rightmost on the first line, each name in its own letter order', () => {
    const ar = drawn('ar');
    const glyphs = uses(ar).filter((g) => g.key.startsWith('r32-'));
    const firstLine = Math.min(...glyphs.map((g) => g.y));
    const line = glyphs.filter((g) => g.y === firstLine).sort((a, b) => a.x - b.x);
    // The first signatory's acronym, its letters left to right, at the right end of the line.
    const first = statement.signatories[0].acronym ?? statement.signatories[0].name;
    const ids = [...first].map((ch) => `r32-${fonts.regular.glyphForCodePoint(ch.codePointAt(0)).id}`);
    assert.deepEqual(line.slice(-ids.length).map((g) => g.key), ids);
  });
});
