/**
 * The elements' own words (buttons, labels, counts, the badge's sentence): one catalogue per
 * language in `./messages/`, plurals through `Intl.PluralRules`. `{n}`, `{shown}`,
 * `{network}` and `{title}` are filled in where they are used.
 *
 * English is always here; another language's catalogue is loaded the first time an element
 * speaks it (`loadCatalogue`), and until then, or if it cannot be loaded, the words are English.
 */
import en from './messages/en.js';
import { catalogueLang, type LazyLang, type UiLang } from './messages/languages.js';
import { importCatalogue } from './messages/load.js';
import type { Catalogue, Message } from './messages/types.js';
import { warnOnce } from './warn.js';

export { catalogueLang };
export type { UiLang };
export type MessageKey = keyof Catalogue;

/** The catalogues at hand: English, and each one loaded (or given with `useCatalogues`). */
const loaded = new Map<UiLang, Catalogue>([['en', en]]);
/** Each load started, by language: settled once the catalogue is in `loaded` or has failed. */
const loads = new Map<UiLang, Promise<void>>();
const failed = new Set<UiLang>();

/** The language the words for `tag` are in now: its catalogue's once loaded, else English. */
export function uiLang(tag: string): UiLang {
  const lang = catalogueLang(tag);
  return loaded.has(lang) ? lang : 'en';
}

/** Whether `lang`'s words are settled: its catalogue is here, or could not be loaded (English is used). */
export function catalogueSettled(lang: UiLang): boolean {
  return loaded.has(lang) || failed.has(lang);
}

/**
 * Loads `lang`'s catalogue, once per page however many elements ask. Never rejects: a catalogue
 * that cannot be loaded (offline, blocked, refused by its integrity hash) is reported on the
 * console once, and the words stay English. A message missing from a catalogue is English too.
 */
export function loadCatalogue(lang: UiLang): Promise<void> {
  if (loaded.has(lang)) return Promise.resolve();
  let load = loads.get(lang);
  if (!load) {
    load = importCatalogue(lang as LazyLang).then(
      (module) => void loaded.set(lang, Object(module.default) as Catalogue),
      (error: unknown) => {
        failed.add(lang);
        warnOnce(`the words in "${lang}" could not be loaded (${String(error)}); they are shown in English.`);
      },
    );
    loads.set(lang, load);
  }
  return load;
}

/** Makes catalogues at hand without loading them: for server rendering, which cannot wait. */
export function useCatalogues(catalogues: Partial<Record<UiLang, Catalogue>>): void {
  for (const [lang, catalogue] of Object.entries(catalogues)) if (catalogue) loaded.set(lang as UiLang, catalogue);
}

/** `key`'s message in `lang` when its catalogue is at hand and has it, else in English. */
const message = (lang: UiLang, key: MessageKey): Message => loaded.get(lang)?.[key] ?? en[key];

const rules = new Map<UiLang, Intl.PluralRules>();

/** The text of `message` for the number `count`: its plural category's, else `other`. */
function pick(lang: UiLang, message: Message, count: number | undefined): string {
  if (typeof message === 'string') return message;
  let plural = rules.get(lang);
  if (!plural) rules.set(lang, (plural = new Intl.PluralRules(lang)));
  return (count === undefined ? undefined : message[plural.select(count)]) ?? message.other;
}

/**
 * A message with its `{name}` placeholders filled from `values`; the plural form follows
 * `values.n`. In `lang` when its catalogue is at hand, else in English.
 */
export function msg(lang: UiLang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return fill(pick(lang, message(lang, key), typeof values.n === 'number' ? values.n : undefined), values);
}

/** `text` with its `{name}` placeholders filled from `values` (others kept as they are). */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => String(values[name] ?? all));
}

/** The raw message, for callers that place rich content at a placeholder. */
export function template(lang: UiLang, key: MessageKey): string {
  return pick(lang, message(lang, key), undefined);
}

/**
 * The badge's sentence in `lang` with its `{network}` and `{title}` placeholders. A title in
 * another language than `lang` (`titleLang`: it has no translation) is set off in `lang`'s
 * quotation marks, which are outside `{title}` and so outside the title's own `lang`.
 */
export function badgeTemplate(lang: UiLang, titleLang: string): string {
  const badge = template(lang, 'badge');
  return titleLang.toLowerCase().split('-')[0] === lang ? badge : badge.replace('{title}', template(lang, 'quoted'));
}
