/**
 * fast-check arbitraries for test/fuzz.test.ts: hostile strings, hostile URLs, statement payloads
 * (schema-valid with hostile contents, mutated into invalid ones, or anything at all) and the
 * attribute values a member's page might hand the elements.
 */
import fc from 'fast-check';

import { LIMITS } from '../src/data/limits.js';

/** Set on `window` by any hostile payload that manages to run. */
export const PWNED = '__icnFuzzPwned';

/** Keys that reach `Object.prototype` when an object is used as a map without care. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'] as const;

/** Markup that would run, embed or restyle something if it were ever parsed as HTML. */
export const MARKUP = [
  `<img src=x onerror="window.${PWNED}=1">`,
  `<script>window.${PWNED}=1</script>`,
  '</li><li>',
  '</span></a><a href="javascript:alert(1)">',
  '<b>x</b>',
  `<svg><script>window.${PWNED}=1</script></svg>`,
  `<svg onload="window.${PWNED}=1"><path d="M0 0"/></svg>`,
  `<iframe src="javascript:window.${PWNED}=1"></iframe>`,
  '<object data="x"></object><embed src="x">',
  '<style>*{display:none}</style>',
  `<a href="javascript:window.${PWNED}=1">click</a>`,
  `"><img src=x onerror=window.${PWNED}=1>`,
  `'><script>window.${PWNED}=1</script>`,
  '<!--', '-->', '<![CDATA[', ']]>', '<template>', '<slot></slot>',
  '&lt;b&gt;', '&amp;', '&#x3C;script&#x3E;',
  '${window.' + PWNED + '=1}', '{{constructor.constructor("alert(1)")()}}',
  '{network}', '{title}', '{n}', '(download pdf)',
];

/** Bidi controls and other invisible characters. */
export const BIDI = ['\u202E', '\u202D', '\u202A', '\u202B', '\u202C', '\u2066', '\u2067', '\u2068', '\u2069', '\u200F', '\u200E', '\u061C', '\u200B', '\uFEFF', '\u00AD'];

const WHITESPACE = ['', ' ', '\t', '\n', '\r\n', '\u00A0', '\u2028', '\u3000', '\u000B', '\f'];

/** Strings that contain no non-space character (invalid as schema text). */
export const blankString: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...WHITESPACE), { maxLength: 4 })
  .map((parts) => parts.join(''));

/** A 10,000+ character string. */
const longString = fc
  .tuple(fc.string({ minLength: 1, maxLength: 6, unit: 'binary' }), fc.constantFrom(...MARKUP, ...BIDI, 'A'))
  .map(([a, b]) => {
    const piece = a + b;
    return piece.repeat(Math.ceil(10_000 / piece.length) + 1);
  });

const bidiString = fc
  .array(fc.oneof(fc.constantFrom(...BIDI), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));

/** Any string, weighted towards the ones that break renderers. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.constantFrom(...MARKUP), weight: 3 },
  { arbitrary: fc.constantFrom(...PROTO_KEYS), weight: 1 },
  { arbitrary: bidiString, weight: 2 },
  { arbitrary: blankString, weight: 1 },
  { arbitrary: longString, weight: 1 },
  {
    // Markup, bidi and plain words mixed together.
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...MARKUP, ...BIDI, ...PROTO_KEYS), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join('')),
    weight: 3,
  },
);

/** A string the schema accepts as text (it holds a non-space character), otherwise hostile. */
export const hostileText: fc.Arbitrary<string> = hostileString.map((s) => (/\S/.test(s) ? s : `${s}x`));

/** Like hostileText, without the 10k strings: for the 2,000-signatory lists. */
const shortText: fc.Arbitrary<string> = fc
  .oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...MARKUP, ...BIDI, ...PROTO_KEYS))
  .map((s) => (/\S/.test(s) ? s : `${s}x`));

/** Absolute http(s) URLs the schema must accept. */
export const goodUrl: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
  fc.constantFrom('https://example.org/', 'HTTPS://EXAMPLE.ORG/Path', 'hTtP://example.org/a?b=c#d', 'https://example.org/<b>x</b>', 'https://example.org/\u202Egpj.exe'),
);

