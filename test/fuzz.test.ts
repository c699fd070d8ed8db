/**
 * Property-based tests (fast-check) of the validator and the three elements against hostile data
 * and hostile attributes: markup, `javascript:` / `data:` / `vbscript:` URLs in any case and
 * behind white space, bidi controls, 10k-character strings, empty and 2,000-entry lists, wrong
 * types, missing and unknown fields, `__proto__` / `constructor` keys, valid and invalid entries
 * mixed.
 *
 * How much is generated per run of this file (numRuns below):
 * - validator: 1,000 payloads of anything + 1,000 mutated statements checked against a model of
 *   what must pass, then 2,000 URL strings + 2,000 text strings in an otherwise valid statement;
 * - rendering through a validating loader: 3 elements × 300 payloads = 900 payloads rendered;
 * - rendering with validation bypassed: 3 elements × 150 payloads = 450 payloads rendered;
 * - attributes: 3 elements × 200 runs, each setting 11 random attribute strings on mount and
 *   changing 2 afterwards (7,800 strings), and 3 elements × 100 runs with a src and 11 random
 *   attribute strings (3,300 strings) that must settle rather than update without end;
 * (plus a few hand-picked examples per property). In all, 3,350 statement payloads (1,350 of them
 * rendered, since rendering costs more than validating) and 15,100 strings per run. When every
 * property holds the file takes about 25 s in Chromium; when some fail, about as long (shrinking
 * is bounded, see `shrinkFor`).
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/define.js';
import { setStatementLoader, StatementError } from '../src/data/loader.js';
import { localize } from '../src/data/localize.js';
import { withoutPdfMarker } from '../src/data/marker.js';
import { findSignatory } from '../src/data/match.js';
import { httpUrl } from '../src/data/url.js';
import { LIMITS } from '../src/data/limits.js';
import { validateStatement, type Statement } from '../src/data/schema.js';
import { embeddedStatement } from '../src/data/statement.js';
import type { IcnErrorDetail, IcnLoadDetail } from '../src/shared/statement-element.js';
import {
  anyPayloadArb,
  attributeValue,
  dangerousUrl,
  hostileString,
  hostileUrl,
  hostileLangArb,
  mutatedStatementArb,
  protoJsonArb,
  PWNED,
  statementArb,
  blankString,
  type FuzzStatement,
} from './fuzz-arbitraries.js';

type Tag = 'icn-principles' | 'icn-badge' | 'icn-signatories';
type Attrs = Record<string, string | undefined>;
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const HTTP = /^https?:\/\//i;

/** Whether Intl takes `text` as a language tag. */
function isIntlTag(text: string): boolean {
  try {
    return Intl.getCanonicalLocales(text).length === 1;
  } catch {
    return false;
  }
}
const URL_FIELDS = ['url', 'documentUrl', 'joinUrl'] as const;

/** The only elements each component renders in its shadow root. */
const ALLOWED: Record<Tag, ReadonlySet<string>> = {
  'icn-principles': new Set(['article', 'figure', 'blockquote', 'figcaption', 'div', 'p', 'ol', 'ul', 'li', 'a', 'span', 'button']),
  'icn-badge': new Set(['a', 'span', 'cite', 'svg', 'path']),
  'icn-signatories': new Set(['div', 'label', 'input', 'p', 'ul', 'li', 'a', 'span', 'button']),
};
/** Attributes that load or run something; none may appear in a shadow root. */
const DANGEROUS_ATTRS = new Set(['src', 'srcdoc', 'srcset', 'action', 'formaction', 'xlink:href', 'style', 'background', 'poster', 'data']);

/** Abbreviates long strings, deep inside a counterexample, so a report stays readable. */
function abbreviate(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') {
    return value.length > 160 ? `${value.slice(0, 80)}…[${value.length} chars]…${value.slice(-30)}` : value;
  }
  if (Array.isArray(value)) {
    const head = value.slice(0, 12).map((v) => abbreviate(v, depth + 1));
    return value.length > 12 ? [...head, `…[${value.length} items]`] : head;
  }
  if (value && typeof value === 'object' && depth < 8 && Object.getPrototypeOf(value) === Object.prototype) {
    return ownEntries(value, depth);
  }
  return value;
}

function ownEntries(value: object, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, { value: abbreviate((value as Record<string, unknown>)[key], depth + 1), enumerable: true });
  }
  return out;
}

