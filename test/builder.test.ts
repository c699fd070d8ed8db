/**
 * dist/index.html: the statement page and its embed builder, `<icn-embed-builder>`. Snippets are
 * judged by what they do when pasted into a blank page, not only by their text.
 */
import { CHANNELS } from '../src/builder/channels.js';
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { embeddedStatement } from '../src/data/statement.js';
import { catalogues } from '../src/shared/messages/all.js';
import { fixture, html } from '@open-wc/testing';
import '../src/builder/define.js';
import type { IcnEmbedBuilder } from '../src/builder/builder.js';
import { axeViolations, openBuilder, paste, widgets } from './frames.js';

const attributesOf = (el: Element) => Object.fromEntries([...el.attributes].filter((a) => a.name !== 'class').map((a) => [a.name, a.value]));

describe('dist/index.html, the statement page and embed builder', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows the whole statement and its signatories, and passes axe with the builder filled in', async () => {
    const { win, root, set, written } = await openBuilder();
    const [principles, signatories] = await widgets(win, 'main > icn-principles, main > icn-signatories');
    const text = principles.shadowRoot!.textContent!;
    for (const p of embeddedStatement.principles) expect(text).to.contain(p);
    expect(signatories.shadowRoot!.querySelectorAll('[part="signatory"]')).to.have.length(19);
    expect(await axeViolations(win)).to.deep.equal([]);
    await set('channel', 'html');
    await set('network', 'ENCC');
    await written('picture');
    expect(root.querySelectorAll('textarea')).to.have.length(3);
    expect(await axeViolations(win)).to.deep.equal([]);
  });

  it('starts with “Where will you paste it?”, nothing preselected, and no network chosen', async () => {
    const { win, root, set, snippet } = await openBuilder();
    const first = root.querySelector('fieldset')!;
    expect(first.querySelector('legend')!.textContent).to.equal('Where will you paste it?');
    const channels = [...first.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    // The eight places, in the order of the channel table (whose words test/snippets.test.ts checks).
    expect(channels.map((r) => r.labels![0].textContent)).to.deep.equal(CHANNELS.map((c) => c.label));
    expect(channels.some((r) => r.checked)).to.be.false;
    // Each choice has its short hint, read with it.
    for (const r of channels) expect(root.getElementById(r.getAttribute('aria-describedby')!)!.textContent!.length).to.be.greaterThan(10);
    expect(root.querySelector('textarea')).to.equal(null);
    expect(root.querySelector('.snippets')!.textContent).to.contain('Choose where you will paste it');

    // The network: "Choose your network" first, empty; the preview says what is missing.
    const network = root.querySelector<HTMLSelectElement>('[name="network"]')!;
    expect(network.options[0].textContent).to.equal('Choose your network');
    expect(network.value).to.equal('');
    expect(root.querySelector('.preview icn-badge')).to.equal(null);
    expect(root.querySelector('.preview')!.textContent).to.contain('Choose your network');

    // Switching around shows no badge without a network, so no console warning about one.
    const warnings: string[] = [];
    const warn = win.console.warn;
    win.console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      await set('channel', 'html');
      expect(root.querySelector('.snippets')!.textContent).to.contain('Choose your network');
      expect(snippet()).to.equal('');
      await set('element', 'principles');
      await set('element', 'badge');
      await set('channel', 'drupal');
      await set('network', 'IETM');
      await waitUntil(() => root.querySelector('.preview icn-badge'), 'no badge in the preview');
      await set('network', '');
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      win.console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('network'))).to.deep.equal([]);
    expect(root.querySelector('.preview')!.textContent).to.contain('Choose your network');
  });

  it('labels options in plain words, each with a short hint', async () => {
    const { root, set } = await openBuilder();
    for (const element of ['badge', 'principles', 'signatories']) {
      await set('element', element);
      for (const control of root.querySelectorAll<HTMLInputElement>('.options select, .options input')) {
        expect(control.labels!.length, control.name).to.equal(1);
        const hint = root.getElementById(control.getAttribute('aria-describedby')!)!;
        expect(hint.textContent!.trim(), control.name).to.match(/^[A-Z].{8,}\.$/);
      }
    }
    expect(root.querySelector<HTMLInputElement>('[name="src"]')!.labels![0].textContent).to.equal('Statement data address');
  });

  it('a script snippet for a badge, pasted into a blank page, shows that badge', async () => {
    const { root, set, written } = await openBuilder();
    await set('channel', 'html');
    await set('network', 'IETM');
    await set('size', 'large');
    await set('theme', 'dark');
    // The language menu offers the page's language and every language the elements speak.
    await set('lang', 'de');
    const offered = [...root.querySelectorAll<HTMLOptionElement>('[name="lang"] option')].map((o) => o.value);
    expect(offered).to.deep.equal(['', ...Object.keys(catalogues)]);
    const code = await written('script', (c) => c.includes('lang="de"'));
    expect(code).to.match(/integrity="sha384-[A-Za-z0-9+/=]+"/);
    // The German words' file is pinned too.
    expect(code).to.match(/^<link rel="modulepreload" href="http:\/\/[^"]+\/dist\/chunks\/messages-[0-9a-f]{12}\/de\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous">\n<script /);
    expect(code).to.contain('crossorigin="anonymous"');
    expect(code).to.match(/src="http:\/\/[^"]+\/dist\/icn-widgets-\d+\.\d+\.\d+\.js"/);

    const page = await paste(code);
    const [badge] = await widgets(page);
    expect(badge.localName).to.equal('icn-badge');
    expect(attributesOf(badge)).to.deep.equal({ network: 'IETM', size: 'large', theme: 'dark', lang: 'de' });
    expect(badge.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`IETM hat unterzeichnet: „${embeddedStatement.title}“`);
    expect(page.getComputedStyle(badge).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    // The fallback link is inside, hidden once the badge is up; the reservation no longer applies.
    const fallback = badge.querySelector('a')!;
    expect(fallback.textContent).to.equal(embeddedStatement.title);
    expect(fallback.getClientRects()).to.have.length(0);
    expect(page.getComputedStyle(badge).display).to.equal('inline-block');
    expect(page.getComputedStyle(badge).containerType).to.equal('normal');
  });

  it('a script snippet with src pins the chunk too, and pasted into a blank page shows the remote statement', async () => {
    const { set, written } = await openBuilder();
    await set('channel', 'html');
    await set('element', 'principles');
    const src = new URL('/test/fixtures/remote-statement.json', location.href).href;
    await set('src', src);
    const code = await written('script', (c) => c.includes('modulepreload'));
    const [link, script] = code.split('\n');
    expect(link).to.match(/^<link rel="modulepreload" href="http:\/\/[^"]+\/dist\/chunks\/loader-[0-9a-f]{12}\.js" integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous">$/);
    expect(script).to.match(/^<script type="module" src="[^"]+\/dist\/icn-widgets-\d+\.\d+\.\d+\.js" integrity="sha384-/);
    // The pinned chunk is the one the versioned bundle imports.
    const chunk = /href="([^"]+)"/.exec(link)![1];
    const bundle = await (await fetch(/src="([^"]+)"/.exec(script)![1])).text();
    expect(bundle).to.contain(`import(\`./${chunk.split('/dist/')[1]}\`)`);

    const page = await paste(code);
    const [principles] = await widgets(page);
    await waitUntil(() => principles.shadowRoot!.textContent!.includes('TEST DATA: remote statement title'), 'the remote statement did not show', { timeout: 10000 });
  });

  it('before the bundle runs, the script snippet holds the space the element takes', async () => {
    const { set, written } = await openBuilder();
    await set('channel', 'html');
    await set('element', 'signatories');
    await set('layout', 'list');
    const code = await written('script', (c) => c.includes('layout="list"'));
    for (const width of [390, 700, 1280]) {
      // The same snippet without its script: the element stays undefined, as before the bundle loads.
      const before = await paste(code.replace(/<script[^>]*><\/script>/, ''), { width });
      const after = await paste(code, { width });
      await widgets(after);
      const height = (w: Window) => w.document.querySelector('icn-signatories')!.getBoundingClientRect().height;
      expect(code).to.contain('<style>');
      expect(before.customElements.get('icn-signatories')).to.equal(undefined);
      expect(Math.abs(height(before) - height(after)), `at ${width} px`).to.be.lessThan(1);
    }
  });

  it('a script snippet for a signatory list keeps every option', async () => {
    const { set, written } = await openBuilder();
    await set('channel', 'wordpress-admin');
    await set('element', 'signatories');
    await set('layout', 'list');
    await set('filter', true);
    await set('limit', '5');
    await set('highlight', 'TEH');
    const page = await paste(await written('script', (c) => c.includes('highlight="TEH"')));
    const [list] = await widgets(page);
    expect(list.localName).to.equal('icn-signatories');
    const root = list.shadowRoot!;
    expect(root.querySelector('[part="list"]')!.className).to.equal('list');
    expect(root.querySelector('input[type="search"]')).to.exist;
    expect(root.querySelectorAll('[part="signatory"]:not([hidden])')).to.have.length(5);
    expect(root.querySelector('button')!.textContent!.trim()).to.equal('Show all 19 signatories');
    expect(list.getAttribute('highlight')).to.equal('TEH');
  });

  it('an iframe snippet, pasted into a blank page, shows the element and sizes its frame', async () => {
    const { set, written } = await openBuilder();
    await set('channel', 'html');
    await set('element', 'principles');
    await set('collapsed', true);
    await set('theme', 'light');
    const page = await paste(await written('iframe', (c) => c.includes('collapsed=true')));
    const inner = page.document.querySelector('iframe')!;
    expect(inner.getAttribute('title')).to.equal(embeddedStatement.title);
    await waitUntil(() => inner.contentDocument?.querySelector('icn-principles'), 'the embed did not load', { timeout: 5000 });
    const [card] = await widgets(inner.contentWindow!);
    expect(card.localName).to.equal('icn-principles');
    expect(attributesOf(card)).to.deep.equal({ collapsed: '', theme: 'light' });
    expect([...card.shadowRoot!.querySelectorAll('[part="principle"]')].filter((li) => li.checkVisibility())).to.have.length(3);
    const content = () => Math.ceil(inner.contentDocument!.documentElement.getBoundingClientRect().height);
    await waitUntil(() => parseFloat(inner.style.height) === content(), 'the frame was not sized to its content', { timeout: 3000 });
    (card.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    await waitUntil(() => parseFloat(inner.style.height) === content() && content() > 0, 'the frame did not follow its content', { timeout: 3000 });
  });

  it('the iframe-only snippet has no script and a height that fits the element from 360 px up', async () => {
    const { set, written } = await openBuilder();
    await set('channel', 'drupal');
    await set('element', 'signatories');
    const code = await written('iframe-only');
    expect(code).not.to.contain('<script');
    const height = Number(/height: (\d+)px/.exec(code)![1]);
    for (const width of [376, 600, 1000]) {
      // The page's body margin (8 px each side) leaves the frame 360 px and more.
      const page = await paste(code, { width });
      const inner = page.document.querySelector('iframe')!;
      expect(inner.getBoundingClientRect().width).to.be.at.least(360);
      await waitUntil(() => inner.contentDocument?.querySelector('icn-signatories'), 'the embed did not load', { timeout: 5000 });
      await widgets(inner.contentWindow!);
      const content = inner.contentDocument!.documentElement.scrollHeight;
      expect(content, `the content fits at ${width}`).to.be.at.most(height);
      // And not much more than needed at the narrowest.
      if (width === 376) expect(height - content).to.be.lessThan(30);
    }
  });

  it('a frame of fixed height (the sizing lines stripped) does not scroll: height + 8 for embed.html’s padding', async () => {
    for (const [element, options] of [
      ['badge', { network: 'ENCC' }],
      ['badge', { network: 'RESEO', size: 'large', lang: 'fr' }],
      ['principles', { collapsed: 'true' }],
    ] as const) {
      const { iframe: builderFrame, set, written } = await openBuilder();
      await set('channel', 'drupal');
      await set('element', element);
      for (const [name, value] of Object.entries(options)) await set(name, value);
      const code = await written('iframe-only');
      const height = Number(/height: (\d+)px/.exec(code)![1]);
      for (const width of [376, 1000]) {
        const page = await paste(code, { width });
        const inner = page.document.querySelector('iframe')!;
        await waitUntil(() => inner.contentDocument?.querySelector(`icn-${element}`), `the embed did not load: ${element} ${JSON.stringify(options)} at ${width}: ${code}`, { timeout: 5000 });
        const [el] = await widgets(inner.contentWindow!);
        const doc = inner.contentDocument!.documentElement;
        const what = `${element} ${JSON.stringify(options)} at ${width}`;
        expect(inner.clientHeight, what).to.equal(height);
        expect(doc.scrollHeight, `${what}: no scrolling`).to.be.at.most(inner.clientHeight);
        // The element and the 4 px of padding on each side, exactly, at the narrowest.
        if (width === 376 && element === 'badge') expect(height, what).to.equal(Math.ceil(el.getBoundingClientRect().height) + 8);
        // The next page in view: its frame loads lazily.
        page.frameElement!.remove();
      }
      builderFrame.remove();
    }
  });

  it('previews the image where only an image survives, and says where to paste it', async () => {
    const { win, root, set, written } = await openBuilder();
    await set('channel', 'wordpress-com');
    await set('network', 'TEH');
    await set('theme', 'dark');
    const code = await written('image');
    expect(root.querySelector('#snippet-image-where')!.textContent).to.contain('Custom HTML block');
    const img = root.querySelector<HTMLImageElement>('.preview img')!;
    expect(img.getAttribute('src')).to.equal(/src="([^"]+)"/.exec(code)![1]);
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the preview image did not load', { timeout: 5000 });
    expect(img.alt).to.equal(`TEH is a signatory of ${embeddedStatement.title}`);
    expect(root.querySelector('.preview icn-badge')).to.equal(null);
    expect(await axeViolations(win)).to.deep.equal([]);
  });

  it('copies with a button, and says so next to it, in a status', async () => {
    const { root, set, written } = await openBuilder();
    await set('channel', 'html');
    await set('network', 'ENCC');
    await written('picture');
    expect([...root.querySelectorAll('.snippet button')].map((b) => b.textContent)).to.deep.equal(['Copy script snippet', 'Copy iframe snippet', 'Copy image badge']);
    const section = root.querySelector('.snippet[data-kind="picture"]')!;
    section.querySelector('button')!.click();
    const status = section.querySelector('[role="status"]')!;
    await waitUntil(() => status.textContent!.length > 0, 'no confirmation', { timeout: 3000 });
    expect(status.textContent).to.match(/^[A-Z]/);
    expect(status.textContent).to.match(/copied to the clipboard|press Ctrl\+C/i);
    // Only next to the button that was pressed.
    expect(root.querySelector('.snippet[data-kind="script"] [role="status"]')!.textContent).to.equal('');

    // The script snippet's, first on the page: capitalised, on its button's line, where the
    // reader is looking, not below the iframe snippet after it.
    const script = root.querySelector('.snippet[data-kind="script"]')!;
    const button = script.querySelector('button')!;
    button.scrollIntoView({ block: 'center' });
    button.click();
    const said = script.querySelector('[role="status"]')!;
    await waitUntil(() => said.textContent!.length > 0, 'no confirmation', { timeout: 3000 });
    expect(said.textContent).to.match(/^(Copied to the clipboard\.|Selected: press Ctrl\+C)/);
    expect(section.querySelector('[role="status"]')!.textContent, 'the earlier confirmation is gone').to.equal('');
    const b = button.getBoundingClientRect();
    const r = said.getBoundingClientRect();
    expect(r.height).to.be.greaterThan(0);
    expect(Math.abs(r.top + r.height / 2 - (b.top + b.height / 2)), 'on the button’s line').to.be.lessThan(b.height);
    const view = button.ownerDocument.defaultView!;
    expect(r.bottom, 'on screen').to.be.at.most(view.innerHeight);
    const iframeSnippet = root.querySelector('.snippet[data-kind="iframe"] textarea')!.getBoundingClientRect();
    expect(r.bottom, 'above the iframe snippet').to.be.at.most(iframeSnippet.top);
  });

  it('works by keyboard', async () => {
    const { iframe, root, builder } = await openBuilder();
    iframe.focus();
    root.querySelector<HTMLInputElement>('#channel-wordpress-admin')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await builder.updateComplete;
    expect(root.querySelector<HTMLInputElement>('#channel-wordpress-author')!.checked).to.be.true;
    expect(builder.getAttribute('channel')).to.equal('wordpress-author');
    await sendKeys({ press: 'Tab' });
    expect((root.activeElement as HTMLInputElement).name).to.equal('element');
    expect((root.activeElement as HTMLInputElement).value).to.equal('badge');
    await sendKeys({ press: 'ArrowRight' });
    await builder.updateComplete;
    expect(builder.getAttribute('element')).to.equal('signatories');
    await sendKeys({ press: 'Tab' });
    expect((root.activeElement as HTMLInputElement).name).to.equal('layout');
    const labelled = [...root.querySelectorAll('select, input, textarea')].every((c) => (c as HTMLInputElement).labels!.length > 0);
    expect(labelled, 'every control has a label').to.be.true;
  });

  for (const [width, element] of [[390, 'signatories'], [1280, 'signatories'], [390, 'badge'], [1280, 'badge']] as const) {
    it(`fits a ${width} px screen with the ${element}'s options: nothing sticks out, selects and inputs of one height`, async () => {
      const { root, set, written } = await openBuilder({ width });
      await set('channel', 'html');
      await set('element', element);
      if (element === 'badge') await set('network', 'ENCC');
      await written('script');
      // The link inputs (src, and the badge's href) are there.
      const links = root.querySelectorAll('.options input[type="url"], .options input[name="src"], .options input[name="href"]');
      expect(links.length, 'link inputs').to.be.at.least(element === 'badge' ? 2 : 1);
      const boxOf = (el: Element) => el.closest('.field, fieldset, .snippet, .copy')!;
      for (const control of root.querySelectorAll('input, select, textarea, button')) {
        const r = control.getBoundingClientRect();
        const outer = boxOf(control).getBoundingClientRect();
        expect(r.left, `${control.localName} ${(control as HTMLInputElement).name}`).to.be.at.least(outer.left - 0.5);
        expect(r.right, `${control.localName} ${(control as HTMLInputElement).name}`).to.be.at.most(outer.right + 0.5);
        expect(r.right).to.be.at.most(width);
      }
      const heights = new Set([...root.querySelectorAll('.options select, .options input:not([type="checkbox"])')].map((c) => c.getBoundingClientRect().height));
      expect([...heights]).to.have.length(1);
    });
  }
});

