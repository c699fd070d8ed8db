/**
 * dist/index.html: the statement page and its embed builder. Snippets are judged by what they do
 * when pasted into a blank page, not by their text.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { embeddedStatement } from '../src/data/statement.js';
import { catalogues } from '../src/shared/i18n.js';
import { axeViolations, frame, widgets, type Lit } from './frames.js';

async function openBuilder() {
  const iframe = await frame({ src: '/dist/index.html', width: 1100 });
  const win = iframe.contentWindow! as Window & typeof globalThis;
  const doc = win.document;
  await waitUntil(() => doc.body.hasAttribute('data-builder-ready'), 'the builder did not start', { timeout: 5000 });
  const snippet = (id: string) => (doc.getElementById(id) as HTMLTextAreaElement).value;
  /** Sets a form control as a person would (click or choose), and waits for the snippet to follow. */
  const set = async (name: string, value: string | boolean) => {
    const before = snippet('script-snippet');
    const control = doc.querySelector<HTMLInputElement | HTMLSelectElement>(`#builder [name="${name}"]${typeof value === 'string' && name === 'element' ? `[value="${value}"]` : ''}`)!;
    if (control instanceof win.HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
      if (control.checked !== (value !== false)) control.click();
    } else {
      control.value = String(value);
      control.dispatchEvent(new win.Event('change', { bubbles: true }));
    }
    await waitUntil(() => snippet('script-snippet') !== before, `the snippet did not follow ${name}`, { timeout: 3000 });
  };
  return { iframe, win, doc, snippet, set };
}

/** Pastes a snippet into a blank page and returns that page's window. */
async function paste(snippet: string): Promise<Window> {
  const iframe = await frame({ srcdoc: `<!doctype html><html lang="en"><head><title>Member page</title></head><body><main>${snippet}</main></body></html>` });
  return iframe.contentWindow!;
}

const attributesOf = (el: Element) => Object.fromEntries([...el.attributes].filter((a) => a.name !== 'style').map((a) => [a.name, a.value]));

describe('dist/index.html, the statement page and embed builder', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows the whole statement and its signatories, and passes axe', async () => {
    const { win, doc } = await openBuilder();
    const [principles, signatories] = await widgets(win, 'main > icn-principles, main > icn-signatories');
    const text = principles.shadowRoot!.textContent!;
    for (const p of embeddedStatement.principles) expect(text).to.contain(p);
    expect(signatories.shadowRoot!.querySelectorAll('[part="signatory"]')).to.have.length(19);
    expect(doc.querySelector('#builder')).to.exist;
    expect(await axeViolations(win)).to.deep.equal([]);
  });

  it('a script snippet for a badge, pasted into a blank page, shows that badge', async () => {
    const builder = await openBuilder();
    const { snippet, set } = builder;
    await set('network', 'IETM');
    await set('size', 'large');
    await set('theme', 'dark');
    const { doc } = builder;
    // The language menu offers the page's language and every language the elements speak.
    await set('lang', 'de');
    const offered = [...doc.querySelectorAll<HTMLOptionElement>('#builder [name="lang"] option')].map((o) => o.value);
    expect(offered).to.deep.equal(['', ...Object.keys(catalogues)]);
    const code = snippet('script-snippet');
    expect(code).to.match(/integrity="sha384-[A-Za-z0-9+/=]+"/);
    expect(code).to.contain('crossorigin="anonymous"');
    expect(code).to.match(/icn-widgets-\d+\.\d+\.\d+\.js/);

    const page = await paste(code);
    const [badge] = await widgets(page);
    expect(badge.localName).to.equal('icn-badge');
    expect(attributesOf(badge)).to.deep.equal({ network: 'IETM', size: 'large', theme: 'dark', lang: 'de' });
    expect(badge.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`IETM hat unterzeichnet: ${embeddedStatement.title}`);
    expect(page.getComputedStyle(badge).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    // The fallback link is inside, hidden once the badge is up; the space is reserved.
    const fallback = badge.querySelector('a')!;
    expect(fallback.textContent).to.equal(embeddedStatement.title);
    expect(fallback.getClientRects()).to.have.length(0);
    expect(parseFloat(badge.style.minHeight)).to.be.greaterThan(20);
  });

  it('a script snippet for a signatory list keeps every option', async () => {
    const { snippet, set } = await openBuilder();
    await set('element', 'signatories');
    await set('layout', 'list');
    await set('filter', true);
    await set('limit', '5');
    await set('highlight', 'TEH');
    const page = await paste(snippet('script-snippet'));
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
    const { snippet, set } = await openBuilder();
    await set('element', 'principles');
    await set('collapsed', true);
    await set('theme', 'light');
    const page = await paste(snippet('iframe-snippet'));
    const inner = page.document.querySelector('iframe')!;
    expect(inner.getAttribute('title')).to.equal(embeddedStatement.title);
    await waitUntil(() => inner.contentWindow?.customElements?.get('icn-principles'), 'the embed did not load', { timeout: 5000 });
    const [card] = await widgets(inner.contentWindow!);
    expect(card.localName).to.equal('icn-principles');
    expect(attributesOf(card)).to.deep.equal({ collapsed: '', theme: 'light' });
    // Collapsed: three principles shown (the others are kept for print, not displayed).
    expect([...card.shadowRoot!.querySelectorAll('[part="principle"]')].filter((li) => li.checkVisibility())).to.have.length(3);
    // The lines after the frame set its height from the embed's message.
    const content = () => Math.ceil(inner.contentDocument!.documentElement.getBoundingClientRect().height);
    await waitUntil(() => parseFloat(inner.style.height) === content(), 'the frame was not sized to its content', { timeout: 3000 });
    (card.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    await waitUntil(() => parseFloat(inner.style.height) === content() && content() > 0, 'the frame did not follow its content', { timeout: 3000 });
  });

  it('copies with a button that confirms', async () => {
    const { doc } = await openBuilder();
    const button = doc.querySelector<HTMLButtonElement>('button[data-copy="script-snippet"]')!;
    button.click();
    await waitUntil(() => doc.getElementById('copy-status')!.textContent!.includes('copied'), 'no confirmation', { timeout: 3000 });
    expect(doc.getElementById('copy-status')!.getAttribute('role')).to.equal('status');
    expect(button.textContent).to.equal('Copied ✓');
  });

  it('works by keyboard', async () => {
    const { iframe, doc, snippet } = await openBuilder();
    iframe.focus();
    const radio = doc.querySelector<HTMLInputElement>('input[name="element"][value="badge"]')!;
    radio.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => snippet('script-snippet').includes('<icn-principles'), 'arrow keys did not pick the principles card', { timeout: 3000 });
    await sendKeys({ press: 'Tab' });
    expect(doc.activeElement!.getAttribute('name')).to.equal('collapsed');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => snippet('script-snippet').includes('<icn-principles collapsed'), 'space did not set collapsed', { timeout: 3000 });
    const preview = doc.querySelector<Lit>('#preview icn-principles')!;
    expect(preview.hasAttribute('collapsed')).to.be.true;
    const labelled = [...doc.querySelectorAll('#builder select, #builder input')].every((c) => (c as HTMLInputElement).labels!.length > 0);
    expect(labelled, 'every control has a label').to.be.true;
  });
});