const DANGEROUS = ['javascript:alert(1)', `javascript:window.${PWNED}=1`, 'data:text/html,<script>alert(1)</script>', 'data:image/svg+xml;base64,PHN2Zz4=', 'vbscript:msgbox(1)'];
const PREFIXES = ['', ' ', '  ', '\t', '\n', '\u0000', '\u0001', '\u001F', '\u00A0', '\uFEFF', '\u202E', ' \t\n'];

/** `javascript:`, `data:` and `vbscript:` URLs, in any case, behind white space and controls, with tabs inside. */
export const dangerousUrl: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.mixedCase(fc.constantFrom(...DANGEROUS)), fc.nat(12), fc.constantFrom('', '\t', '\n', '\r'))
  .map(([prefix, url, at, inner]) => {
    // A tab or newline inside the scheme is removed by the URL parser: `java\tscript:` is javascript:.
    const cut = Math.min(at, url.indexOf(':'));
    return prefix + url.slice(0, cut) + inner + url.slice(cut);
  });

/** Strings in URL fields: dangerous, odd, relative, valid, or anything. */
export const hostileUrl: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: dangerousUrl, weight: 5 },
  {
    arbitrary: fc.constantFrom(
      'file:///etc/passwd', 'ftp://example.org/x', 'blob:https://example.org/x', 'about:blank', 'mailto:a@example.org',
      '//evil.example/x', '/relative', 'relative', '?q', '#frag', 'http:evil', 'https:/one-slash', 'http://', 'https://',
      'https://exa mple.org', 'http://[::1', 'https://example.org:99999/', ' https://example.org/', 'https://example.org/ ',
      'https://example.org/\u0000', 'https://user:pass@example.org/', 'javascript://example.org/%0Aalert(1)',
      'HTTPS:\\\\example.org', 'http:\\\\example.org', 'https://\u202Eexample.org', 'https://例え.テスト/',
    ),
    weight: 3,
  },
  { arbitrary: goodUrl, weight: 2 },
  { arbitrary: hostileString, weight: 2 },
);

/**
 * Languages of the data: well-formed tags (the schema accepts no other), some of which Intl
 * rejects, and the prototype keys that are well-formed tags.
 */
export const langArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom('en', 'fr', 'de-CH', 'es', 'it', 'pl', 'zh-Hant-TW', 'EN', 'x-klingon', 'qaa', 'es-419'), weight: 4 },
  { arbitrary: fc.constantFrom('toString', 'valueOf'), weight: 1 },
);

/** Languages as hostile data gives them: tags, prototype keys and any text. */
export const hostileLangArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: langArb, weight: 4 },
  { arbitrary: fc.constantFrom(...PROTO_KEYS), weight: 1 },
  { arbitrary: hostileText, weight: 1 },
);

/**
 * The text cut to `max` characters (the schema's limit for its field), still holding a
 * non-space character: what a valid statement may hold there, the longest strings included.
 */
export const fits = (max: number) => (text: string) => (text.length > max ? `${text.slice(0, max - 1)}x` : text);

export interface FuzzSignatory {
  id: string;
  acronym?: string;
  name: string;
  url?: string;
}

export interface FuzzStatement {
  schemaVersion: 1;
  id: string;
  lang: string;
  title: string;
  intro: string[];
  principles: string[];
  url?: string;
  documentUrl?: string;
  joinUrl?: string;
  signatories: FuzzSignatory[];
  translations?: Record<string, { title?: string; intro?: string[]; principles?: string[] }>;
}