describe('<icn-embed-builder> on its own', () => {
  it('without a bundle or badge images it still gives what it can, and says why', async () => {
    const el = await fixture<IcnEmbedBuilder>(html`<icn-embed-builder badges="/no/such/badges.json"></icn-embed-builder>`);
    const root = el.shadowRoot!;
    el.channel = 'email';
    const network = root.querySelector<HTMLSelectElement>('[name="network"]')!;
    network.value = 'ENCC';
    network.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => root.querySelector<HTMLTextAreaElement>('#snippet-image')?.value, 'no image snippet', { timeout: 5000 });
    expect(root.querySelector<HTMLTextAreaElement>('#snippet-image')!.value).to.equal(
      `<a href="${new URL('index.html', document.baseURI).href}">${embeddedStatement.title}</a>`,
    );
    expect(root.querySelector('#snippet-image-note')!.textContent).to.match(/^The badge images are not published beside this page/);
    // No bundle to measure with: the script snippet reserves nothing rather than a wrong height.
    el.channel = 'html';
    await el.updateComplete;
    const script = root.querySelector<HTMLTextAreaElement>('#snippet-script')!.value;
    expect(script).to.contain('<icn-badge network="ENCC">');
    expect(script).not.to.contain('<style>');
    expect(el.getAttribute('channel')).to.equal('html');
    await expect(el).to.be.accessible();
  });

  it('ignores an unknown channel or element', async () => {
    const el = await fixture<IcnEmbedBuilder>(html`<icn-embed-builder channel="myspace" element="marquee" badges="/dist/badges/badges.json"></icn-embed-builder>`);
    await el.updateComplete;
    expect(el.channel).to.equal('');
    expect(el.element).to.equal('badge');
    expect(el.shadowRoot!.querySelector('.snippets')!.textContent).to.contain('Choose where you will paste it');
  });
});