/** fast-check's report, with the counterexample abbreviated and the error cut to its first lines. */
function report<T>(details: fc.RunDetails<T>): void {
  if (!details.failed) return;
  const error = details.errorInstance as Error | undefined;
  const message = String(error?.message ?? error ?? '').split('\n').slice(0, 6).join('\n').slice(0, 1500);
  throw new Error(
    [
      details.interrupted && details.counterexample === null
        ? `Property interrupted after ${details.numRuns} runs (time limit)`
        : `Property failed after ${details.numRuns} runs, shrunk ${details.numShrinks} times`,
      `{ seed: ${details.seed}, path: "${details.counterexamplePath}" }`,
      `Counterexample: ${details.counterexample ? fc.stringify(abbreviate(details.counterexample)) : '(none)'}`,
      `Error: ${message}`,
    ].join('\n'),
  );
}

const REPORT = { reporter: report };

/**
 * The rendering properties each take 1–7 s when they hold. A failing one shrinks its
 * counterexample, and every shrinking step renders again (2,000-entry lists, 10k strings): the
 * shrinking stops 2 s after the first failure (`shrinkFor`), each property after 15 s and all of
 * them within 50 s of the first, so the file stays within the runner's 60 s
 * (testsFinishTimeout). A property cut short before it failed is reported as interrupted.
 */
let deadline = Date.now() + 50_000;
const timeLimit = () => ({
  interruptAfterTimeLimit: Math.max(500, Math.min(15_000, deadline - Date.now())),
  markInterruptAsFailure: true,
  ...REPORT,
});

/** Once `body` has failed, it lets every run pass after `ms`: fast-check then stops shrinking. */
function shrinkFor<A extends unknown[]>(ms: number, body: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  let failedAt: number | undefined;
  return async (...args: A) => {
    if (failedAt !== undefined && Date.now() - failedAt > ms) return;
    try {
      await body(...args);
    } catch (error) {
      failedAt ??= Date.now();
      throw error;
    }
  };
}
const SHRINK_MS = 2_000;

// ---------------------------------------------------------------------------------------------
// Uncaught errors and rejections, recorded instead of failing the page (a property checks them).

const failures: string[] = [];
let wake: (() => void) | undefined;
// Registered as capturing listeners, they run before the test runner's own (which would log each
// error again, thousands of times, while a failing property shrinks) and stop it.
const onError = (event: ErrorEvent) => {
  event.preventDefault();
  event.stopImmediatePropagation();
  failures.push(`window error: ${event.message} ${event.error?.stack ?? ''}`);
  wake?.();
};
const onRejection = (event: PromiseRejectionEvent) => {
  event.preventDefault();
  event.stopImmediatePropagation();
  const reason = event.reason as { stack?: string } | undefined;
  failures.push(`unhandled rejection: ${reason?.stack ?? String(reason)}`);
  wake?.();
};

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let counter = 0;
/** A src of its own per run, so the loader's per-URL cache never answers. */
const freshSrc = () => `https://example.org/fuzz/${Date.now()}-${++counter}.json`;

interface Mounted {
  el: Widget;
  loads: IcnLoadDetail[];
  errors: IcnErrorDetail[];
  /** Anything thrown: by the fixture, by an update, or uncaught on the page. */
  thrown: string[];
}

/**
 * More updates than any mount needs (a 2,001-signatory list arrives in 9 chunks). An element
 * that updates without end in microtasks would freeze the page and the whole test file with
 * it; past this many updates, its updates are refused and the run fails with a report.
 */
const UPDATE_LIMIT = 200;

