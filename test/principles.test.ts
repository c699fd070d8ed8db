import { expect, fixture, html } from '@open-wc/testing';
import '../src/principles/define.js';
import type { IcnPrinciples } from '../src/principles/principles.js';
import { setStatementLoader } from '../src/data/loader.js';
import { embeddedStatement } from '../src/data/statement.js';
import type { Statement } from '../src/data/schema.js';
import { emulateMedia } from '@web/test-runner-commands';
import { fresh, recorder, textOf } from './helpers.js';

/** The parts named `name` that are shown (a collapsed card keeps its other principles for print, not displayed). */
const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)].filter((p) => p.checkVisibility());
const button = (el: Element) => el.shadowRoot!.querySelector('button');

describe('<icn-principles>', () => {
  afterEach(() => setStatementLoader());

  it('shows the embedded statement at once: title, introduction, the eight principles in order', async () => {
    const events = recorder();
    const el = await fixture<IcnPrinciples>(html`<icn-principles @icn-load=${events.onLoad}></icn-principles>`);
    await events.loaded();
    expect(events.loads).to.deep.equal([{ source: 'embedded' }]);
    const [title] = parts(el, 'title');
    expect(title.textContent).to.equal(embeddedStatement.title);
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('2');
    expect(parts(el, 'card')).to.have.length(1);
    expect(parts(el, 'principle').map((p) => p.textContent)).to.deep.equal(embeddedStatement.principles);
    expect(el.shadowRoot!.querySelector('ol')).to.exist;
    const paragraphs = [...el.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).to.have.length(embeddedStatement.intro.length);
    expect(paragraphs[0]).to.equal(embeddedStatement.intro[0]);
    // Without documentUrl the "(download pdf)" marker is left out with its space, and no link is invented.
    expect(embeddedStatement.intro[1]).to.contain('(download pdf)');
    expect(paragraphs[1]).to.equal(
      '“The Value of International Cultural Networks” is our statement of why we are here and why we intend to stay. You are welcome to join us!',
    );
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('marks the content with its language', async () => {
    const el = await fixture<IcnPrinciples>(html`<icn-principles></icn-principles>`);
    expect(parts(el, 'title')[0].getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('ol')!.getAttribute('lang')).to.equal('en');
  });

  it('heading-level sets the title heading level; a bad value falls back to 2', async () => {
    const el = await fixture<IcnPrinciples>(html`<icn-principles heading-level="4"></icn-principles>`);
    expect(parts(el, 'title')[0].getAttribute('aria-level')).to.equal('4');
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect(parts(el, 'title')[0].getAttribute('aria-level')).to.equal('2');
  });

  it('principle="N" shows only that principle, as a quote', async () => {
    const el = await fixture<IcnPrinciples>(html`<icn-principles principle="3"></icn-principles>`);
    const only = parts(el, 'principle');
    expect(only).to.have.length(1);
    expect(only[0].textContent!.trim()).to.equal(embeddedStatement.principles[2]);
    expect(only[0].localName).to.equal('blockquote');
    expect(textOf(el)).to.contain('Principle 3');
    expect(parts(el, 'title')[0].textContent).to.equal(embeddedStatement.title);
    await expect(el).to.be.accessible();
  });

  it('a principle out of range shows the whole card', async () => {
    for (const value of ['0', '9', 'three', '2.5']) {
      const el = await fixture<IcnPrinciples>(html`<icn-principles principle=${value}></icn-principles>`);
      expect(parts(el, 'principle'), value).to.have.length(8);
    }
  });

  it('collapsed shows three principles and a real button that reveals all', async () => {
    const el = await fixture<IcnPrinciples>(html`<icn-principles collapsed></icn-principles>`);
    expect(parts(el, 'principle')).to.have.length(3);
    const toggle = button(el)!;
    expect(toggle.getAttribute('type')).to.equal('button');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(el.shadowRoot!.querySelector('ol')!.id);
    expect(toggle.textContent!.trim()).to.equal('Show all 8 principles');
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(parts(el, 'principle')).to.have.length(8);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Show fewer');
    await expect(el).to.be.accessible();
  });

  for (const theme of ['light', 'dark', 'auto'] as const) {
    it(`theme="${theme}" paints its own surface and stays accessible`, async () => {
      const el = await fixture<IcnPrinciples>(html`<icn-principles theme=${theme} collapsed></icn-principles>`);
      expect(getComputedStyle(el).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
      await expect(el).to.be.accessible();
    });
  }

  it('dark differs from light, and without a theme the host page shows through', async () => {
    const wrap = await fixture(html`<div style="color: rgb(10, 20, 30); font-family: serif">
      <icn-principles></icn-principles><icn-principles theme="light"></icn-principles><icn-principles theme="dark"></icn-principles>
    </div>`);
    const [plain, light, dark] = [...wrap.children].map((c) => getComputedStyle(c));
    expect(plain.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(plain.color).to.equal('rgb(10, 20, 30)');
    expect(plain.fontFamily).to.equal('serif');
    expect(light.backgroundColor).not.to.equal(dark.backgroundColor);
    expect(light.color).not.to.equal(dark.color);
  });

  it('theme="auto" follows the reader’s colour scheme', async () => {
    const wrap = await fixture(html`<div>
      <icn-principles theme="auto"></icn-principles><icn-principles theme="light"></icn-principles><icn-principles theme="dark"></icn-principles>
    </div>`);
    const [auto, light, dark] = [...wrap.children];
    try {
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(auto).backgroundColor).to.equal(getComputedStyle(dark).backgroundColor);
      await expect(auto).to.be.accessible();
      await emulateMedia({ colorScheme: 'light' });
      expect(getComputedStyle(auto).backgroundColor).to.equal(getComputedStyle(light).backgroundColor);
    } finally {
      await emulateMedia({ colorScheme: 'no-preference' });
    }
  });

  it('custom properties restyle it', async () => {
    const el = await fixture<IcnPrinciples>(
      html`<icn-principles theme="light" style="--icn-surface: rgb(1, 2, 3); --icn-text: rgb(250, 250, 250); --icn-font: monospace"></icn-principles>`,
    );
    const style = getComputedStyle(el);
    expect(style.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(style.color).to.equal('rgb(250, 250, 250)');
    expect(style.fontFamily).to.equal('monospace');
  });

  it('shows a remote statement, with its links, and says so', async () => {
    const events = recorder();
    const el = await fixture<IcnPrinciples>(
      html`<icn-principles src=${fresh('/test/fixtures/remote-statement.json')} @icn-load=${events.onLoad}></icn-principles>`,
    );
    await events.loaded();
    await el.updateComplete;
    expect(events.loads).to.deep.equal([{ source: 'remote' }]);
    expect(parts(el, 'title')[0].textContent).to.equal('TEST DATA: remote statement title');
    expect(parts(el, 'principle')).to.have.length(4);
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['(download pdf)', 'https://example.org/test/statement.pdf'],
      ['Read the statement', 'https://example.org/test/statement'],
      ['Download the statement (PDF)', 'https://example.org/test/statement.pdf'],
      ['Join the networks', 'https://example.org/test/join'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('loading="lazy" fetches nothing until it comes near the viewport', async () => {
    const src = fresh('/test/fixtures/remote-statement.json');
    const calls: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      calls.push(String(input));
      return realFetch(input, init);
    };
    try {
      const events = recorder();
      const wrap = await fixture<HTMLElement>(
        html`<div style="height: 300px; overflow: auto"><div style="height: 5000px"></div><icn-principles loading="lazy" src=${src} @icn-load=${events.onLoad}></icn-principles></div>`,
      );
      const el = wrap.querySelector('icn-principles')!;
      await new Promise((r) => setTimeout(r, 300));
      expect(calls.filter((c) => c.includes('remote-statement'))).to.deep.equal([]);
      expect(parts(el, 'card')[0].getAttribute('aria-busy')).to.equal('true');
      el.scrollIntoView();
      await events.loaded();
      expect(events.loads).to.deep.equal([{ source: 'remote' }]);
      expect(calls.filter((c) => c.includes('remote-statement'))).to.have.length(1);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('keeps its space while loading', async () => {
    const el = await fixture<IcnPrinciples>(html`<icn-principles src=${fresh('/fake/hang')}></icn-principles>`);
    const card = parts(el, 'card')[0];
    expect(card.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(getComputedStyle(card).visibility).to.equal('hidden');
  });

  it('falls back to the embedded statement on a failing endpoint, and fires icn-error', async () => {
    const events = recorder();
    const src = fresh('/fake/server-error');
    const el = await fixture<IcnPrinciples>(
      html`<icn-principles src=${src} collapsed @icn-load=${events.onLoad} @icn-error=${events.onError}></icn-principles>`,
    );
    await events.loaded();
    await el.updateComplete;
    expect(events.errors).to.have.length(1);
    expect(events.errors[0].reason).to.equal('http');
    expect(events.errors[0].message).to.contain('/fake/server-error');
    expect(events.loads).to.deep.equal([{ source: 'embedded' }]);
    expect(parts(el, 'title')[0].textContent).to.equal(embeddedStatement.title);
    expect(parts(el, 'card')[0].getAttribute('aria-busy')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('follows lang: its own, an ancestor’s, the document’s; content without a translation stays marked English', async () => {
    const src = fresh('/test/fixtures/remote-statement.json');
    const events = recorder();
    const wrap = await fixture(html`<div lang="fr-CA"><icn-principles src=${src} collapsed @icn-load=${events.onLoad}></icn-principles></div>`);
    await events.loaded();
    const el = wrap.firstElementChild as IcnPrinciples;
    await el.updateComplete;
    expect(parts(el, 'title')[0].textContent).to.equal('DONNÉES DE TEST : titre');
    expect(parts(el, 'title')[0].getAttribute('lang')).to.equal('fr');
    expect(el.shadowRoot!.querySelector('p')!.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('ol')!.getAttribute('lang')).to.equal('fr');
    expect(button(el)!.textContent!.trim()).to.equal('Afficher les 4 principes');
    expect(button(el)!.getAttribute('lang')).to.equal('fr');

    el.lang = 'de';
    await el.updateComplete;
    expect(parts(el, 'title')[0].getAttribute('lang')).to.equal('en');
    expect(button(el)!.textContent!.trim()).to.equal('Alle 4 Grundsätze anzeigen');
    await expect(el).to.be.accessible();
  });

  it('speaks its languages; a regional tag falls back to its language, an unknown one to English', async () => {
    const expected = {
      en: 'Show all 8 principles',
      fr: 'Afficher les 8 principes',
      'fr-CA': 'Afficher les 8 principes',
      de: 'Alle 8 Grundsätze anzeigen',
      es: 'Mostrar los 8 principios',
      it: 'Mostra tutti e 8 i principi',
      nl: 'Alle 8 principes tonen',
      pt: 'Mostrar os 8 princípios',
      'pt-BR': 'Mostrar os 8 princípios',
      pl: 'Pokaż wszystkie 8 zasad',
      fi: 'Näytä kaikki 8 periaatetta',
      ja: 'Show all 8 principles',
    };
    for (const [lang, words] of Object.entries(expected)) {
      const el = await fixture<IcnPrinciples>(html`<icn-principles lang=${lang} collapsed></icn-principles>`);
      expect(button(el)!.textContent!.trim(), lang).to.equal(words);
      // The statement itself has no translation: it stays in English, marked as such.
      expect(parts(el, 'title')[0].getAttribute('lang')).to.equal('en');
    }
  });

  it('the "(download pdf)" marker: a link to documentUrl, else left out with the space around it (test data)', async () => {
    const intro = ['(download pdf) opens it.', 'Read it (download pdf).', 'See (download pdf) and (download pdf) here.', 'No marker.'];
    const texts = async (documentUrl?: string) => {
      setStatementLoader(async () => ({ ...embeddedStatement, intro, documentUrl }));
      const events = recorder();
      const el = await fixture<IcnPrinciples>(html`<icn-principles src="https://example.org/test.json" @icn-load=${events.onLoad}></icn-principles>`);
      await events.loaded();
      await el.updateComplete;
      const ps = [...el.shadowRoot!.querySelectorAll('p')];
      await expect(el).to.be.accessible();
      return {
        text: ps.map((p) => p.textContent),
        links: ps.flatMap((p) => [...p.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])),
      };
    };
    try {
      const without = await texts();
      expect(without.text).to.deep.equal(['opens it.', 'Read it.', 'See and here.', 'No marker.']);
      expect(without.links).to.deep.equal([]);
      const pdf = 'https://example.org/test/statement.pdf';
      const linked = await texts(pdf);
      expect(linked.text).to.deep.equal(intro);
      expect(linked.links).to.deep.equal(Array.from({ length: 4 }, () => ['(download pdf)', pdf]));
    } finally {
      setStatementLoader(undefined);
    }
  });

  it('renders markup in data as text and links only http(s) URLs', async () => {
    const hostile: Statement = {
      ...embeddedStatement,
      title: '<img src=x onerror="window.pwned=1">Title',
      intro: ['<script>window.pwned=1</script> (download pdf)'],
      principles: ['<b>bold</b>'],
      documentUrl: 'javascript:window.pwned=1',
      url: 'data:text/html,<b>x</b>',
      joinUrl: 'https://example.org/test/join',
    };
    setStatementLoader(async () => hostile);
    const events = recorder();
    const el = await fixture<IcnPrinciples>(html`<icn-principles src="https://example.org/test.json" @icn-load=${events.onLoad}></icn-principles>`);
    await events.loaded();
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('img, script, b')).to.equal(null);
    expect(parts(el, 'title')[0].textContent).to.equal(hostile.title);
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/test/join']);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });
});
