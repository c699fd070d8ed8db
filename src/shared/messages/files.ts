/**
 * Where the build puts each catalogue but English's (`chunks/messages-<hash>/<code>.js`, see
 * build/catalogue-chunks.ts), as the pages and snippets that preload and pin one need it.
 */
import type { UiLang } from './languages.js';

/** The catalogues' folder (absolute, or relative to the page) and each file's integrity hash by language. */
export interface CatalogueFiles {
  /** `chunks/messages-<hash>/`, or a URL of it, ending with `/`. */
  dir: string;
  /** `sha384-…` by language code. */
  integrity: Partial<Record<string, string>>;
}

/**
 * `lang`'s catalogue file and its integrity hash, to preload pinned; `undefined` for English
 * (in the bundle) and for a language `files` has no hash for.
 */
export function catalogueFile(files: CatalogueFiles | undefined, lang: UiLang): { url: string; integrity: string } | undefined {
  const integrity = files?.integrity[lang];
  return lang !== 'en' && files && integrity ? { url: `${files.dir}${lang}.js`, integrity } : undefined;
}