/** Mounts `<tag ...attrs>`, listening from before it connects, and waits for icn-load (or a failure). */
async function mount(tag: Tag, attrs: Attrs, src?: string): Promise<Mounted> {
  failures.length = 0;
  const thrown: string[] = [];
  const el = document.createElement(tag) as Widget;
  const own = el as unknown as { shouldUpdate(changed: unknown): boolean };
  const shouldUpdate = own.shouldUpdate;
  let updates = 0;
  own.shouldUpdate = function (this: unknown, changed: unknown) {
    updates += 1;
    if (updates === UPDATE_LIMIT + 1) {
      thrown.unshift(`update loop: <${tag}> updated ${UPDATE_LIMIT} times without settling (in a page this spins in microtasks and freezes the tab)`);
      wake?.();
    }
    return updates <= UPDATE_LIMIT && shouldUpdate.call(this, changed);
  };
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  if (src) el.setAttribute('src', src);
  const loads: IcnLoadDetail[] = [];
  const errors: IcnErrorDetail[] = [];
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  wake = settle;
  el.addEventListener('icn-load', (e) => {
    loads.push((e as CustomEvent<IcnLoadDetail>).detail);
    settle();
  });
  el.addEventListener('icn-error', (e) => errors.push((e as CustomEvent<IcnErrorDetail>).detail));
  try {
    await fixture(el);
  } catch (error) {
    thrown.push(`fixture: ${(error as Error)?.stack ?? String(error)}`);
    settle();
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([settled, new Promise<void>((resolve) => (timer = setTimeout(resolve, 4000)))]);
  clearTimeout(timer);
  await update(el, thrown);
  await allChunks(el, thrown);
  return { el, loads, errors, thrown };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Items a signatory list puts in the DOM per frame. */
const CHUNK = 250;

/**
 * A long signatory list arrives one chunk per frame: while the list holds a whole number of
 * chunks and fewer items than the data, waits a frame (up to ~2 s) for more.
 */
async function allChunks(el: Widget, thrown: string[]): Promise<void> {
  if (el.localName !== 'icn-signatories') return;
  const total = (el as unknown as { statement: Statement }).statement.signatories.length;
  const inList = () => el.shadowRoot?.querySelector('ul')?.children.length ?? 0;
  for (let frame = 0; frame < 120 && !thrown.length; frame += 1) {
    const before = inList();
    if (before >= total || before === 0 || before % CHUNK !== 0) return;
    await nextFrame();
    await update(el, thrown);
    if (inList() === before) return;
  }
}

/** Awaits the element's pending update and lets any uncaught error surface. */
async function update(el: Widget, thrown: string[]): Promise<void> {
  try {
    await el.updateComplete;
  } catch (error) {
    thrown.push(`update: ${(error as Error)?.stack ?? String(error)}`);
  }
  await macrotask();
  thrown.push(...failures.splice(0));
}

function fail(message: string): never {
  throw new Error(message);
}

const show = (s: unknown) => {
  const text = JSON.stringify(s);
  return text && text.length > 200 ? `${text.slice(0, 200)}…` : text;
};

/** Each different error once, with the first two lines of its stack. */
function summary(thrown: string[]): string {
  return [...new Set(thrown.map((t) => t.split('\n').slice(0, 3).join('\n')))].join('\n');
}

/** Nothing thrown; exactly one icn-load. */
function checkCalm(m: Mounted): void {
  if (m.thrown.length) fail(`<${m.el.localName}> threw:\n${summary(m.thrown)}`);
  if (m.loads.length !== 1) fail(`<${m.el.localName}> fired ${m.loads.length} icn-load events`);
}

/**
 * The shadow root holds only the component's own elements, no `on…` or loading attributes,
 * and links only to http(s); the light DOM is left alone; no hostile payload ran.
 */
function checkSafeDom(el: Widget): void {
  const tag = el.localName as Tag;
  const root = el.shadowRoot ?? fail(`<${tag}> has no shadow root`);
  for (const node of root.querySelectorAll('*')) {
    if (!ALLOWED[tag].has(node.localName)) fail(`<${tag}> rendered a <${node.localName}>: ${node.outerHTML.slice(0, 200)}`);
    for (const attr of node.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) fail(`<${tag}> rendered an ${attr.name} attribute on <${node.localName}>`);
      if (DANGEROUS_ATTRS.has(name)) fail(`<${tag}> rendered a ${attr.name} attribute on <${node.localName}>`);
    }
    if (node.hasAttribute('href')) {
      const href = node.getAttribute('href')!;
      if (node.localName !== 'a') fail(`<${tag}> put an href on <${node.localName}>`);
      if (!HTTP.test(href)) fail(`<${tag}> linked to a non-http(s) URL: ${show(href)}`);
    }
  }
  for (const a of root.querySelectorAll('a')) {
    if (!HTTP.test(a.getAttribute('href') ?? '')) fail(`<${tag}> has a link without an http(s) href: ${show(a.getAttribute('href'))}`);
  }
  if (el.childElementCount !== 0) fail(`<${tag}> added light DOM children`);
  if ((window as unknown as Record<string, unknown>)[PWNED] !== undefined) fail('a hostile payload ran');
  if ((Object.prototype as Record<string, unknown>)[PWNED] !== undefined) fail('Object.prototype was polluted');
}

/** The language the element asks for, as the contract says: its own, an ancestor's, the document's, else the data's. */
function requestedLang(el: Element, statement: Statement): string {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const lang = node.getAttribute('lang')?.trim();
    if (lang) return lang;
  }
  return statement.lang;
}

function texts(nodes: Iterable<Element>): (string | null)[] {
  return [...nodes].map((n) => n.textContent);
}

