/**
 * Every catalogue at once, for code that runs outside the elements' bundles: the build (image
 * badges, embed pages), server rendering (`icn-widgets/ssr`) and tests. The elements load each
 * catalogue on demand instead (`../i18n.ts`). Importing this module puts every catalogue at
 * hand for `msg()` and the others there.
 */
import { useCatalogues } from '../i18n.js';
import de from './de.js';
import en from './en.js';
import es from './es.js';
import fr from './fr.js';
import it from './it.js';
import nl from './nl.js';
import pl from './pl.js';
import pt from './pt.js';
import type { UiLang } from './languages.js';
import type { Catalogue } from './types.js';

/** Each language's catalogue, in the order of `UI_LANGS`. */
export const catalogues: Record<UiLang, Catalogue> = { en, de, es, fr, it, nl, pl, pt };

useCatalogues(catalogues);
