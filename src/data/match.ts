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

/** Whether the signatory's acronym or name contains an already folded `query`. */
export function matchesQuery(signatory: Signatory, foldedQuery: string): boolean {
  return (
    fold(signatory.name).includes(foldedQuery) ||
    (signatory.acronym !== undefined && fold(signatory.acronym).includes(foldedQuery))
  );
}
