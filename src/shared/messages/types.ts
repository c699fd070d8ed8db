/**
 * A message: text with `{name}` placeholders, or one text per plural category
 * (`Intl.PluralRules`) of its `{n}`, `other` always given.
 */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

/** Every message an element shows a reader. Each language's catalogue has all of them. */
export interface Catalogue {
  /** The principles card's button while some principles are folded away: `{n}` principles in all. */
  showAllPrinciples: Message;
  /** The button that folds a card or list again. */
  showFewer: Message;
  /** The label of the one principle shown by `principle="{n}"`. */
  principle: Message;
  readStatement: Message;
  downloadPdf: Message;
  join: Message;
  /** The signatory list's heading. */
  signatories: Message;
  filterLabel: Message;
  /** The filter's status: `{shown}` of `{n}` signatories. */
  count: Message;
  showAllSignatories: Message;
  noMatch: Message;
  /** The badge's sentence; `{network}` and `{title}` are placed as rich content. */
  badge: Message;
  /**
   * `{title}` in the language's quotation marks: how the badge sets off a title that is not in
   * the UI language (it has no translation). French puts no-break spaces (U+00A0) inside « ».
   */
  quoted: Message;
}
