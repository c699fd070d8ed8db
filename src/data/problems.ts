/**
 * Problems as the command line says them: one in a signatory names the network, so that a
 * person fixing the file finds it without counting, e.g. `signatories[18] (RESEO): name is
 * missing` for `signatories[18].name is missing`. Positions still count from 0, as in the JSON.
 * (Node only: the widgets' bundle says the first problem without the name, and stays small.)
 */
import { LIMITS } from './limits.js';

/** The longest network name said, in characters: every name today (54 at most) in full. */
const LABEL = 60;

/**
 * Where `field` of signatory `at` is, naming the network where the data has a name for it:
 * `signatories[18] (RESEO): name`, else `signatories[18].name`. The name is the acronym, else
 * the name, whichever is usable text and not the field in question.
 */
export function inSignatory(at: number, entry: unknown, field: string): string {
  const label = networkLabel(entry, field);
  return label === undefined ? `signatories[${at}].${field}` : `signatories[${at}] (${label}): ${field}`;
}

/** `problem` (a sentence of `validateStatement`) with its signatory named from `data`. */
export function namedProblem(problem: string, data: unknown): string {
  const match = /^signatories\[(\d+)\]\.(\w+) /.exec(problem);
  const list = (data as { signatories?: unknown } | null)?.signatories;
  if (!match || !Array.isArray(list)) return problem;
  const at = Number(match[1]);
  return `${inSignatory(at, list[at], match[2])}${problem.slice(match[0].length - 1)}`;
}

/** The acronym, else the name, of a signatory in raw data, if one is usable text other than `field`. */
function networkLabel(entry: unknown, field: string): string | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  for (const key of ['acronym', 'name'] as const) {
    const value = (entry as Record<string, unknown>)[key];
    if (key === field || typeof value !== 'string' || value.length > LIMITS[key]) continue;
    const label = value.replace(/\s+/g, ' ').trim();
    if (label) return label.length > LABEL ? `${label.slice(0, LABEL)}…` : label;
  }
  return undefined;
}
