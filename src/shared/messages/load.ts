/**
 * Loads a catalogue other than English, when an element first speaks its language. Here one
 * dynamic import per language, which an app's bundler splits into chunks of its own. The
 * bundles' build replaces this module (build/catalogue-chunks.ts): there each catalogue is a
 * file `chunks/messages-<hash>/<code>.js` beside the bundle, which a snippet can pin.
 */
import type { LazyLang } from './languages.js';
import type { Catalogue } from './types.js';

const loaders: Record<LazyLang, () => Promise<{ default: Catalogue }>> = {
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  it: () => import('./it.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  pt: () => import('./pt.js'),
};

/** The module of `lang`'s catalogue (its default export). */
export const importCatalogue = (lang: LazyLang): Promise<{ default: unknown }> => loaders[lang]();