/** An object with own properties in order, `__proto__` included as a plain own key (as JSON.parse makes it). */
export function ownObject(entries: Iterable<readonly [string, unknown]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

interface Options {
  text: fc.Arbitrary<string>;
  url: fc.Arbitrary<string>;
  lang: fc.Arbitrary<string>;
  /** Cut each text to its field's limit (the default): every statement is then valid. */
  cut: boolean;
}

function signatoryArb({ text, url, cut }: Options, short = false): fc.Arbitrary<FuzzSignatory> {
  const t = short ? shortText : text;
  const fit = (max: number) => (cut ? t.map(fits(max)) : t);
  return fc.record(
    { id: fit(LIMITS.id), acronym: fit(LIMITS.acronym), name: fit(LIMITS.name), url },
    { requiredKeys: ['id', 'name'], noNullPrototype: true },
  );
}

/**
 * A loose identity of an id or acronym: compatibility form, no marks, format characters or white
 * space, lower case. Stricter than any rule the schema may use to call two signatories the same.
 */
function identity(value: string): string {
  return value.normalize('NFKD').replace(/[\p{M}\p{Cf}\s]/gu, '').toLowerCase();
}

/**
 * Makes ids and acronyms unique (the schema rejects a signatory that repeats another's id or
 * acronym): a repeated one gets `·N`, N its index, which no other entry's value can end with.
 */
export function uniqueSignatories(list: FuzzSignatory[]): FuzzSignatory[] {
  const seen = { id: new Set<string>(), acronym: new Set<string>() };
  return list.map((s, i) => {
    const out = { ...s };
    for (const field of ['id', 'acronym'] as const) {
      const value = out[field];
      if (value === undefined) continue;
      // Cut to leave room for the suffix: the id and acronym stay within their limits.
      if (seen[field].has(identity(value)) || value.includes('·')) out[field] = `${value.slice(0, LIMITS[field] - 6)}·${i}`;
      seen[field].add(identity(out[field]!));
    }
    return out;
  });
}

function signatoriesArb(options: Options, hugeWeight: number): fc.Arbitrary<FuzzSignatory[]> {
  const huge = fc
    .tuple(fc.array(signatoryArb(options, true), { minLength: 1, maxLength: 6 }), fc.constantFrom(2000, 2001))
    .map(([base, n]) =>
      Array.from({ length: n }, (_, i) => {
        const s = base[i % base.length];
        const cut = (value: string, max: number) => `${value.slice(0, max - 6)}·${i}`;
        return { ...s, id: cut(s.id, LIMITS.id), ...(s.acronym === undefined ? {} : { acronym: cut(s.acronym, LIMITS.acronym) }) };
      }),
    );
  return fc.oneof(
    { arbitrary: fc.array(signatoryArb(options), { maxLength: 8 }).map(uniqueSignatories), weight: 10 },
    { arbitrary: fc.constant<FuzzSignatory[]>([]), weight: 1 },
    { arbitrary: huge, weight: hugeWeight },
  );
}

function translationsArb({ text, cut }: Options) {
  // Keys are language tags (the schema accepts no other), among them prototype keys that are tags.
  const key = fc.oneof(fc.constantFrom('fr', 'de', 'fr-CA', 'EN', 'es-419', 'toString', 'valueOf'), fc.stringMatching(/^[a-z]{2,3}(-[A-Z]{2})?$/));
  const fit = (max: number) => (cut ? text.map(fits(max)) : text);
  const value = fc.record(
    {
      title: fit(LIMITS.title),
      intro: fc.array(fit(LIMITS.text), { maxLength: 3 }),
      principles: fc.array(fit(LIMITS.text), { maxLength: 10 }),
    },
    { requiredKeys: [], noNullPrototype: true },
  );
  return fc
    .uniqueArray(fc.tuple(key, value), { maxLength: 3, selector: ([k]) => k })
    .map((entries) => ownObject(entries) as FuzzStatement['translations']);
}

/** Statements of the right shape; with the defaults, every one is valid by the schema. */
export function statementArb(opts: Partial<Options> & { hugeWeight?: number } = {}): fc.Arbitrary<FuzzStatement> {
  const options: Options = { text: hostileText, url: goodUrl, lang: langArb, cut: true, ...opts };
  const { text, url, lang, cut } = options;
  const fit = (max: number) => (cut ? text.map(fits(max)) : text);
  return fc.record(
    {
      schemaVersion: fc.constant(1 as const),
      id: fit(LIMITS.id),
      lang,
      title: fit(LIMITS.title),
      intro: fc.array(fit(LIMITS.text), { maxLength: 4 }),
      principles: fc.array(fit(LIMITS.text), { minLength: 1, maxLength: 10 }),
      url,
      documentUrl: url,
      joinUrl: url,
      signatories: signatoriesArb(options, opts.hugeWeight ?? 1),
      translations: translationsArb(options),
    },
    {
      requiredKeys: ['schemaVersion', 'id', 'lang', 'title', 'intro', 'principles', 'signatories'],
      noNullPrototype: true,
    },
  );
}

/** Values of a type no field of the schema takes where a string is expected, and vice versa. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, 0, 1, -1, NaN, Infinity, true, false, 2, [], {}, [''], ['x'], { x: 'y' }),
  fc.integer(),
  fc.double(),
  fc.array(fc.string(), { minLength: 1, maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
  fc.bigInt(),
).map((value) => structuredClone(value)); // a copy each time: payloads get mutated

type Path = (string | number)[];

/** A change to a payload: `breaks` says whether the schema must reject the result. */
export type Mutation =
  | { op: 'delete'; path: Path; breaks: true }
  | { op: 'set'; path: Path; value: unknown; breaks: true; duplicate?: true }
  | { op: 'extra'; path: Path; key: string; value: unknown; breaks: false };

const REQUIRED_TOP = ['schemaVersion', 'id', 'lang', 'title', 'intro', 'principles', 'signatories'];
const TEXT_TOP = ['id', 'lang', 'title'];
const REQUIRED_SIGNATORY = ['id', 'name'];

/** Where a mutation applies, chosen against the statement it will change. */
function mutationArb(s: FuzzStatement): fc.Arbitrary<Mutation> {
  const sigIndex = s.signatories.length ? fc.nat(s.signatories.length - 1) : fc.constant(-1);
  const extraKey = fc.oneof(fc.constantFrom(...PROTO_KEYS, 'extra', 'schemaVersion2', 'logo', 'onload', 'html'), fc.string({ maxLength: 8 }));
  const extraValue = fc.oneof(hostileString, wrongType, fc.constant({ [PWNED]: true }), fc.constant(JSON.parse(`{"__proto__": {"${PWNED}": true}}`)));
  const options: fc.Arbitrary<Mutation>[] = [
    fc.constantFrom(...REQUIRED_TOP).map((key): Mutation => ({ op: 'delete', path: [key], breaks: true })),
    fc
      .tuple(fc.constantFrom(...REQUIRED_TOP, 'url', 'documentUrl', 'joinUrl', 'translations'), wrongType)
      // Leave out the values that happen to be valid: a record of objects for translations, 1, a list for a list.
      .filter(([key, value]) => !(key === 'translations' && isRecordOfObjects(value)))
      .filter(([key, value]) => !(key === 'schemaVersion' && value === 1))
      .filter(([key, value]) => !((key === 'intro' || key === 'principles' || key === 'signatories') && Array.isArray(value)))
      .map(([key, value]): Mutation => ({ op: 'set', path: [key], value, breaks: true })),
    fc.tuple(fc.constantFrom(...TEXT_TOP), blankString).map(([key, value]): Mutation => ({ op: 'set', path: [key], value, breaks: true })),
    fc.constantFrom(0, '1', 2, 1.5, null).map((value): Mutation => ({ op: 'set', path: ['schemaVersion'], value, breaks: true })),
    fc.constant<Mutation>({ op: 'set', path: ['principles'], value: [], breaks: true }),
    fc.tuple(fc.nat(s.principles.length - 1), fc.oneof(blankString, wrongType)).map(([i, value]): Mutation => ({ op: 'set', path: ['principles', i], value, breaks: true })),
    fc.tuple(extraKey, extraValue).map(([key, value]): Mutation => ({ op: 'extra', path: [], key, value, breaks: false })),
  ];
  if (s.intro.length) {
    options.push(fc.tuple(fc.nat(s.intro.length - 1), wrongType).map(([i, value]): Mutation => ({ op: 'set', path: ['intro', i], value, breaks: true })));
  }
  if (s.signatories.length) {
    options.push(
      fc.tuple(sigIndex, fc.constantFrom(...REQUIRED_SIGNATORY)).map(([i, key]): Mutation => ({ op: 'delete', path: ['signatories', i, key], breaks: true })),
      fc.tuple(sigIndex, fc.constantFrom('id', 'name', 'acronym', 'url'), wrongType).map(([i, key, value]): Mutation => ({ op: 'set', path: ['signatories', i, key], value, breaks: true })),
      fc.tuple(sigIndex, fc.constantFrom('id', 'name', 'acronym'), blankString).map(([i, key, value]): Mutation => ({ op: 'set', path: ['signatories', i, key], value, breaks: true })),
      fc.tuple(sigIndex, dangerousUrl).map(([i, value]): Mutation => ({ op: 'set', path: ['signatories', i, 'url'], value, breaks: true })),
      // A bad entry among good ones.
      fc.tuple(sigIndex, fc.oneof(wrongType, hostileString)).map(([i, value]): Mutation => ({ op: 'set', path: ['signatories', i], value, breaks: true })),
      fc.tuple(sigIndex, extraKey, extraValue).map(([i, key, value]): Mutation => ({ op: 'extra', path: ['signatories', i], key, value, breaks: false })),
    );
    // Two signatories with the same id, or the same acronym (as is, or in another case with space around).
    const withAcronym = s.signatories.flatMap((sig, i) => (sig.acronym === undefined ? [] : [i]));
    if (s.signatories.length > 1) {
      options.push(
        fc.tuple(sigIndex, sigIndex, fc.boolean()).filter(([i, j]) => i !== j).map(([i, j, loose]): Mutation => {
          const id = s.signatories[i].id;
          // Upper case only where it maps back (not ß → SS).
          const upper = id.toUpperCase().toLowerCase() === id.toLowerCase() ? id.toUpperCase() : id;
          return { op: 'set', path: ['signatories', j, 'id'], value: loose ? ` ${upper} ` : id, breaks: true, duplicate: true };
        }),
      );
    }
    if (withAcronym.length && s.signatories.length > 1) {
      options.push(
        fc.tuple(fc.constantFrom(...withAcronym), sigIndex).filter(([i, j]) => i !== j).map(([i, j]): Mutation => (
          { op: 'set', path: ['signatories', j, 'acronym'], value: s.signatories[i].acronym, breaks: true, duplicate: true }
        )),
      );
    }
  }
  for (const key of ['url', 'documentUrl', 'joinUrl'] as const) {
    options.push(dangerousUrl.map((value): Mutation => ({ op: 'set', path: [key], value, breaks: true })));
  }
  return fc.oneof(...options);
}

function isRecordOfObjects(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'object' && v !== null);
}

