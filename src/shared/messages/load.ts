/**
 * Loads a catalogue other than English, when an element first speaks its language. Here one
 * dynamic import per language, which an app's bundler splits into chunks of its own. The
 * bundles' build replaces this module (build/catalogue-chunks.ts): there each catalogue is a
 * file `chunks/messages-<hash>/<code>.js` beside the bundle, which a snippet can pin.
 */
import type { LazyLang } from './languages.js';
import type { Catalogue } from './types.js';

const loaders: Record<LazyLang, () => Promise<{ default: Catalogue }>> = {
  ar: () => import('./ar.js'),
  bg: () => import('./bg.js'),
  ca: () => import('./ca.js'),
  cs: () => import('./cs.js'),
  da: () => import('./da.js'),
  de: () => import('./de.js'),
  el: () => import('./el.js'),
  es: () => import('./es.js'),
  et: () => import('./et.js'),
  fi: () => import('./fi.js'),
  fr: () => import('./fr.js'),
  ga: () => import('./ga.js'),
  hr: () => import('./hr.js'),
  hu: () => import('./hu.js'),
  it: () => import('./it.js'),
  lt: () => import('./lt.js'),
  lv: () => import('./lv.js'),
  mt: () => import('./mt.js'),
  nb: () => import('./nb.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  pt: () => import('./pt.js'),
  ro: () => import('./ro.js'),
  sk: () => import('./sk.js'),
  sl: () => import('./sl.js'),
  sq: () => import('./sq.js'),
  sr: () => import('./sr.js'),
  sv: () => import('./sv.js'),
  tr: () => import('./tr.js'),
  uk: () => import('./uk.js'),
};

/** The module of `lang`'s catalogue (its default export). */
export const importCatalogue = (lang: LazyLang): Promise<{ default: unknown }> => loaders[lang]();
