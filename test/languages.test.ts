/**
 * Every language the elements speak, on a page in that language: each element loads the
 * language's catalogue (this file registers none; the words are checked against the catalogue
 * files themselves), shows its words marked with its `lang`, and mirrors for Arabic.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { IcnBadge } from '../src/badge/badge.js';
import type { IcnPrinciples } from '../src/principles/principles.js';
import type { IcnSignatories } from '../src/signatories/signatories.js';
import { embeddedStatement } from '../src/data/statement.js';
import { direction } from '../src/shared/direction.js';
import { UI_LANGS } from '../src/shared/messages/languages.js';
import type { Catalogue, Message } from '../src/shared/messages/types.js';
import { textOf } from './helpers.js';

const { title, signatories, principles } = embeddedStatement;

/** A message's form for `n` in `lang`, filled. */
function words(lang: string, message: Message, values: Record<string, string | number> = {}): string {
  const form = typeof message === 'string' ? message : (message[new Intl.PluralRules(lang).select(Number(values.n))] ?? message.other);
  return form.replace(/\{(\w+)\}/g, (all, name: string) => String(values[name] ?? all));
}

describe('every language, on a page in that language', () => {
  for (const lang of UI_LANGS) {
    it(`${lang}: the three elements speak it`, async () => {
      const catalogue = (await import(`../src/shared/messages/${lang}.ts`)).default as Catalogue;
      const page = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${direction(lang)}>
        <icn-principles collapsed></icn-principles>
        <icn-badge network="ENCC"></icn-badge>
        <icn-signatories filter limit="6"></icn-signatories>
      </div>`);
      const [card, badge, list] = [...page.children] as [IcnPrinciples, IcnBadge, IcnSignatories];
      await Promise.all([card.updateComplete, badge.updateComplete, list.updateComplete]);

      const button = card.shadowRoot!.querySelector('button')!;
      expect(button.textContent!.trim()).to.equal(words(lang, catalogue.showAllPrinciples, { n: principles.length }));
      expect(button.lang).to.equal(lang);

      // The title has no translation: English, in the language's quotation marks (not in English).
      const sentence = lang === 'en' ? catalogue.badge : (catalogue.badge as string).replace('{title}', catalogue.quoted as string);
      expect(textOf(badge)).to.equal(words(lang, sentence, { network: 'ENCC', title }).replace(/\s+/g, ' ').trim());
      const link = badge.shadowRoot!.querySelector('[part="badge"]')!;
      expect(link.getAttribute('lang')).to.equal(lang);
      expect(link.getAttribute('dir'), 'mirrors for a right-to-left language only').to.equal(direction(lang) === 'rtl' ? 'rtl' : null);

      const root = list.shadowRoot!;
      expect(root.querySelector('#heading')!.textContent).to.equal(words(lang, catalogue.signatories));
      expect(root.querySelector('label')!.textContent).to.equal(words(lang, catalogue.filterLabel));
      expect(root.querySelector('[role="status"]')!.textContent!.trim()).to.equal(
        words(lang, catalogue.count, { shown: signatories.length, n: signatories.length }),
      );
      expect(root.querySelector('button')!.textContent!.trim()).to.equal(words(lang, catalogue.showAllSignatories, { n: signatories.length }));
      await expect(page).to.be.accessible();
    });
  }
});