/** Applies mutations to a deep copy; `breaks` is whether any of them must make the schema reject it. */
export type Extra = Extract<Mutation, { op: 'extra' }>;

export function applyMutations(s: FuzzStatement, mutations: Mutation[]): { payload: unknown; breaks: boolean; extras: Extra[] } {
  const payload = structuredClone(s) as unknown as Record<string, unknown>;
  const extras: Extra[] = [];
  let breaks = false;
  for (const m of mutations) {
    if (m.op === 'extra') {
      // Unknown keys, `__proto__` among them, as own properties (what JSON.parse produces).
      const target = resolve(payload, m.path);
      if (target && typeof target === 'object' && !Object.prototype.hasOwnProperty.call(target, m.key) && !isKnownKey(m.path, m.key)) {
        Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
        extras.push(m);
      }
      continue;
    }
    const parent = resolve(payload, m.path.slice(0, -1));
    if (!parent || typeof parent !== 'object') continue;
    const key = m.path[m.path.length - 1];
    if (m.op === 'delete') delete (parent as Record<string | number, unknown>)[key];
    else (parent as Record<string | number, unknown>)[key] = m.value;
    breaks = true;
  }
  return { payload, breaks, extras };
}

const KNOWN_TOP = new Set([...REQUIRED_TOP, 'url', 'documentUrl', 'joinUrl', 'translations']);
const KNOWN_SIGNATORY = new Set(['id', 'acronym', 'name', 'url']);

