import { expect, fixture, html } from '@open-wc/testing';
import '../src/badge/define.js';
import type { IcnBadge } from '../src/badge/badge.js';
import { setStatementLoader } from '../src/data/loader.js';
import { embeddedStatement } from '../src/data/statement.js';
import { fresh, recorder, textOf } from './helpers.js';

const TITLE = embeddedStatement.title;
const link = (el: Element) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="badge"]')!;

describe('<icn-badge>', () => {
  afterEach(() => setStatementLoader());

  it('is a link reading that the network is a signatory of the statement', async () => {
    const events = recorder();
    const el = await fixture<IcnBadge>(html`<icn-badge network="ENCC" @icn-load=${events.onLoad} @icn-error=${events.onError}></icn-badge>`);
    await events.loaded();
    expect(link(el).localName).to.equal('a');
    expect(textOf(el)).to.equal(`ENCC is a signatory of ${TITLE}`);
    expect(events.loads).to.deep.equal([{ source: 'embedded' }]);
    expect(events.errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('matches the network on id, acronym or name, ignoring case and accents', async () => {
    const cases = {
      encc: 'ENCC',
      'eca-ec': 'ECA-EC',
      'res artis': 'Res Artis',
      'RES-ARTIS': 'Res Artis',
      'Triangle Network': 'Triangle Network',
      'reseau art nouveau network': 'RANN',
      ' Culture Action Europe ': 'CAE',
    };
    for (const [network, shown] of Object.entries(cases)) {
      const el = await fixture<IcnBadge>(html`<icn-badge network=${network}></icn-badge>`);
      expect(el.shadowRoot!.querySelector('.who')!.textContent, network).to.equal(shown);
    }
  });

  it('claims nothing for a network that did not sign, and fires icn-error "unknown-network"', async () => {
    const events = recorder();
    const el = await fixture<IcnBadge>(html`<icn-badge network="ACME" @icn-load=${events.onLoad} @icn-error=${events.onError}></icn-badge>`);
    await events.loaded();
    expect(textOf(el)).to.equal(TITLE);
    expect(el.shadowRoot!.querySelector('.who')).to.equal(null);
    expect(events.errors).to.have.length(1);
    expect(events.errors[0].reason).to.equal('unknown-network');
    expect(events.errors[0].message).to.contain('“ACME” is not a signatory');
    await expect(el).to.be.accessible();
  });

  it('checks a network changed later', async () => {
    const events = recorder();
    const el = await fixture<IcnBadge>(html`<icn-badge network="IETM" @icn-load=${events.onLoad} @icn-error=${events.onError}></icn-badge>`);
    await events.loaded();
    el.network = 'Nobody';
    await el.updateComplete;
    expect(events.errors.map((e) => e.reason)).to.deep.equal(['unknown-network']);
    el.network = 'TEH';
    await el.updateComplete;
    expect(textOf(el)).to.equal(`TEH is a signatory of ${TITLE}`);
    expect(events.errors).to.have.length(1);
  });

  it('comes in three sizes; medium is the default and a wrong size falls back to it', async () => {
    const heights: Record<string, number> = {};
    for (const size of ['small', 'medium', 'large', 'huge', '']) {
      const el = await fixture<IcnBadge>(html`<icn-badge network="IMC" size=${size}></icn-badge>`);
      heights[size] = el.getBoundingClientRect().height;
      expect(heights[size], size).to.be.at.least(24);
    }
    expect(heights.small).to.be.below(heights.medium);
    expect(heights.medium).to.be.below(heights.large);
    expect(heights.huge).to.equal(heights.medium);
    expect(heights['']).to.equal(heights.medium);
  });

  for (const theme of ['light', 'dark', 'auto']) {
    it(`is accessible in theme="${theme}"`, async () => {
      const el = await fixture<IcnBadge>(html`<icn-badge network="NEMO" theme=${theme}></icn-badge>`);
      await expect(el).to.be.accessible();
    });
  }

  it('links by default to the statement page at the public base URL, not to a path of its own module', async () => {
    const el = await fixture<IcnBadge>(html`<icn-badge network="FACE"></icn-badge>`);
    // ICN_PUBLIC_URL when built; here (not built) the default of `npm start`.
    expect(link(el).href).to.equal('http://127.0.0.1:4173/index.html');
  });

  it('checks a network that a framework sets a moment after the upgrade only at icn-load: no false error', async () => {
    const events = recorder();
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = document.createElement('icn-badge') as IcnBadge;
      el.addEventListener('icn-error', (e) => events.onError(e as CustomEvent));
      el.addEventListener('icn-load', (e) => events.onLoad(e as CustomEvent));
      document.body.append(el);
      await el.updateComplete;
      expect(events.loads, 'announced a task after the first render').to.deep.equal([]);
      el.network = 'ENCC';
      await events.loaded();
      expect(textOf(el)).to.equal(`ENCC is a signatory of ${TITLE}`);
      expect(events.errors).to.deep.equal([]);
      expect(el.error).to.equal(undefined);
      el.remove();
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
  });

  it('links to the statement url from the data, or to href', async () => {
    const events = recorder();
    const el = await fixture<IcnBadge>(
      html`<icn-badge network="tst" src=${fresh('/test/fixtures/remote-statement.json')} @icn-load=${events.onLoad}></icn-badge>`,
    );
    await events.loaded();
    await el.updateComplete;
    expect(link(el).getAttribute('href')).to.equal('https://example.org/test/statement');
    expect(textOf(el)).to.equal('TST is a signatory of TEST DATA: remote statement title');
    el.href = '/members/our-statement';
    await el.updateComplete;
    expect(link(el).getAttribute('href')).to.equal(new URL('/members/our-statement', location.href).href);
  });

  it('never links to a non-http(s) href', async () => {
    const el = await fixture<IcnBadge>(html`<icn-badge network="ELIA" href="javascript:alert(1)"></icn-badge>`);
    expect(link(el).getAttribute('href')).to.equal('http://127.0.0.1:4173/index.html');
  });

  it('says its sentence in each language, the untranslated title in that language’s quotation marks and marked with its own', async () => {
    const expected = {
      en: `ECHO is a signatory of ${TITLE}`,
      fr: `ECHO est signataire de «\u00a0${TITLE}\u00a0»`,
      de: `ECHO hat unterzeichnet: „${TITLE}“`,
      es: `ECHO es firmante de «${TITLE}»`,
      it: `ECHO è firmatario di «${TITLE}»`,
      nl: `ECHO heeft “${TITLE}” ondertekend`,
      pt: `ECHO subscreveu «${TITLE}»`,
      pl: `ECHO jest sygnatariuszem: „${TITLE}”`,
    };
    for (const [lang, sentence] of Object.entries(expected)) {
      const wrap = await fixture(html`<p lang=${lang}><icn-badge network="ECHO"></icn-badge></p>`);
      const el = wrap.firstElementChild as IcnBadge;
      // The first badge in a language waits for that language's catalogue.
      await el.updateComplete;
      // The sentence as is: French's no-break spaces inside « » must stay no-break.
      expect(el.shadowRoot!.querySelector('.text')!.textContent, lang).to.equal(sentence);
      expect(link(el).getAttribute('lang')).to.equal(lang);
      const cite = el.shadowRoot!.querySelector('cite')!;
      // The marks are the UI language's words, outside the title and its lang="en".
      expect(cite.getAttribute('lang')).to.equal('en');
      expect(cite.textContent).to.equal(TITLE);
      await expect(el).to.be.accessible();
    }
  });

  it('uses the data’s translated title where there is one, marked with its language', async () => {
    const events = recorder();
    const wrap = await fixture(
      html`<div lang="fr-CA"><icn-badge network="TST" src=${fresh('/test/fixtures/remote-statement.json')} @icn-load=${events.onLoad}></icn-badge></div>`,
    );
    await events.loaded();
    const el = wrap.firstElementChild as IcnBadge;
    await el.updateComplete;
    expect(textOf(el)).to.equal('TST est signataire de DONNÉES DE TEST : titre');
    expect(el.shadowRoot!.querySelector('cite')!.getAttribute('lang')).to.equal('fr');
    expect(link(el).getAttribute('lang')).to.equal('fr');
    // No Dutch translation in the data: the title stays in the statement's language, marked so.
    el.lang = 'nl';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('cite')!.getAttribute('lang')).to.equal('en');
    expect(textOf(el)).to.match(/^TST heeft “[^“”]+” ondertekend$/);
    await expect(el).to.be.accessible();
  });

  it('falls back to the embedded statement on a failing endpoint, then checks the network', async () => {
    const events = recorder();
    const el = await fixture<IcnBadge>(
      html`<icn-badge network="ENCC" src=${fresh('/fake/wrong-schema')} @icn-load=${events.onLoad} @icn-error=${events.onError}></icn-badge>`,
    );
    await events.loaded();
    await el.updateComplete;
    expect(events.errors.map((e) => e.reason)).to.deep.equal(['schema']);
    expect(textOf(el)).to.equal(`ENCC is a signatory of ${TITLE}`);
    await expect(el).to.be.accessible();
  });
});

describe('properties of the wrong type', () => {
  it('throw nothing into the page and render sanely', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      const el = await fixture<IcnBadge>(html`<icn-badge network="ENCC"></icn-badge>`);
      Object.assign(el, { network: 42, size: { big: true }, href: ['x'], lang: 7, theme: null, src: 12 });
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(textOf(el)).to.equal(TITLE);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
