import type { Signatory } from './schema.js';

/** Lower case without accents or surrounding space: "Réseau " → "reseau". */
export function fold(value: unknown): string {
  return String(value).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** The signatory whose id, acronym or name is `query`, ignoring case and accents. */
export function findSignatory(signatories: readonly Signatory[], query: unknown): Signatory | undefined {
  const wanted = fold(query ?? '');
  if (!wanted) return undefined;
  return signatories.find((s) => [s.id, s.acronym, s.name].some((v) => v !== undefined && fold(v) === wanted));
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
