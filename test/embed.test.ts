/** dist/embed.html: one element, each query parameter an attribute after validation, its height posted to the parent. */
import { expect, waitUntil } from '@open-wc/testing';
import { embeddedStatement } from '../src/data/statement.js';
import { iframeSnippet, type BuildInfo } from '../src/builder/snippets.js';
import { FONT_STACKS } from '../src/shared/fonts.js';
import { axeViolations, frame, paste, widgets } from './frames.js';

async function embed(query: string) {
  const iframe = await frame({ src: `/dist/embed.html?${query}`, width: 600 });
  const win = iframe.contentWindow!;
  await waitUntil(() => win.customElements.get('icn-badge'), 'no element defined', { timeout: 5000 });
  const [element] = await widgets(win);
  return { iframe, win, element, body: win.document.body };
}

const attributesOf = (el: Element) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));

describe('dist/embed.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows the one element asked for, with each valid parameter as its attribute', async () => {
    const { element, body, win } = await embed('element=badge&network=IETM&size=large&theme=dark&lang=fr');
    expect(body.querySelectorAll('icn-badge, icn-principles, icn-signatories')).to.have.length(1);
    expect(attributesOf(element)).to.deep.equal({ network: 'IETM', size: 'large', theme: 'dark', lang: 'fr' });
    expect(element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`IETM est signataire de « ${embeddedStatement.title} »`);
    expect(await axeViolations(win, { fragment: true })).to.deep.equal([]);
  });

  it('takes boolean and number options', async () => {
    const { element } = await embed('element=signatories&filter=true&limit=4&layout=list&highlight=ENCC&heading-level=3');
    expect(attributesOf(element)).to.deep.equal({ filter: '', limit: '4', layout: 'list', highlight: 'ENCC', 'heading-level': '3' });
    expect(element.shadowRoot!.querySelectorAll('[part="signatory"]:not([hidden])')).to.have.length(4);
    const { element: card } = await embed('element=principles&collapsed=true&principle=');
    expect(attributesOf(card)).to.deep.equal({ collapsed: '' });
  });

  it('sets no on* attribute, no style, and nothing it cannot validate', async () => {
    const hostile = [
      'element=badge',
      'network=ENCC',
      'onclick=alert(1)',
      'onmouseover=alert(1)',
      'style=display:none',
      'href=javascript:alert(1)',
      'src=data:application/json,{}',
      'size=<b>huge</b>',
      'theme=" onload="alert(1)',
      'lang=<script>',
      'id=x',
      'slot=y',
    ].join('&');
    const { element, win } = await embed(hostile);
    expect(attributesOf(element)).to.deep.equal({ network: 'ENCC' });
    expect(win.document.querySelectorAll('[onclick], [onmouseover], [onload], b, script:not([src])')).to.have.length(0);
  });

  it('is in the system sans-serif by default, not the browser’s serif, under its Content-Security-Policy', async () => {
    const { element, body, win } = await embed('element=badge&network=ENCC');
    expect(win.document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.contain("style-src 'self' 'sha256-");
    expect(win.getComputedStyle(body).fontFamily).to.equal(FONT_STACKS.system);
    // The element takes the page's font: its text is not in Times.
    const text = element.shadowRoot!.querySelector('.text')!;
    expect(win.getComputedStyle(text).fontFamily).to.equal(FONT_STACKS.system);
  });

  it('font= sets a named stack or one font name, never CSS', async () => {
    const cases: [string, string][] = [
      ['serif', FONT_STACKS.serif],
      ['MONOSPACE', FONT_STACKS.monospace],
      ['system', FONT_STACKS.system],
      ['Fira%20Sans', `"Fira Sans", ${FONT_STACKS.system}`],
      // Anything else is refused: the system stack stays.
      ['serif%3B%7Dbody%7Bdisplay%3Anone', FONT_STACKS.system],
      ['x%22%2C%20url(https%3A%2F%2Fexample.org%2Fx)', FONT_STACKS.system],
      ['a%3Bcolor%3Ared', FONT_STACKS.system],
      ['%2F*%2A%2F', FONT_STACKS.system],
      ['', FONT_STACKS.system],
      ['x'.repeat(61), FONT_STACKS.system],
    ];
    for (const [value, family] of cases) {
      const { body, win, element } = await embed(`element=badge&network=ENCC&font=${value}`);
      expect(win.getComputedStyle(body).fontFamily, value).to.equal(family);
      expect(win.getComputedStyle(body).color, value).not.to.equal('rgb(255, 0, 0)');
      expect(win.getComputedStyle(body).display, value).to.equal('block');
      // font is the page's option, not an attribute of the element.
      expect(element.hasAttribute('font'), value).to.be.false;
      document.querySelectorAll('iframe').forEach((f) => f.remove());
    }
  });

  it('refuses markup in a value', async () => {
    const { element, win } = await embed('element=signatories&highlight=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    expect(element.hasAttribute('highlight')).to.be.false;
    expect(win.document.querySelector('img')).to.equal(null);
  });

  for (const name of ['script', 'iframe', 'icn-badge', '<img src=x onerror=alert(1)>', 'constructor', '__proto__', '']) {
    it(`shows only the plain link for element=${JSON.stringify(name)}`, async () => {
      const iframe = await frame({ src: `/dist/embed.html?element=${encodeURIComponent(name)}&network=ENCC`, width: 600 });
      const doc = iframe.contentDocument!;
      await new Promise((r) => setTimeout(r, 200));
      const content = doc.getElementById('content')!;
      expect(content.children).to.have.length(1);
      expect(content.firstElementChild!.localName).to.equal('a');
      expect(doc.querySelector('img, iframe')).to.equal(null);
    });
  }

  it('posts its height to the parent page', async () => {
    const heights: number[] = [];
    const onMessage = (e: MessageEvent) => {
      if (e.data?.type === 'icn-embed-height') heights.push(e.data.height);
    };
    window.addEventListener('message', onMessage);
    try {
      await embed('element=principles');
      await waitUntil(() => heights.some((h) => h > 300), 'no height message', { timeout: 3000 });
    } finally {
      window.removeEventListener('message', onMessage);
    }
  });

  it("the iframe snippet's sizing lines size the coalition's frame, not a frame that navigated itself to embed.html", async () => {
    const at = (path: string) => new URL(path, location.href).href;
    // TEST DATA: the build as the builder would give it for this server.
    const build: BuildInfo = { bundle: at('/dist/icn-widgets.js'), integrity: 'sha384-TESTDATA', page: at('/dist/index.html'), embed: at('/dist/embed.html'), badges: at('/dist/badges/'), pages: at('/dist/embed/'), title: embeddedStatement.title, signatories: embeddedStatement.signatories };
    const { code } = iframeSnippet({ element: 'principles', attributes: [], build });
    // A third party's frame on the member's page, which sends itself to embed.html.
    const hostile = `<iframe id="third" title="Third party" style="height: 50px" srcdoc="<script>location.href = '${at('/dist/embed.html?element=principles')}'</script>"></iframe>`;
    const win = await paste(`${code}${hostile}`);
    const [ours, third] = [win.document.querySelector<HTMLIFrameElement>('iframe:not(#third)')!, win.document.getElementById('third') as HTMLIFrameElement];
    await waitUntil(() => parseFloat(ours.style.height) > 300, "the coalition's frame was not sized", { timeout: 5000 });
    // The third frame shows embed.html too, and posts its height: the lines ignore it.
    await waitUntil(() => third.contentDocument?.querySelector('icn-principles')?.shadowRoot?.childElementCount, 'the third frame did not load embed.html', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(third.style.height).to.equal('50px');
  });
});
