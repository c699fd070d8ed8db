/**
 * The limits of the statement format (src/data/limits.ts): each one refused with a sentence that
 * names where and which limit, written into statement.schema.json, checked before the schema
 * walks a long list; validation that stops early; rendering a chunk a frame whatever the data;
 * the embed page's allowed sources.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { setStatementLoader } from '../src/data/loader.js';
import { LIMITS } from '../src/data/limits.js';
import { findSignatory } from '../src/data/match.js';
import { tooManyParts } from '../src/data/read.js';
import { validateStatement, type Statement } from '../src/data/schema.js';
import { embeddedStatement } from '../src/data/statement.js';
import { connectSrc, isAllowedSource, parseAllowedSources } from '../src/pages/sources.js';
import '../src/principles/define.js';
import type { IcnPrinciples } from '../src/principles/principles.js';
import '../src/signatories/define.js';
import type { IcnSignatories } from '../src/signatories/signatories.js';
import { fresh } from './helpers.js';

const base = embeddedStatement;
const first = (data: unknown) => {
  const result = validateStatement(data, { max: 1 });
  return result.ok ? 'ok' : result.problems[0];
};
const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

describe('limits of the statement format', () => {
  const cases: [string, unknown, string][] = [
    ['signatories', { ...base, signatories: many(LIMITS.signatories + 1, (i) => ({ id: `s${i}`, name: 'x' })) }, 'signatories has 20,001 items; at most 20,000 are allowed'],
    ['principles', { ...base, principles: many(101, () => 'p') }, 'principles has 101 items; at most 100 are allowed'],
    ['intro paragraphs', { ...base, intro: many(51, () => 'p') }, 'intro has 51 items; at most 50 are allowed'],
    [
      'translations',
      { ...base, translations: Object.fromEntries(many(201, (i) => [`x-t${i}`, { title: 't' }] as const)) },
      'translations has more than 200 languages; at most 200 are allowed',
    ],
    ['translated principles', { ...base, translations: { fr: { principles: many(101, () => 'p') } } }, 'translations.fr.principles has 101 items; at most 100 are allowed'],
    ['translated paragraphs', { ...base, translations: { fr: { intro: many(51, () => 'p') } } }, 'translations.fr.intro has 51 items; at most 50 are allowed'],
    ['the title', { ...base, title: 't'.repeat(501) }, 'title has 501 characters; at most 500 are allowed'],
    ['a paragraph', { ...base, intro: ['ok', 'p'.repeat(5001)] }, 'intro[1] has 5,001 characters; at most 5,000 are allowed'],
    ['a principle', { ...base, principles: ['p'.repeat(5001)] }, 'principles[0] has 5,001 characters; at most 5,000 are allowed'],
    ['a translated title', { ...base, translations: { fr: { title: 't'.repeat(501) } } }, 'translations.fr.title has 501 characters; at most 500 are allowed'],
    ['a name', { ...base, signatories: [{ id: 'a', name: 'n'.repeat(301) }] }, 'signatories[0].name has 301 characters; at most 300 are allowed'],
    ['an acronym', { ...base, signatories: [{ id: 'a', acronym: 'A'.repeat(31), name: 'n' }] }, 'signatories[0].acronym has 31 characters; at most 30 are allowed'],
    ['a signatory id', { ...base, signatories: [{ id: 'i'.repeat(101), name: 'n' }] }, 'signatories[0].id has 101 characters; at most 100 are allowed'],
    ['the statement id', { ...base, id: 'i'.repeat(101) }, 'id has 101 characters; at most 100 are allowed'],
    ['a web address', { ...base, url: `https://example.org/${'a'.repeat(2000)}` }, 'url has 2,020 characters; at most 2,000 are allowed'],
    ['a language tag', { ...base, lang: `en-${'a'.repeat(33)}` }, 'lang has 36 characters; at most 35 are allowed'],
  ];
  for (const [what, data, problem] of cases) {
    it(`limits ${what}, naming where and which limit`, () => {
      expect(first(data)).to.equal(problem);
    });
  }

  it('accepts data at every limit', () => {
    const data = {
      ...base,
      id: 'i'.repeat(LIMITS.id),
      title: 't'.repeat(LIMITS.title),
      intro: many(LIMITS.intro, () => 'p'.repeat(100)),
      principles: ['p'.repeat(LIMITS.text), ...many(LIMITS.principles - 1, () => 'p')],
      url: `https://example.org/${'a'.repeat(LIMITS.url - 20)}`,
      signatories: many(LIMITS.signatories, (i) => ({ id: `s${i}`, name: i ? 'n' : 'n'.repeat(LIMITS.name), ...(i ? {} : { acronym: 'A'.repeat(LIMITS.acronym) }) })),
      translations: Object.fromEntries(many(LIMITS.translations, (i) => [`x-t${i}`, { title: 't' }] as const)),
    };
    expect(first(data)).to.equal('ok');
  });

  it('takes well-formed language tags only, as the language and as translation keys', () => {
    for (const lang of ['en', 'fr-CA', 'zh-Hant-TW', 'sr-Latn', 'de-CH-1996', 'es-419', 'x-private', 'en-US-x-test']) {
      expect(first({ ...base, lang }), lang).to.equal('ok');
      expect(first({ ...base, translations: { [lang === 'en' ? 'fr' : lang]: { title: 't' } } }), lang).to.equal('ok');
    }
    for (const lang of ['e', 'english language', 'en_US', 'en-', '-en', 'fr-CA-', 'en--US', '<script>', 'en\u001b[2J', '123']) {
      expect(first({ ...base, lang }), lang).to.match(/^lang must be a language tag such as "en" or "fr-CA"$/);
    }
    expect(first({ ...base, translations: { '\u001b]0;x': { title: 't' } } })).to.equal('translations["\\u001b]0;x"] must be a language tag such as "en" or "fr-CA"');
  });

  it('refuses web addresses with a user name or password', () => {
    for (const url of ['https://trusted.org@evil.example/', 'https://user:pass@example.org/', 'http://a@b', 'https:///trusted.org@evil.example/', 'https://trusted.org\t@evil.example/']) {
      expect(first({ ...base, joinUrl: url }), url).to.match(/^joinUrl must not hold a user name or password/);
    }
    for (const url of ['https://example.org/@user', 'https://example.org/?to=a@b', 'https://example.org/#a@b', 'https://example.org:8080/']) {
      expect(first({ ...base, joinUrl: url }), url).to.equal('ok');
    }
  });

  it('writes every limit into statement.schema.json', async () => {
    const schema = await (await fetch('/dist/statement.schema.json')).json();
    const p = schema.properties;
    const signatory = p.signatories.items.properties;
    const translation = p.translations.additionalProperties.properties;
    expect(p.signatories.maxItems).to.equal(LIMITS.signatories);
    expect(p.principles.maxItems).to.equal(LIMITS.principles);
    expect(p.intro.maxItems).to.equal(LIMITS.intro);
    expect(p.translations.maxProperties).to.equal(LIMITS.translations);
    expect(translation.principles.maxItems).to.equal(LIMITS.principles);
    expect(translation.intro.maxItems).to.equal(LIMITS.intro);
    expect([p.title.maxLength, translation.title.maxLength]).to.deep.equal([LIMITS.title, LIMITS.title]);
    expect([p.intro.items.maxLength, p.principles.items.maxLength, translation.principles.items.maxLength]).to.deep.equal([LIMITS.text, LIMITS.text, LIMITS.text]);
    expect([signatory.name.maxLength, signatory.acronym.maxLength, signatory.id.maxLength, p.id.maxLength]).to.deep.equal([LIMITS.name, LIMITS.acronym, LIMITS.id, LIMITS.id]);
    for (const url of [p.url, p.documentUrl, p.joinUrl, signatory.url]) {
      expect(url.maxLength).to.equal(LIMITS.url);
      const patterns = [url.pattern, ...url.allOf.map((s: { pattern: string }) => s.pattern)].map((source: string) => new RegExp(source));
      expect(patterns.every((re) => re.test('https://example.org/a@b'))).to.be.true;
      expect(patterns.every((re) => re.test('https://trusted.org@evil.example/'))).to.be.false;
    }
    for (const lang of [p.lang, p.translations.propertyNames]) {
      expect(lang.maxLength).to.equal(LIMITS.lang);
      expect(new RegExp(lang.pattern).test('fr-CA')).to.be.true;
      expect(new RegExp(lang.pattern).test('<script>')).to.be.false;
    }
  });
});

describe('validation that stops early', () => {
  it('refuses 1,700,000 empty signatories at once, without walking them', () => {
    const data = { ...base, signatories: Array(1_700_000).fill({}) };
    const started = performance.now();
    const result = validateStatement(data);
    const took = performance.now() - started;
    expect(result.ok).to.be.false;
    if (!result.ok) expect(result.problems).to.deep.equal(['signatories has 1,700,000 items; at most 20,000 are allowed']);
    // Reading a length costs nothing; walking the items took 6.8 to 16.5 s before.
    expect(took).to.be.below(250);
  });

  it('reports the first problem only when asked for one', () => {
    const data = { ...base, signatories: many(20_000, () => ({})) };
    const one = validateStatement(data, { max: 1 });
    expect(one).to.deep.equal({ ok: false, problems: ['signatories[0].id is missing'] });
  });

  it('counts every problem but puts only the first ones into sentences', () => {
    const data = { ...base, signatories: many(20_000, () => ({})) };
    const result = validateStatement(data, { max: 20 });
    expect(result.ok).to.be.false;
    if (!result.ok) {
      expect(result.problems).to.have.length(20);
      expect(result.count).to.equal(40_000);
      expect(result.problems[1]).to.equal('signatories[0].name is missing');
    }
  });

  it('counts objects, lists and fields before parsing, and stops counting at the limit', () => {
    expect(tooManyParts(JSON.stringify(base), LIMITS)).to.equal(undefined);
    expect(tooManyParts(`[${'{},'.repeat(60_000)}{}]`, LIMITS)).to.equal('more than 50,000 objects and lists');
    const fields = (n: number) => `{${many(n, (i) => `"k${i}":0`).join(',')}}`;
    expect(tooManyParts(`[${many(201, () => fields(1000)).join(',')}]`, LIMITS)).to.equal('more than 200,000 fields');
    expect(tooManyParts(fields(1001), LIMITS)).to.equal('an object of more than 1,000 fields');
    // Fields of nested objects count for their own object; a list's items are not fields.
    expect(tooManyParts(`{"a":[${many(999, () => fields(2)).join(',')}],${many(999, (i) => `"b${i}":0`).join(',')}}`, LIMITS)).to.equal(undefined);
    // Inside strings, braces, colons and escaped quotes do not count.
    expect(tooManyParts(JSON.stringify({ a: '{[:\\"'.repeat(100_000) }), { containers: 10, fields: 10, fieldsPerObject: 10 })).to.equal(undefined);
  });
});

describe('rendering a chunk a frame, whatever the data', () => {
  afterEach(() => setStatementLoader());

  it('puts 1,200,000 principles (from a loader that does not validate) into the card 50 a frame', async () => {
    const principles = Array(1_200_000).fill('a');
    setStatementLoader(async () => ({ ...base, principles }) as Statement);
    const el = await fixture<IcnPrinciples>(html`<icn-principles src=${fresh('/unvalidated.json')}></icn-principles>`);
    await new Promise((resolve) => el.addEventListener('icn-load', resolve, { once: true }));
    const count = () => el.shadowRoot!.querySelectorAll('[part~="principle"]').length;
    await el.updateComplete;
    const start = count();
    expect(start).to.be.at.most(50);
    for (let i = 0; i < 5; i++) await nextFrame();
    const later = count();
    expect(later).to.be.above(start);
    expect(later).to.be.at.most(start + 6 * 50);
  });

  it('shows all of a short card in one frame, and its paragraphs before its principles', async () => {
    const el = await fixture<IcnPrinciples>(html`<icn-principles></icn-principles>`);
    expect(el.shadowRoot!.querySelectorAll('[part~="principle"]')).to.have.length(base.principles.length);
    expect(el.shadowRoot!.querySelectorAll('p')).to.have.length(base.intro.length);
  });

  it('folds each signatory once to find the highlighted one, however often it is asked', () => {
    const list = many(1000, (i) => ({ id: `s${i}`, name: `Name ${i}` }));
    const normalize = String.prototype.normalize;
    let calls = 0;
    String.prototype.normalize = function (this: string, form?: string) {
      calls += 1;
      return normalize.call(this, form);
    };
    try {
      findSignatory(list, 's999');
      const once = calls;
      for (let i = 0; i < 10; i++) findSignatory(list, 's999');
      expect(once).to.be.at.least(1000);
      expect(calls - once).to.equal(10); // the query only
    } finally {
      String.prototype.normalize = normalize;
    }
  });

  it('a frame that adds a chunk of signatories re-renders no earlier chunk', async () => {
    const signatories = many(2000, (i) => ({ id: `s${i}`, name: `Name ${i}` }));
    setStatementLoader(async () => ({ ...base, signatories }));
    const el = await fixture<IcnSignatories>(html`<icn-signatories highlight="s1" src=${fresh('/many.json')}></icn-signatories>`);
    await new Promise((resolve) => el.addEventListener('icn-load', resolve, { once: true }));
    await el.updateComplete;
    const firstItem = el.shadowRoot!.querySelector('[part="signatory"]')!;
    const changed: Node[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => changed.push(r.target)));
    observer.observe(firstItem, { subtree: true, childList: true, characterData: true, attributes: true });
    for (let i = 0; i < 10 && el.shadowRoot!.querySelectorAll('[part="signatory"]').length < 2000; i++) await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    expect(el.shadowRoot!.querySelectorAll('[part="signatory"]').length).to.be.above(250);
    expect(changed).to.deep.equal([]);
  });
});

describe('the embed page\'s allowed sources (ICN_ALLOWED_SOURCES)', () => {
  const allowed = parseAllowedSources('https://data.example.org, https://example.org/statements/ https://example.net/statement.json');

  it('reads origins, folders and single addresses', () => {
    expect(allowed).to.deep.equal(['https://data.example.org', 'https://example.org/statements/', 'https://example.net/statement.json']);
    expect(parseAllowedSources(undefined)).to.deep.equal([]);
    expect(parseAllowedSources('  ')).to.deep.equal([]);
  });

  it('refuses an entry that is not an http(s) origin, folder or address', () => {
    for (const entry of ['example.org', 'ftp://example.org', 'https://user@example.org', 'https://example.org/?q', 'https://example.org/#f', "https://example.org/a'b", 'https://example.org/a;b']) {
      expect(() => parseAllowedSources(entry), entry).to.throw(/ICN_ALLOWED_SOURCES/);
    }
  });

  it('allows the page\'s own origin and what the list allows, nothing else', () => {
    const origin = 'https://coalition.example';
    const ok = (url: string) => isAllowedSource(new URL(url), origin, allowed);
    expect(ok('https://coalition.example/statement.json')).to.be.true;
    expect(ok('https://data.example.org/any/where.json')).to.be.true;
    expect(ok('https://example.org/statements/2026.json')).to.be.true;
    expect(ok('https://example.net/statement.json')).to.be.true;
    expect(ok('https://example.org/other/2026.json')).to.be.false;
    expect(ok('https://example.net/statement.json.evil')).to.be.false;
    expect(ok('http://data.example.org/x.json')).to.be.false;
    expect(ok('https://data.example.org.evil.example/x.json')).to.be.false;
    expect(ok('https://evil.example/statement.json')).to.be.false;
  });

  it('makes the connect-src of the Content-Security-Policy from the same list', () => {
    expect(connectSrc([])).to.equal("connect-src 'self'");
    expect(connectSrc(allowed)).to.equal("connect-src 'self' https://data.example.org https://example.org/statements/ https://example.net/statement.json");
  });
});

describe('the principles card, one principle after many', () => {
  afterEach(() => setStatementLoader());

  it('stops adding chunks once it shows a single principle', async () => {
    setStatementLoader(async () => ({ ...base, principles: Array(5000).fill('a') }) as Statement);
    const el = await fixture<IcnPrinciples>(html`<icn-principles src=${fresh('/many-principles.json')}></icn-principles>`);
    await new Promise((resolve) => el.addEventListener('icn-load', resolve, { once: true }));
    el.principle = 2;
    await el.updateComplete;
    let updates = 0;
    const count = () => (updates += 1);
    const original = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof el.requestUpdate>) => {
      count();
      return original(...args);
    };
    for (let i = 0; i < 5; i++) await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(updates).to.equal(0);
    expect(el.shadowRoot!.querySelector('blockquote')!.textContent!.trim()).to.equal('a');
  });
});