function sameList(actual: unknown[], expected: unknown[], what: string): void {
  if (actual.length !== expected.length) fail(`${what}: ${actual.length} shown, ${expected.length} expected`);
  actual.forEach((a, i) => {
    if (a !== expected[i]) fail(`${what}[${i}]: shown ${show(a)}, expected ${show(expected[i])}`);
  });
}

/** A whole number in [min, max] from an attribute, as the contract reads `principle`, `limit`. */
function intAttr(value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** Lower case, accents and surrounding space removed: how `network` and `highlight` match. */
function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** The element shows `statement`'s text, verbatim, as text. */
function checkText(el: Widget, statement: Statement, attrs: Attrs): void {
  const root = el.shadowRoot!;
  const t = localize(statement, requestedLang(el, statement));
  if (el.localName === 'icn-principles') {
    const title = root.querySelector('[part~="title"]') ?? fail('no title');
    if (title.textContent !== t.title.value) fail(`title: shown ${show(title.textContent)}, expected ${show(t.title.value)}`);
    const count = t.principles.value.length;
    const only = intAttr(attrs.principle, 1, count);
    if (only !== undefined) {
      const quote = root.querySelector('blockquote[part~="principle"] p') ?? fail('no quote');
      if (quote.textContent !== t.principles.value[only - 1]) fail(`quote: shown ${show(quote.textContent)}`);
      return;
    }
    const folded = attrs.collapsed !== undefined && count > 3;
    sameList(texts([...root.querySelectorAll<HTMLElement>('li[part~="principle"]')].filter((li) => li.checkVisibility())), folded ? t.principles.value.slice(0, 3) : t.principles.value, 'principles');
    // The "(download pdf)" marker is a link with a PDF, and left out without one.
    const pdf = httpUrl(statement.documentUrl);
    sameList(texts(root.querySelectorAll('article > p')), pdf ? t.intro.value : t.intro.value.map(withoutPdfMarker), 'intro');
  } else if (el.localName === 'icn-badge') {
    const cite = root.querySelector('cite') ?? fail('no title');
    if (cite.textContent !== t.title.value) fail(`badge title: shown ${show(cite.textContent)}, expected ${show(t.title.value)}`);
    const who = root.querySelector('.who');
    const wanted = fold(attrs.network ?? '');
    const matching = wanted
      ? statement.signatories.filter((s) => [s.id, s.acronym, s.name].some((v) => v !== undefined && fold(v) === wanted))
      : [];
    if (matching.length && !who) fail(`badge: network ${show(attrs.network)} is a signatory but the badge claims nothing`);
    if (!matching.length && who) fail(`badge: network ${show(attrs.network)} is no signatory but the badge names ${show(who.textContent)}`);
    if (who && who.textContent !== (matching[0].acronym ?? matching[0].name)) fail(`badge names ${show(who.textContent)}`);
  } else {
    const all = statement.signatories;
    const limit = intAttr(attrs.limit, 1, Number.MAX_SAFE_INTEGER);
    const shownCount = limit !== undefined && all.length > limit ? limit : all.length;
    // Items the limit leaves out are either not rendered or hidden.
    const items = [...root.querySelectorAll<HTMLElement>('li[part~="signatory"]')].filter((li) => !li.hidden);
    const shown = items.map((li) => `${li.querySelector('.acronym')?.textContent ?? '∅'}|${li.querySelector('.name')?.textContent}`);
    const expected = all.map((s) => `${s.acronym || '∅'}|${s.name}`);
    if ((attrs.sort ?? '').trim().toLowerCase() === 'name') {
      if (shown.length !== shownCount) fail(`signatories: ${shown.length} shown, ${shownCount} expected`);
      const pool = new Map<string, number>();
      for (const e of expected) pool.set(e, (pool.get(e) ?? 0) + 1);
      for (const s of shown) {
        const left = pool.get(s) ?? 0;
        if (!left) fail(`signatories: ${show(s)} shown but not in the data`);
        pool.set(s, left - 1);
      }
    } else {
      // The highlighted signatory is always among those shown: past the limit, it takes the last place.
      const marked = findSignatory(all, attrs.highlight);
      const at = marked ? all.indexOf(marked) : -1;
      sameList(shown, at >= shownCount ? [...expected.slice(0, shownCount - 1), expected[at]] : expected.slice(0, shownCount), 'signatories');
    }
    if (items.filter((li) => li.hasAttribute('aria-current')).length > 1) fail('more than one signatory highlighted');
  }
}

/** The loader the real one is: validation first, a schema error on failure. */
function validatingLoader(payload: unknown): void {
  setStatementLoader(async () => {
    const result = validateStatement(payload);
    if (!result.ok) throw new StatementError('schema', result.problems[0]);
    return result.statement;
  });
}

/** Strings that a payload offers for `network` / `highlight`: its signatories' ids, acronyms, names. */
function namesIn(payload: unknown): string[] {
  const list = (payload as { signatories?: unknown } | null)?.signatories;
  if (!Array.isArray(list)) return [];
  const out: string[] = [];
  for (const s of list.slice(0, 40)) {
    if (!s || typeof s !== 'object') continue;
    for (const key of ['id', 'acronym', 'name']) {
      const v = (s as Record<string, unknown>)[key];
      if (typeof v === 'string') out.push(v);
    }
  }
  return out;
}

/** A `network` / `highlight` value: one of the payload's names (as is, or padded), or anything. */
function nameFrom(payload: unknown): fc.Arbitrary<string | undefined> {
  const names = namesIn(payload);
  const random = fc.option(attributeValue, { nil: undefined });
  if (!names.length) return random;
  return fc.oneof(
    { arbitrary: fc.constantFrom(...names), weight: 3 },
    { arbitrary: fc.constantFrom(...names).map((n) => ` ${n}\t`), weight: 1 },
    { arbitrary: random, weight: 1 },
  );
}

/** Per element, the attributes the brief fuzzes together with the payload. */
function attrsFor(tag: Tag, payload: unknown): fc.Arbitrary<Attrs> {
  if (tag === 'icn-principles') {
    return fc.record({
      collapsed: fc.constantFrom(undefined, ''),
      principle: fc.option(fc.integer({ min: -1, max: 12 }).map(String), { nil: undefined }),
    });
  }
  if (tag === 'icn-badge') {
    return fc.record({ network: nameFrom(payload), size: fc.constantFrom(undefined, 'small', 'large') });
  }
  return fc.record({
    filter: fc.constantFrom(undefined, ''),
    limit: fc.option(fc.oneof(fc.integer({ min: -1, max: 2100 }).map(String), attributeValue), { nil: undefined }),
    highlight: nameFrom(payload),
    sort: fc.constantFrom(undefined, 'statement', 'name'),
    layout: fc.constantFrom(undefined, 'grid', 'list', 'inline'),
  });
}

/** Payloads for the rendering properties: about half valid (hostile contents), half not. */
const renderPayloadArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: statementArb({ hugeWeight: 1 }), weight: 4 },
  { arbitrary: statementArb({ url: hostileUrl, hugeWeight: 0 }), weight: 2 },
  { arbitrary: mutatedStatementArb.map((m) => m.payload), weight: 3 },
  { arbitrary: protoJsonArb, weight: 1 },
  { arbitrary: fc.anything({ withNullPrototype: true, withBoxedValues: true }), weight: 1 },
);

