/**
 * The catalogues loaded on demand, as a page meets them: this file imports no catalogue but
 * English (unlike the tests that import `messages/all.ts`), so each other language starts
 * unloaded, and the first element to speak it loads it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/badge/define.js';
import '../src/signatories/define.js';
import { IcnBadge } from '../src/badge/badge.js';
import type { IcnSignatories } from '../src/signatories/signatories.js';
import { embeddedStatement } from '../src/data/statement.js';
import { badgeTemplate, catalogueLang, catalogueSettled, loadCatalogue, msg, uiLang, useCatalogues } from '../src/shared/i18n.js';
import type { Catalogue } from '../src/shared/messages/types.js';
import { recorder, textOf } from './helpers.js';

const TITLE = embeddedStatement.title;

/** The text of each badge's first render. */
const firstTexts: string[] = [];
class FirstRender extends IcnBadge {
  protected override firstUpdated(): void {
    firstTexts.push(textOf(this));
  }
}
customElements.define('first-render-badge', FirstRender);

describe('catalogues loaded on demand', () => {
  it('tells a catalogue’s language from a tag before it is loaded, and speaks English until it is', () => {
    expect(catalogueLang('fr-CA')).to.equal('fr');
    expect(catalogueLang('PT-br')).to.equal('pt');
    // Norwegian and Nynorsk read Bokmål rather than English.
    expect(catalogueLang('no')).to.equal('nb');
    expect(catalogueLang('nn-NO')).to.equal('nb');
    expect(catalogueLang('sr-Cyrl-RS')).to.equal('sr');
    for (const tag of ['zh-Hant', '', 'x', '__proto__', 'toString', 'constructor']) expect(catalogueLang(tag), tag).to.equal('en');
    expect(catalogueSettled('en')).to.equal(true);
    expect(catalogueSettled('fr')).to.equal(false);
    expect(uiLang('fr')).to.equal('en');
  });

  it('renders an element in its language the first time, never in English first', async () => {
    const events = recorder();
    const el = await fixture<FirstRender>(
      html`<first-render-badge network="ENCC" lang="fr" @icn-load=${events.onLoad} @icn-error=${events.onError}></first-render-badge>`,
    );
    await events.loaded();
    expect(firstTexts).to.deep.equal([`ENCC est signataire de « ${TITLE} »`]);
    expect(textOf(el)).to.equal(`ENCC est signataire de « ${TITLE} »`);
    expect(el.shadowRoot!.querySelector('[part="badge"]')!.getAttribute('lang')).to.equal('fr');
    expect(events.errors).to.deep.equal([]);
    expect(uiLang('fr-CA')).to.equal('fr');
    await expect(el).to.be.accessible();
  });

  it('loads a catalogue once however many elements ask at once', async () => {
    // One load, one promise, for every caller (the browser's module map would hide a second import).
    expect(loadCatalogue('nl')).to.equal(loadCatalogue('nl'));
    await loadCatalogue('nl');
    const before = performance.getEntriesByType('resource').filter((e) => /messages\/de\.ts/.test(e.name)).length;
    const el = await fixture<HTMLDivElement>(html`<div lang="de">
      <icn-badge network="ENCC"></icn-badge><icn-badge network="IETM"></icn-badge><icn-signatories></icn-signatories>
    </div>`);
    const [a, b, list] = [...el.children] as [IcnBadge, IcnBadge, IcnSignatories];
    await Promise.all([a.updateComplete, b.updateComplete, list.updateComplete]);
    expect(textOf(a)).to.equal(`ENCC hat unterzeichnet: „${TITLE}“`);
    expect(textOf(b)).to.equal(`IETM hat unterzeichnet: „${TITLE}“`);
    expect(list.shadowRoot!.querySelector('#heading')!.textContent).to.equal('Unterzeichner');
    const after = performance.getEntriesByType('resource').filter((e) => /messages\/de\.ts/.test(e.name)).length;
    expect(after - before).to.equal(1);
    await expect(list).to.be.accessible();
  });

  it('follows the document’s language to one not yet loaded', async () => {
    const el = await fixture<IcnBadge>(html`<icn-badge network="ENCC"></icn-badge>`);
    expect(textOf(el)).to.equal(`ENCC is a signatory of ${TITLE}`);
    document.documentElement.lang = 'it';
    try {
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(textOf(el)).to.equal(`ENCC è firmatario di «${TITLE}»`);
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.lang = 'en';
    }
  });

  it('speaks English at once for a language it has no catalogue for', async () => {
    const el = await fixture<IcnBadge>(html`<icn-badge network="ENCC" lang="zh-Hant"></icn-badge>`);
    expect(textOf(el)).to.equal(`ENCC is a signatory of ${TITLE}`);
    expect(el.shadowRoot!.querySelector('[part="badge"]')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('takes a message a catalogue lacks from English, and keeps the ones it has (test data)', () => {
    // TEST DATA: a Swedish catalogue with the badge's words only.
    useCatalogues({ sv: { badge: 'TEST {network} {title}', quoted: '”{title}”' } as unknown as Catalogue });
    expect(uiLang('sv')).to.equal('sv');
    expect(badgeTemplate('sv', 'en')).to.equal('TEST {network} ”{title}”');
    expect(msg('sv', 'signatories')).to.equal('Signatories');
    expect(msg('sv', 'showAllSignatories', { n: 19 })).to.equal('Show all 19 signatories');
  });
});