function isKnownKey(path: Path, key: string): boolean {
  return path.length === 0 ? KNOWN_TOP.has(key) : KNOWN_SIGNATORY.has(key);
}

function resolve(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * A statement and up to three mutations, applied. At most one makes a duplicate: a second could
 * undo it (swapping two ids leaves none repeated).
 */
export const mutatedStatementArb = statementArb()
  .chain((s) => fc.tuple(fc.constant(s), fc.array(mutationArb(s), { minLength: 1, maxLength: 3 })))
  .map(([s, mutations]): [FuzzStatement, Mutation[]] => {
    let duplicates = 0;
    return [s, mutations.filter((m) => !(m.op === 'set' && m.duplicate) || ++duplicates === 1)];
  })
  .map(([s, mutations]) => ({ source: s, mutations, ...applyMutations(s, mutations) }));

/** JSON text with `__proto__` / `constructor` keys, parsed (so they are own properties). */
export const protoJsonArb: fc.Arbitrary<unknown> = fc
  .tuple(statementArb({ hugeWeight: 0 }), fc.constantFrom(...PROTO_KEYS), fc.constantFrom('top', 'signatory', 'translations'))
  .map(([s, key, where]) => {
    const json = JSON.stringify(s);
    const injected = `"${key}": {"${PWNED}": true, "title": "polluted", "schemaVersion": 1}, `;
    if (where === 'top') return JSON.parse(`{${injected}${json.slice(1)}`);
    if (where === 'signatory' && s.signatories.length) return JSON.parse(json.replace('"signatories":[{', `"signatories":[{${injected}`));
    return JSON.parse(json.replace(/}$/, `, "translations": {${injected}"fr": {"title": "t"}}}`));
  });