const TAGS: Tag[] = ['icn-principles', 'icn-badge', 'icn-signatories'];

/** Hand-picked cases every run includes, whatever the seed. */
const base: FuzzStatement = {
  schemaVersion: 1,
  id: 'fuzz',
  lang: 'en',
  title: '<b>x</b> \u202Etitle\u2066',
  intro: ['<script>window.__icnFuzzPwned=1</script> (download pdf) </li><li>'],
  principles: ['<img src=x onerror=window.__icnFuzzPwned=1>', '\u200F'.repeat(3) + 'p', 'x'.repeat(LIMITS.text), '4', '5'],
  url: 'https://example.org/statement',
  documentUrl: 'https://example.org/statement.pdf',
  signatories: [
    { id: 'a', acronym: '<b>x</b>', name: '<img src=x onerror=window.__icnFuzzPwned=1>', url: 'https://example.org/a' },
    { id: '__proto__', name: 'constructor' },
    { id: 'long', name: 'N'.repeat(LIMITS.name) },
  ],
};
const hugeList = Array.from({ length: 2000 }, (_, i) => ({ id: `s${i}`, name: `<b>x</b> ${i}`, url: `https://example.org/${i}` }));
const examplePayloads: unknown[] = [
  base,
  { ...base, signatories: [] },
  { ...base, signatories: hugeList },
  { ...base, documentUrl: '  JaVaScRiPt:window.__icnFuzzPwned=1' },
  { ...base, signatories: [...base.signatories, { id: 'bad', name: 42 }] },
  { ...base, title: null },
  JSON.parse(`{"__proto__": {"title": "polluted"}, ${JSON.stringify(base).slice(1)}`),
];
const hostileBypassExamples: FuzzStatement[] = [
  {
    ...base,
    url: '  JaVaScRiPt:window.__icnFuzzPwned=1',
    documentUrl: 'data:text/html,<script>window.__icnFuzzPwned=1</script>',
    joinUrl: '\u0000vbscript:msgbox(1)',
    intro: ['see (download pdf) here'],
    signatories: [{ id: 'x', name: '<b>x</b>', acronym: '', url: 'java\tscript:window.__icnFuzzPwned=1' }],
  },
];

