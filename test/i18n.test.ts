import { expect } from '@open-wc/testing';
import { catalogues } from '../src/shared/messages/all.js';
import { msg, uiLang, type MessageKey } from '../src/shared/i18n.js';
import { UI_LANGS } from '../src/shared/messages/languages.js';
import { LANGUAGE_NAMES } from '../src/shared/messages/names.js';
import { OG_LOCALES } from '../src/embed-pages/social.js';
import en from '../src/shared/messages/en.js';

const keys = Object.keys(en).sort() as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const texts = (message: unknown) => (typeof message === 'string' ? [message] : Object.values(message as object));

describe('message catalogues', () => {
  it('has a catalogue, a name and an Open Graph locale for each language listed, English first', () => {
    expect(UI_LANGS[0]).to.equal('en');
    expect(Object.keys(catalogues)).to.deep.equal([...UI_LANGS]);
    expect(Object.keys(LANGUAGE_NAMES)).to.have.members([...UI_LANGS]);
    expect(Object.keys(OG_LOCALES)).to.have.members([...UI_LANGS]);
  });

  for (const [lang, catalogue] of Object.entries(catalogues)) {
    it(`${lang}: every key of English and no other, each form with the same placeholders`, () => {
      expect(Object.keys(catalogue).sort(), `${lang} keys`).to.deep.equal(keys);
      for (const key of keys) {
        const message = catalogue[key];
        const wanted = placeholders(texts(en[key])[texts(en[key]).length - 1]);
        if (typeof message !== 'string') {
          expect(message.other, `${lang}.${key} has an "other" form`).to.be.a('string');
          const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
          for (const form of Object.keys(message)) expect(categories, `${lang}.${key}: "${form}" is a plural category of ${lang}`).to.include(form);
          // And every category the language has: a count never falls back to a form for another.
          for (const form of categories) expect(message, `${lang}.${key} has its "${form}" form`).to.have.property(form);
        }
        for (const text of texts(message)) {
          expect(text.trim(), `${lang}.${key} is not empty`).not.to.equal('');
          // Every form keeps English's placeholders and adds none.
          const own = placeholders(text);
          expect(own, `${lang}.${key}: "${text}" adds a placeholder`).to.satisfy((list: string[]) => list.every((p) => wanted.includes(p)));
          expect(own, `${lang}.${key}: "${text}" drops a placeholder`).to.include.members(wanted);
        }
      }
    });
  }

  it('has a glossary row for each language but English, with the quotation marks its catalogue uses', async () => {
    const glossary = await (await fetch('/src/shared/messages/GLOSSARY.md')).text();
    for (const lang of UI_LANGS.filter((l) => l !== 'en')) {
      const row = glossary.split('\n').find((line) => line.startsWith(`| ${lang} |`));
      expect(row, `${lang} has a row`).to.be.a('string');
      const marks = (catalogues[lang].quoted as string).replace('{title}', '…').replace(/\u00a0/g, ' ');
      expect(row, `${lang}: its marks ${marks}`).to.contain(marks);
    }
  });

  it('picks plural forms with Intl.PluralRules', () => {
    expect(msg('en', 'showAllSignatories', { n: 1 })).to.equal('Show 1 signatory');
    expect(msg('en', 'showAllSignatories', { n: 2 })).to.equal('Show all 2 signatories');
    // The count's plural follows the total: "1 of 1 signatory".
    expect(msg('en', 'count', { shown: 1, n: 1 })).to.equal('1 of 1 signatory');
    expect(msg('en', 'count', { shown: 1, n: 19 })).to.equal('1 of 19 signatories');
    expect(msg('fr', 'count', { shown: 0, n: 1 })).to.equal('0 sur 1 signataire');
    expect(msg('de', 'count', { shown: 2, n: 5 })).to.equal('2 von 5 Unterzeichnern');
    // Polish has one, few and many.
    expect(msg('pl', 'showAllPrinciples', { n: 1 })).to.equal('Pokaż 1 zasadę');
    expect(msg('pl', 'showAllPrinciples', { n: 3 })).to.equal('Pokaż wszystkie 3 zasady');
    expect(msg('pl', 'showAllPrinciples', { n: 8 })).to.equal('Pokaż wszystkie 8 zasad');
    expect(msg('pl', 'showAllPrinciples', { n: 22 })).to.equal('Pokaż wszystkie 22 zasady');
    expect(msg('pl', 'count', { shown: 1, n: 1 })).to.equal('1 z 1 sygnatariusza');
    expect(msg('pl', 'count', { shown: 3, n: 4 })).to.equal('3 z 4 sygnatariuszy');
  });

  it('falls back from a regional tag to its language, and to English for any other', () => {
    expect(uiLang('fr-CA')).to.equal('fr');
    expect(uiLang('pt-BR')).to.equal('pt');
    expect(uiLang('NL-be')).to.equal('nl');
    expect(uiLang('pl')).to.equal('pl');
    for (const tag of ['zh-Hant', 'ja', '', 'x', '__proto__', 'toString', 'constructor']) expect(uiLang(tag), tag).to.equal('en');
  });
});
