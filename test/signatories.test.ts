import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/signatories/define.js';
import type { IcnSignatories } from '../src/signatories/signatories.js';
import { setStatementLoader } from '../src/data/loader.js';
import { embeddedStatement } from '../src/data/statement.js';
import { fresh, recorder } from './helpers.js';

/** The signatories shown: the filter and the limit hide the others. */
const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="list"]:not([inert]) > [part="signatory"]')];
const names = (el: Element) => items(el).map((li) => li.querySelector('.name')!.textContent);
const input = (el: Element) => el.shadowRoot!.querySelector('input')!;
const status = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

async function typeFilter(el: IcnSignatories, text: string) {
  const field = input(el);
  field.focus();
  field.select();
  await sendKeys(text ? { type: text } : { press: 'Backspace' });
  await el.updateComplete;
}

describe('<icn-signatories>', () => {
  afterEach(() => setStatementLoader());

  it('lists all nineteen signatories in published order, acronym and name, as a grid', async () => {
    const events = recorder();
    const el = await fixture<IcnSignatories>(html`<icn-signatories @icn-load=${events.onLoad}></icn-signatories>`);
    await events.loaded();
    expect(events.loads).to.deep.equal([{ source: 'embedded' }]);
    const list = el.shadowRoot!.querySelector('[part="list"]')!;
    expect(list.localName).to.equal('ul');
    expect(list.className).to.equal('grid');
    expect(names(el)).to.deep.equal(embeddedStatement.signatories.map((s) => s.name));
    const lines = items(el).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines[0]).to.equal('ARRE – Association of European Royal Residences');
    expect(lines[7]).to.equal('Res Artis');
    expect(lines[9]).to.equal('ECA-EC – European Choral Association – Europa Cantat');
    const heading = el.shadowRoot!.querySelector('[role="heading"]')!;
    expect(heading.textContent).to.equal('Signatories');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('has list and inline layouts; a wrong layout falls back to grid', async () => {
    for (const layout of ['list', 'inline', 'columns']) {
      const el = await fixture<IcnSignatories>(html`<icn-signatories layout=${layout}></icn-signatories>`);
      expect(el.shadowRoot!.querySelector('[part="list"]')!.className).to.equal(layout === 'columns' ? 'grid' : layout);
      expect(items(el)).to.have.length(19);
      await expect(el).to.be.accessible();
    }
  });

  it('sorts by name', async () => {
    const el = await fixture<IcnSignatories>(html`<icn-signatories sort="name"></icn-signatories>`);
    const sorted = embeddedStatement.signatories.map((s) => s.name).sort((a, b) => a.localeCompare(b, 'en'));
    expect(names(el)).to.deep.equal(sorted);
    expect(names(el)[0]).to.equal('Association of European Royal Residences');
  });

  it('marks the highlighted signatory with aria-current', async () => {
    const el = await fixture<IcnSignatories>(html`<icn-signatories highlight="ietm"></icn-signatories>`);
    const current = items(el).filter((li) => li.hasAttribute('aria-current'));
    expect(current).to.have.length(1);
    expect(current[0].getAttribute('aria-current')).to.equal('true');
    expect(current[0].querySelector('.acronym')!.textContent).to.equal('IETM');
    await expect(el).to.be.accessible();
  });

  it('filters by acronym or name in a labelled field, ignoring case and accents', async () => {
    const el = await fixture<IcnSignatories>(html`<icn-signatories filter></icn-signatories>`);
    const field = input(el);
    expect(field.type).to.equal('search');
    expect(field.labels![0].textContent).to.equal('Filter signatories');
    expect(status(el)).to.equal('19 of 19 signatories');

    await typeFilter(el, 'reseau');
    expect(names(el)).to.deep.equal(['Réseau Art Nouveau Network']);
    expect(status(el)).to.equal('1 of 19 signatories');
    await expect(el).to.be.accessible();

    await typeFilter(el, 'MUSIC');
    expect(names(el)).to.deep.equal([
      'European Music Council',
      'European Union of Music Competitions for Youth',
      'International Music Council',
      'European Network for Opera, Music and Dance Education',
    ]);
    await typeFilter(el, 'encc');
    expect(names(el)).to.deep.equal(['European Network of Cultural Centres']);

    await typeFilter(el, 'zzz');
    expect(items(el)).to.have.length(0);
    expect(status(el)).to.equal('No signatory matches.');
    await expect(el).to.be.accessible();

    await typeFilter(el, '');
    expect(items(el)).to.have.length(19);
  });

  it('keeps the whole list while a query narrows it: hidden, inert and out of reach, then shown again as it was', async () => {
    const el = await fixture<IcnSignatories>(html`<icn-signatories filter limit="3"></icn-signatories>`);
    const whole = el.shadowRoot!.getElementById('list')!;
    const first = whole.querySelector('li')!;
    const reveal = () => el.shadowRoot!.querySelector('button')!;
    expect(reveal().getAttribute('aria-controls')).to.equal('list');

    await typeFilter(el, 'european');
    const matches = el.shadowRoot!.getElementById('matches')!;
    expect(matches.getAttribute('part')).to.equal('list');
    expect(matches.getAttribute('aria-labelledby')).to.equal('heading');
    expect(whole.inert).to.equal(true);
    expect(getComputedStyle(whole).contentVisibility).to.equal('hidden');
    expect(whole.getBoundingClientRect().height).to.equal(0);
    expect(first.checkVisibility()).to.equal(false);
    expect(items(el).every((li) => matches.contains(li))).to.equal(true);
    // The limit applies to the matches, and the button now controls their list.
    expect(items(el)).to.have.length(3);
    expect(status(el)).to.equal('10 of 19 signatories');
    expect(reveal().getAttribute('aria-controls')).to.equal('matches');
    reveal().click();
    await el.updateComplete;
    expect(items(el)).to.have.length(10);
    expect(names(el)).to.include('European Network of Cultural Centres');
    await expect(el).to.be.accessible();

    await typeFilter(el, '');
    expect(el.shadowRoot!.getElementById('matches')).to.equal(null);
    expect(el.shadowRoot!.getElementById('list')).to.equal(whole);
    expect(whole.querySelector('li')).to.equal(first);
    expect(whole.inert).to.equal(false);
    expect(first.checkVisibility()).to.equal(true);
    expect(items(el)).to.have.length(19);
    expect(reveal().getAttribute('aria-controls')).to.equal('list');
    await expect(el).to.be.accessible();
  });

  it('limit="N" shows N and a button that reveals the rest', async () => {
    const el = await fixture<IcnSignatories>(html`<icn-signatories limit="5"></icn-signatories>`);
    expect(items(el)).to.have.length(5);
    const reveal = el.shadowRoot!.querySelector('button')!;
    expect(reveal.textContent!.trim()).to.equal('Show all 19 signatories');
    expect(reveal.getAttribute('aria-expanded')).to.equal('false');
    expect(reveal.getAttribute('aria-controls')).to.equal('list');
    await expect(el).to.be.accessible();
    reveal.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(19);
    expect(reveal.getAttribute('aria-expanded')).to.equal('true');
  });

  it('with limit, the highlighted signatory is always among those shown, and the count stays the limit', async () => {
    const acronyms = (el: Element) => items(el).map((li) => li.querySelector('.acronym')?.textContent ?? li.querySelector('.name')!.textContent);
    const current = (el: Element) => items(el).filter((li) => li.getAttribute('aria-current') === 'true');
    // RESEO is the 19th and last signatory: the first four and it.
    const el = await fixture<IcnSignatories>(html`<icn-signatories limit="5" highlight="RESEO"></icn-signatories>`);
    expect(acronyms(el)).to.deep.equal(['ARRE', 'CAE', 'ECHO', 'EMC', 'RESEO']);
    expect(current(el).map((li) => li.querySelector('.acronym')!.textContent)).to.deep.equal(['RESEO']);
    expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Show all 19 signatories');
    await expect(el).to.be.accessible();
    // Revealed, the list is in its order again; folded, RESEO is back among the five.
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(19);
    expect(acronyms(el).at(-1)).to.equal('RESEO');
    el.shadowRoot!.querySelector('button')!.click();
    await el.updateComplete;
    expect(acronyms(el)).to.deep.equal(['ARRE', 'CAE', 'ECHO', 'EMC', 'RESEO']);
    // Already within the limit: nothing moves. A highlight changed later is followed.
    el.highlight = 'ECHO';
    await el.updateComplete;
    expect(acronyms(el)).to.deep.equal(['ARRE', 'CAE', 'ECHO', 'EMC', 'ELIA']);
    el.highlight = 'Triangle Network';
    await el.updateComplete;
    expect(names(el).at(-1)).to.equal('Triangle Network');
    expect(items(el)).to.have.length(5);
    // limit="1" shows the highlighted one alone; sorted by name, the order is the sorted one.
    const one = await fixture<IcnSignatories>(html`<icn-signatories limit="1" highlight="nemo"></icn-signatories>`);
    expect(acronyms(one)).to.deep.equal(['NEMO']);
    const sorted = await fixture<IcnSignatories>(html`<icn-signatories limit="3" sort="name" highlight="TEH"></icn-signatories>`);
    expect(names(sorted).at(-1)).to.equal('Trans Europe Halles');
    expect(items(sorted)).to.have.length(3);
  });

  it('with limit and a query, a highlighted signatory that matches is among the matches shown', async () => {
    const el = await fixture<IcnSignatories>(html`<icn-signatories filter limit="2" highlight="RESEO"></icn-signatories>`);
    await typeFilter(el, 'european');
    const shown = names(el);
    expect(shown).to.have.length(2);
    expect(shown.at(-1)).to.equal('European Network for Opera, Music and Dance Education');
    expect(items(el).at(-1)!.getAttribute('aria-current')).to.equal('true');
  });

  it('ignores a limit that is not a positive whole number, or not below the count', async () => {
    for (const limit of ['0', '-2', 'ten', '19', '40']) {
      const el = await fixture<IcnSignatories>(html`<icn-signatories limit=${limit}></icn-signatories>`);
      expect(items(el), limit).to.have.length(19);
      expect(el.shadowRoot!.querySelector('button'), limit).to.equal(null);
    }
  });

  it('heading-level sets the heading level', async () => {
    const el = await fixture<IcnSignatories>(html`<icn-signatories heading-level="3"></icn-signatories>`);
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
  });

  it('links signatories with a website, from a remote statement', async () => {
    const events = recorder();
    const el = await fixture<IcnSignatories>(
      html`<icn-signatories src=${fresh('/test/fixtures/remote-statement.json')} @icn-load=${events.onLoad}></icn-signatories>`,
    );
    await events.loaded();
    await el.updateComplete;
    expect(events.loads).to.deep.equal([{ source: 'remote' }]);
    expect(items(el).map((li) => li.querySelector('a')?.getAttribute('href') ?? null)).to.deep.equal([
      'https://example.org/test/tst',
      null,
      'https://example.org/test/alpha',
    ]);
    await expect(el).to.be.accessible();
  });

  it('falls back to the embedded list on a failing endpoint', async () => {
    const events = recorder();
    const el = await fixture<IcnSignatories>(
      html`<icn-signatories filter theme="dark" src=${fresh('/fake/malformed')} @icn-load=${events.onLoad} @icn-error=${events.onError}></icn-signatories>`,
    );
    await events.loaded();
    await el.updateComplete;
    expect(events.errors.map((e) => e.reason)).to.deep.equal(['parse']);
    expect(items(el)).to.have.length(19);
    await expect(el).to.be.accessible();
  });

  it('renders names as text and drops non-http(s) links', async () => {
    setStatementLoader(async () => ({
      ...embeddedStatement,
      signatories: [
        { id: 'x', acronym: '<i>X</i>', name: '<img src=x onerror="window.pwned=1">', url: 'javascript:window.pwned=1' },
        { id: 'y', name: 'Y', url: 'https://example.org/test/y' },
      ],
    }));
    const events = recorder();
    const el = await fixture<IcnSignatories>(html`<icn-signatories src="https://example.org/test.json" @icn-load=${events.onLoad}></icn-signatories>`);
    await events.loaded();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img, i')).to.equal(null);
    expect(names(el)[0]).to.equal('<img src=x onerror="window.pwned=1">');
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/test/y']);
  });

  it('renders a long list in chunks, one per frame, and filters it', async () => {
    const many = Array.from({ length: 1200 }, (_, i) => ({ id: `t${i}`, acronym: `T${i}`, name: `Test network ${i} (test data)` }));
    setStatementLoader(async () => ({ ...embeddedStatement, signatories: many }));
    // How many items are in the DOM when the element says it is ready (a task after the first
    // render): a chunk or two, not the whole list.
    let first = 0;
    const el = await fixture<IcnSignatories>(
      html`<icn-signatories filter layout="list" src="https://example.org/test-many.json" @icn-load=${(e: Event) => (first = items(e.target as Element).length)}></icn-signatories>`,
    );
    await waitUntil(() => first > 0, 'no icn-load', { timeout: 5000 });
    expect(first % 250).to.equal(0);
    expect(first).to.be.below(1200);
    await waitUntil(() => items(el).length === 1200, 'the whole list arrives', { timeout: 5000 });
    expect(status(el)).to.equal('1200 of 1200 signatories');
    await typeFilter(el, 'network 11');
    // "network 11", "network 110" … "network 119", "network 1100" … "network 1199".
    await waitUntil(() => items(el).length === 111, 'the filtered list', { timeout: 5000 });
    expect(status(el)).to.equal('111 of 1200 signatories');
    // A query with more matches than a chunk: the keystroke's own update puts in one chunk.
    // (Set and dispatched here: no frame passes before the assertion.)
    const field = input(el);
    field.value = 'network 1';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(items(el)).to.have.length(250);
    expect(status(el)).to.equal('311 of 1200 signatories');
    await waitUntil(() => items(el).length === 311, 'the other matches', { timeout: 5000 });
    // The whole list was kept, all of it.
    expect(el.shadowRoot!.getElementById('list')!.childElementCount).to.equal(1200);
  });

  it('follows the document’s language when an app switches it', async () => {
    const root = document.documentElement;
    const before = root.lang;
    const el = await fixture<IcnSignatories>(html`<icn-signatories filter></icn-signatories>`);
    const own = await fixture<IcnSignatories>(html`<icn-signatories lang="es"></icn-signatories>`);
    const heading = (e: Element) => e.shadowRoot!.querySelector('[role="heading"]')!.textContent;
    try {
      root.lang = 'de';
      await waitUntil(() => heading(el) === 'Unterzeichner', 'the heading follows <html lang>', { timeout: 2000 });
      expect(status(el)).to.equal('19 von 19 Unterzeichnern');
      expect(heading(own)).to.equal('Firmantes');
      root.lang = 'pl';
      await waitUntil(() => heading(el) === 'Sygnatariusze', 'and again', { timeout: 2000 });
      await expect(el).to.be.accessible();
    } finally {
      root.lang = before;
    }
  });

  it('speaks the page’s language: eight of them, with their plurals', async () => {
    // heading, field label, reveal button, count (19), count with one match, no match.
    const expected = {
      en: ['Signatories', 'Filter signatories', 'Show all 19 signatories', '19 of 19 signatories', '1 of 19 signatories', 'No signatory matches.'],
      fr: ['Signataires', 'Filtrer les signataires', 'Afficher les 19 signataires', '19 sur 19 signataires', '1 sur 19 signataires', 'Aucun signataire ne correspond.'],
      de: ['Unterzeichner', 'Unterzeichner filtern', 'Alle 19 Unterzeichner anzeigen', '19 von 19 Unterzeichnern', '1 von 19 Unterzeichnern', 'Kein Unterzeichner gefunden.'],
      es: ['Firmantes', 'Filtrar firmantes', 'Mostrar los 19 firmantes', '19 de 19 firmantes', '1 de 19 firmantes', 'Ningún firmante coincide.'],
      it: ['Firmatari', 'Filtra i firmatari', 'Mostra tutti e 19 i firmatari', '19 di 19 firmatari', '1 di 19 firmatari', 'Nessun firmatario corrisponde.'],
      nl: ['Ondertekenaars', 'Ondertekenaars filteren', 'Alle 19 ondertekenaars tonen', '19 van 19 ondertekenaars', '1 van 19 ondertekenaars', 'Geen ondertekenaar gevonden.'],
      pt: ['Signatários', 'Filtrar signatários', 'Mostrar os 19 signatários', '19 de 19 signatários', '1 de 19 signatários', 'Nenhum signatário corresponde.'],
      pl: ['Sygnatariusze', 'Filtruj sygnatariuszy', 'Pokaż wszystkich 19 sygnatariuszy', '19 z 19 sygnatariuszy', '1 z 19 sygnatariuszy', 'Brak pasujących sygnatariuszy.'],
    };
    for (const [lang, [heading, label, reveal, all, one, none]] of Object.entries(expected)) {
      const el = await fixture<IcnSignatories>(html`<icn-signatories lang=${lang} filter limit="3"></icn-signatories>`);
      const root = el.shadowRoot!;
      expect(root.querySelector('[role="heading"]')!.textContent, lang).to.equal(heading);
      expect(root.querySelector('label')!.textContent, lang).to.equal(label);
      expect(root.querySelector('button')!.textContent!.trim(), lang).to.equal(reveal);
      expect(status(el), lang).to.equal(all);
      await typeFilter(el, 'encc');
      expect(status(el), lang).to.equal(one);
      await typeFilter(el, 'zzz');
      expect(status(el), lang).to.equal(none);
      expect(root.querySelector('ul')!.getAttribute('lang')).to.equal('en');
      expect(root.querySelector('.search')!.getAttribute('lang')).to.equal(lang);
    }
  });
});
