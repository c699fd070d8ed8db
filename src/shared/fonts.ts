/**
 * The font stacks of the pages that frame an element (embed.html and the static embed pages),
 * where there is no host page to inherit a font from, and embed.html's `font` option. A stack is
 * only ever one of these strings, or a family name of letters, digits, spaces and hyphens put
 * in quotes before the system stack: no value of the option can add CSS.
 */

/** The named stacks `font=` takes. `system` is the default: the reader's interface font. */
export const FONT_STACKS = {
  system: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  serif: 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif',
  monospace: 'ui-monospace, "Cascadia Code", "Source Code Pro", Menlo, Consolas, "DejaVu Sans Mono", monospace',
} as const;

export type FontName = keyof typeof FONT_STACKS;

/** A font family name that `font=` accepts: letters, digits, spaces and hyphens, 1–60 of them. */
const FAMILY = /^[a-z\d][a-z\d -]{0,59}$/i;

/**
 * The CSS `font-family` value for the `font` option's raw value: a named stack (`system`,
 * `serif`, `monospace`, in any case), or one family installed on the reader's device
 * (`Fira Sans`), quoted, with the system stack after it; `undefined` for anything else.
 */
export function fontStack(raw: string): string | undefined {
  const value = raw.trim().replace(/\s+/g, ' ');
  const name = value.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(FONT_STACKS, name)) return FONT_STACKS[name as FontName];
  return FAMILY.test(value) ? `"${value}", ${FONT_STACKS.system}` : undefined;
}
