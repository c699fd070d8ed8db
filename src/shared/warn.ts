const said = new Set<string>();

/** Tells the webmaster once per page about a bad attribute value and what is used instead. */
export function warnOnce(message: string): void {
  if (said.has(message)) return;
  said.add(message);
  console.warn(`icn-widgets: ${message}`);
}

/** An attribute's value when it is one of `allowed`; else `fallback`, with a warning for a wrong value. */
export function oneOf<T extends string>(tag: string, name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === null || value === '') return fallback;
  const v = String(value).trim().toLowerCase() as T;
  if (allowed.includes(v)) return v;
  warnOnce(`<${tag} ${name}="${value}"> is not one of ${allowed.join(', ')}; using "${fallback}".`);
  return fallback;
}

/** A whole number in [min, max] from an attribute; else `fallback`, with a warning for a wrong value. */
export function intIn(tag: string, name: string, value: string | number | undefined, min: number, max: number, fallback: number | undefined): number | undefined {
  if (value === undefined || value === null || value === '') return fallback;
  const n = Number(value);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
  warnOnce(`<${tag} ${name}="${value}"> must be a whole number ${range}; ${fallback === undefined ? 'ignored' : `using ${fallback}`}.`);
  return fallback;
}
