/**
 * Every catalogue at once, for code that runs outside the elements' bundles: the build (image
 * badges, embed pages), server rendering (`icn-widgets/ssr`) and tests. The elements load each
 * catalogue on demand instead (`../i18n.ts`). Importing this module puts every catalogue at
 * hand for `msg()` and the others there.
 */
import { useCatalogues } from '../i18n.js';
import ar from './ar.js';
import bg from './bg.js';
import ca from './ca.js';
import cs from './cs.js';
import da from './da.js';
import de from './de.js';
import el from './el.js';
import en from './en.js';
import es from './es.js';
import et from './et.js';
import fi from './fi.js';
import fr from './fr.js';
import ga from './ga.js';
import hr from './hr.js';
import hu from './hu.js';
import it from './it.js';
import lt from './lt.js';
import lv from './lv.js';
import mt from './mt.js';
import nb from './nb.js';
import nl from './nl.js';
import pl from './pl.js';
import pt from './pt.js';
import ro from './ro.js';
import sk from './sk.js';
import sl from './sl.js';
import sq from './sq.js';
import sr from './sr.js';
import sv from './sv.js';
import tr from './tr.js';
import uk from './uk.js';
import type { UiLang } from './languages.js';
import type { Catalogue } from './types.js';

/** Each language's catalogue, in the order of `UI_LANGS`. */
export const catalogues: Record<UiLang, Catalogue> = {
  en,
  ar,
  bg,
  ca,
  cs,
  da,
  de,
  el,
  es,
  et,
  fi,
  fr,
  ga,
  hr,
  hu,
  it,
  lt,
  lv,
  mt,
  nb,
  nl,
  pl,
  pt,
  ro,
  sk,
  sl,
  sq,
  sr,
  sv,
  tr,
  uk,
};

useCatalogues(catalogues);
