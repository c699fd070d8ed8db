import type { Signatory } from './schema.js';

/** Lower case without accents or surrounding space: "Réseau " → "reseau". */
export function fold(value: unknown): string {
  return String(value).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

const matchKeys = new WeakMap<Signatory, string[]>();

/** The signatory's id, acronym and name, folded once per signatory. */
function keysOf(signatory: Signatory): string[] {
  let keys = matchKeys.get(signatory);
  if (!keys) {
    keys = [signatory.id, signatory.acronym, signatory.name].filter((v) => v !== undefined).map(fold);
    matchKeys.set(signatory, keys);
  }
  return keys;
}

/**
 * The signatory whose id, acronym or name is `query`, ignoring case and accents. Each
 * signatory's keys are folded once, so asking again (each frame of a long list) costs little.
 */
export function findSignatory(signatories: readonly Signatory[], query: unknown): Signatory | undefined {
  const wanted = fold(query ?? '');
  if (!wanted) return undefined;
  return signatories.find((s) => keysOf(s).includes(wanted));
}

const searchKeys = new WeakMap<Signatory, string>();

/**
 * Whether the signatory's acronym or name contains an already folded `query`. Each
 * signatory's folded text is computed once, so a keystroke over thousands costs little.
 */
export function matchesQuery(signatory: Signatory, foldedQuery: string): boolean {
  let key = searchKeys.get(signatory);
  if (key === undefined) {
    // A line break between the two: a query (typed in one line) never spans both.
    key = `${fold(signatory.name)}\n${fold(signatory.acronym ?? '')}`;
    searchKeys.set(signatory, key);
  }
  return key.includes(foldedQuery);
}
