/**
 * The elements' own words (buttons, labels, counts, the badge's sentence): one catalogue per
 * language in `./messages/`, plurals through `Intl.PluralRules`. `{n}`, `{shown}`,
 * `{network}` and `{title}` are filled in where they are used.
 */
import ar from './messages/ar.js';
import de from './messages/de.js';
import el from './messages/el.js';
import en from './messages/en.js';
import es from './messages/es.js';
import fr from './messages/fr.js';
import it from './messages/it.js';
import nl from './messages/nl.js';
import pl from './messages/pl.js';
import pt from './messages/pt.js';
import uk from './messages/uk.js';
import type { Catalogue, Message } from './messages/types.js';

export const catalogues = { en, fr, de, es, it, nl, pt, pl, el, uk, ar } satisfies Record<string, Catalogue>;

export type MessageKey = keyof Catalogue;
export type UiLang = keyof typeof catalogues;

/** The supported language for a BCP 47 tag (`fr-CA` → `fr`), English when there is none. */
export function uiLang(tag: string): UiLang {
  const primary = tag.toLowerCase().split('-')[0] as UiLang;
  // Own keys only: `__proto__` or `toString` must not pass for a language.
  return Object.prototype.hasOwnProperty.call(catalogues, primary) ? primary : 'en';
}

const rules = new Map<UiLang, Intl.PluralRules>();

/** The text of `message` for the number `count`: its plural category's, else `other`. */
function pick(lang: UiLang, message: Message, count: number | undefined): string {
  if (typeof message === 'string') return message;
  let plural = rules.get(lang);
  if (!plural) rules.set(lang, (plural = new Intl.PluralRules(lang)));
  return (count === undefined ? undefined : message[plural.select(count)]) ?? message.other;
}

/** A message with its `{name}` placeholders filled from `values`; the plural form follows `values.n`. */
export function msg(lang: UiLang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return fill(pick(lang, catalogues[lang][key], typeof values.n === 'number' ? values.n : undefined), values);
}

/** `text` with its `{name}` placeholders filled from `values` (others kept as they are). */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => String(values[name] ?? all));
}

/** The raw message, for callers that place rich content at a placeholder. */
export function template(lang: UiLang, key: MessageKey): string {
  return pick(lang, catalogues[lang][key], undefined);
}

/**
 * The badge's sentence in `lang` with its `{network}` and `{title}` placeholders. A title in
 * another language than `lang` (`titleLang`: it has no translation) is set off in `lang`'s
 * quotation marks, which are outside `{title}` and so outside the title's own `lang`.
 */
export function badgeTemplate(lang: UiLang, titleLang: string): string {
  const { badge, quoted } = catalogues[lang];
  return titleLang.toLowerCase().split('-')[0] === lang ? badge : badge.replace('{title}', quoted);
}