/** Anything a JSON endpoint, or a careless app, might hand the validator. */
export const anyPayloadArb: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: statementArb(), weight: 3 },
  { arbitrary: statementArb({ url: hostileUrl }), weight: 3 },
  { arbitrary: statementArb({ text: hostileString, lang: fc.oneof(langArb, blankString) }), weight: 2 },
  { arbitrary: mutatedStatementArb.map((m) => m.payload), weight: 4 },
  { arbitrary: protoJsonArb, weight: 1 },
  {
    arbitrary: fc.anything({
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withObjectString: true,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      stringUnit: 'binary',
      key: fc.oneof(fc.string(), fc.constantFrom(...PROTO_KEYS, 'schemaVersion', 'title', 'signatories')),
    }),
    weight: 2,
  },
  { arbitrary: fc.jsonValue(), weight: 1 },
);

/** Values for the elements' attributes: valid ones, near misses, numbers in odd notations, and hostile strings. */
export const attributeValue: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: hostileString, weight: 4 },
  { arbitrary: fc.constantFrom(...PROTO_KEYS), weight: 1 },
  { arbitrary: dangerousUrl, weight: 2 },
  { arbitrary: hostileUrl, weight: 1 },
  {
    arbitrary: fc.constantFrom(
      'small', 'medium', 'large', 'LARGE', ' small ', 'grid', 'list', 'inline', 'name', 'statement',
      'light', 'dark', 'auto', 'DARK', 'en', 'fr', 'fr-CA', 'de', 'es', 'it', 'pl', 'xx', 'i-klingon', '',
      'ENCC', 'encc', 'Res Artis', 'RES-ARTIS', 'Réseau Art Nouveau Network', ' IETM ',
      '0', '1', '3', '8', '9', '-1', '2.5', ' 3 ', '1e1', '0x2', '-0', '+4', 'Infinity', 'NaN', '9007199254740993', '1e400',
      'https://example.org/', 'relative', '//evil.example/',
    ),
    weight: 3,
  },
  { arbitrary: fc.integer({ min: -5, max: 3000 }).map(String), weight: 1 },
);