describe('fuzz (fast-check)', () => {
  const warn = console.warn;
  before(() => {
    deadline = Date.now() + 50_000;
    window.addEventListener('error', onError, true);
    window.addEventListener('unhandledrejection', onRejection, true);
    // Bad attributes and data warn on the console by design; thousands of those would drown the report.
    console.warn = () => {};
  });
  after(() => {
    window.removeEventListener('error', onError, true);
    window.removeEventListener('unhandledrejection', onRejection, true);
    console.warn = warn;
  });
  afterEach(() => {
    setStatementLoader();
    fixtureCleanup();
  });

  describe('validateStatement', () => {
    it('never throws on anything, and only lets http(s) URLs through (1,000 payloads)', () => {
      fc.assert(
        fc.property(anyPayloadArb, (payload) => {
          const result = validateStatement(payload);
          if (result.ok) {
            const s = result.statement;
            for (const key of URL_FIELDS) {
              if (s[key] !== undefined && !HTTP.test(s[key])) fail(`${key} let through: ${show(s[key])}`);
            }
            for (const sig of s.signatories) {
              if (sig.url !== undefined && !HTTP.test(sig.url)) fail(`signatory url let through: ${show(sig.url)}`);
            }
            for (const text of [s.id, s.lang, s.title, ...s.intro, ...s.principles]) {
              if (typeof text !== 'string' || !/\S/.test(text)) fail(`blank or non-string text let through: ${show(text)}`);
            }
          } else {
            if (!Array.isArray(result.problems) || result.problems.length === 0) fail('ok:false without problems');
            for (const p of result.problems) if (typeof p !== 'string' || !p) fail(`problem is not a sentence: ${show(p)}`);
          }
          if (result.ok !== true && result.ok !== false) fail('ok is not a boolean');
          if ((Object.prototype as Record<string, unknown>)[PWNED] !== undefined) fail('Object.prototype was polluted');
        }),
        { numRuns: 1000, ...REPORT },
      );
    });

    it('accepts every statement of the right shape, drops unknown fields, and rejects every broken one (1,000 payloads)', () => {
      fc.assert(
        fc.property(mutatedStatementArb, ({ source, payload, breaks, extras, mutations }) => {
          const result = validateStatement(payload);
          if (breaks) {
            if (result.ok) fail(`a broken payload passed, after ${show(abbreviate(mutations.filter((m) => m.breaks)))}`);
            return;
          }
          if (!result.ok) fail(`a valid payload was rejected: ${result.problems.slice(0, 3).join('; ')}`);
          // Unknown fields (also `__proto__`, `constructor`) are dropped; what is known comes through as it was,
          // but for translations under a key that would reach Object.prototype.
          const expected = structuredClone(source);
          for (const key of ['__proto__', 'constructor', 'prototype']) if (expected.translations) delete expected.translations[key];
          expect(result.statement).to.deep.equal(expected);
          for (const m of extras) {
            const target = m.path.length ? (result.statement.signatories[m.path[1] as number] as object) : result.statement;
            if (Object.prototype.hasOwnProperty.call(target, m.key)) fail(`unknown field ${show(m.key)} kept`);
          }
          if (Object.getPrototypeOf(result.statement) !== Object.prototype) fail('the output has another prototype');
        }),
        { numRuns: 1000, ...REPORT },
      );
    });

    it('takes a URL only when it is an absolute http(s) address (2,000 strings)', () => {
      const valid = validateStatement(base);
      expect(valid.ok).to.equal(true);
      fc.assert(
        fc.property(fc.oneof(hostileUrl, dangerousUrl), fc.constantFrom('url', 'documentUrl', 'joinUrl', 'signatory'), (url, where) => {
          const payload =
            where === 'signatory'
              ? { ...base, signatories: [{ id: 'x', name: 'X', url }] }
              : { ...base, [where]: url };
          const result = validateStatement(payload);
          const parses = URL.canParse(url);
          // No user name or password either: https://trusted.org@evil.example/ goes to evil.example.
          const userinfo = parses && (new URL(url).username !== '' || new URL(url).password !== '' || /^[^:]*:\/\/[^/?#\\]*@/.test(url));
          if (result.ok !== (HTTP.test(url) && parses && !userinfo && url.length <= LIMITS.url)) fail(`${where} ${show(url)}: ok is ${result.ok}`);
          // Whatever the case or the white space in front, no script or data URL passes.
          const scheme = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase();
          if (result.ok && /^(javascript|data|vbscript):/.test(scheme)) fail(`${show(url)} passed`);
        }),
        { numRuns: 2000, ...REPORT },
      );
    });

    it('takes text verbatim when it holds a non-space character within its limit, else names the field (2,000 strings)', () => {
      const max = { title: LIMITS.title, lang: LIMITS.lang, name: LIMITS.name, acronym: LIMITS.acronym, principle: LIMITS.text };
      fc.assert(
        fc.property(fc.oneof(hostileString, blankString, hostileLangArb), fc.constantFrom('title', 'lang', 'name', 'acronym', 'principle'), (text, where) => {
          const payload =
            where === 'name' || where === 'acronym'
              ? { ...base, signatories: [{ id: 'x', name: 'X', [where]: text }] }
              : where === 'principle'
                ? { ...base, principles: ['one', text] }
                : { ...base, [where]: text };
          const result = validateStatement(payload);
          const fitsLimit = /\S/.test(text) && text.length <= max[where];
          if (where === 'lang') {
            // A language tag: what Intl takes is accepted; what is accepted is subtags and hyphens.
            if (fitsLimit && isIntlTag(text) && !result.ok) fail(`lang ${show(text)} refused`);
            if (result.ok && !/^[a-z\d]{1,8}(-[a-z\d]{1,8})*$/i.test(text)) fail(`lang ${show(text)} accepted`);
          } else if (result.ok !== fitsLimit) fail(`${where} ${show(text)}: ok is ${result.ok}`);
          if (result.ok) {
            const s = result.statement;
            const got = where === 'name' || where === 'acronym' ? s.signatories[0][where] : where === 'principle' ? s.principles[1] : s[where];
            if (got !== text) fail(`${where} changed: ${show(got)} for ${show(text)}`);
          } else {
            const field = { title: 'title', lang: 'lang', name: 'signatories[0].name', acronym: 'signatories[0].acronym', principle: 'principles[1]' }[where];
            if (!result.problems.some((p) => p.startsWith(field))) fail(`problems do not name ${field}: ${result.problems.join('; ')}`);
          }
        }),
        { numRuns: 2000, ...REPORT },
      );
    });
  });

  describe('elements with a validating loader', () => {
    for (const tag of TAGS) {
      it(`<${tag}> shows valid data as text, or the embedded statement with icn-error "schema" (300 payloads)`, async function () {
        this.timeout(40_000);
        const examples = examplePayloads.map((p): [[unknown, Attrs]] => [[p, tag === 'icn-badge' ? { network: '<b>x</b>' } : tag === 'icn-signatories' ? { highlight: 'constructor', limit: '2' } : { collapsed: '' }]]);
        await fc.assert(
          fc.asyncProperty(
            renderPayloadArb.chain((payload) => fc.tuple(fc.constant(payload), attrsFor(tag, payload))),
            shrinkFor(SHRINK_MS, async ([payload, attrs]) => {
              try {
                validatingLoader(payload);
                const m = await mount(tag, attrs, freshSrc());
                checkCalm(m);
                checkSafeDom(m.el);
                const result = validateStatement(payload);
                const reasons = m.errors.map((e) => e.reason);
                if (result.ok) {
                  expect(m.loads).to.deep.equal([{ source: 'remote' }]);
                  if (reasons.some((r) => r !== 'unknown-network')) fail(`valid data, yet icn-error ${reasons.join(', ')}`);
                  checkText(m.el, result.statement, attrs);
                } else {
                  expect(m.loads).to.deep.equal([{ source: 'embedded' }]);
                  if (reasons[0] !== 'schema') fail(`invalid data, yet icn-error ${show(reasons)}`);
                  checkText(m.el, embeddedStatement, attrs);
                }
              } finally {
                fixtureCleanup();
              }
            }),
          ),
          { numRuns: 300, examples, ...timeLimit() },
        );
      });
    }
  });

  describe('elements with validation bypassed (defense in depth)', () => {
    // The right shape, hostile strings everywhere (blank ones too), hostile URL strings.
    const rawArb = statementArb({ text: hostileString, url: hostileUrl, lang: fc.oneof(hostileLangArb, blankString), hugeWeight: 1, cut: false });
    for (const tag of TAGS) {
      it(`<${tag}> renders raw strings as text and links only http(s) (150 payloads)`, async function () {
        this.timeout(40_000);
        await fc.assert(
          fc.asyncProperty(
            rawArb.chain((payload) => fc.tuple(fc.constant(payload), attrsFor(tag, payload))),
            shrinkFor(SHRINK_MS, async ([payload, attrs]) => {
              try {
                setStatementLoader(async () => payload as unknown as Statement);
                const m = await mount(tag, attrs, freshSrc());
                checkCalm(m);
                checkSafeDom(m.el);
                expect(m.loads).to.deep.equal([{ source: 'remote' }]);
                checkText(m.el, payload as unknown as Statement, attrs);
              } finally {
                fixtureCleanup();
              }
            }),
          ),
          { numRuns: 150, examples: hostileBypassExamples.map((p): [[FuzzStatement, Attrs]] => [[p, {}]]), ...timeLimit() },
        );
      });
    }
  });

  describe('random attribute strings', () => {
    const NAMES = ['network', 'highlight', 'limit', 'principle', 'heading-level', 'size', 'layout', 'theme', 'lang', 'href', 'sort'] as const;
    /** A valid statement with every kind of link, for the runs with a src. */
    const linked: FuzzStatement = {
      ...base,
      intro: ['Read it (download pdf).'],
      principles: ['one', 'two', 'three', 'four'],
      joinUrl: 'https://example.org/join',
      translations: { fr: { title: 'titre <b>x</b>', principles: ['un', 'deux', 'trois', 'quatre'] } },
    };
    // network and highlight: often a real signatory (embedded or of the remote data), else anything.
    const signatory = fc.oneof(attributeValue, fc.constantFrom(...namesIn(embeddedStatement), ...namesIn(linked)));
    const attrs = fc.record(
      Object.fromEntries(NAMES.map((n) => [n, n === 'network' || n === 'highlight' ? signatory : attributeValue])) as Record<
        (typeof NAMES)[number],
        fc.Arbitrary<string>
      >,
    );
    for (const tag of TAGS) {
      it(`<${tag}> never throws and never links outside http(s), whatever its attributes (200 runs × 13 strings)`, async function () {
        this.timeout(40_000);
        // 11 strings on mount, 2 changed after.
        const later = fc.tuple(fc.constantFrom(...NAMES), attributeValue, fc.constantFrom(...NAMES), attributeValue);
        await fc.assert(
          fc.asyncProperty(attrs, later, fc.boolean(), fc.constantFrom(undefined, ''), shrinkFor(SHRINK_MS, async (initial, [n1, v1, n2, v2], remote, flag) => {
            try {
              if (remote) setStatementLoader(async () => linked as Statement);
              const all: Attrs = { ...initial, collapsed: flag, filter: flag };
              const m = await mount(tag, all, remote ? freshSrc() : undefined);
              checkCalm(m);
              checkSafeDom(m.el);
              m.el.setAttribute(n1, v1);
              m.el.setAttribute(n2, v2);
              await update(m.el, m.thrown);
              if (m.thrown.length) fail(`<${tag}> threw after ${n1}=${show(v1)}, ${n2}=${show(v2)}:\n${summary(m.thrown)}`);
              checkSafeDom(m.el);
              if (m.errors.some((e) => e.reason !== 'unknown-network')) fail(`icn-error ${show(m.errors)}`);
            } finally {
              setStatementLoader();
              fixtureCleanup();
            }
          })),
          { numRuns: 200, ...timeLimit() },
        );
      });

      it(`<${tag}> with a src settles, whatever its attributes: no update loop (100 runs × 11 strings)`, async function () {
        this.timeout(40_000);
        await fc.assert(
          fc.asyncProperty(attrs, shrinkFor(SHRINK_MS, async (initial) => {
            try {
              setStatementLoader(async () => linked as Statement);
              const m = await mount(tag, initial, freshSrc());
              // Only the loop: other throws are the property above's business.
              const loop = m.thrown.find((t) => t.startsWith('update loop'));
              if (loop) fail(`${loop}\n${summary(m.thrown.filter((t) => t !== loop)).split('\n')[0]}`);
            } finally {
              setStatementLoader();
              fixtureCleanup();
            }
          })),
          { numRuns: 100, ...timeLimit() },
        );
      });
    }
  });
});
