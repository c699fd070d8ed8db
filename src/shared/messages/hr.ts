import type { Catalogue } from './types.js';

export default {
  // 1, 21 … načelo; 2–4, 22–24 … sva … načela; otherwise svih … načela (genitive plural).
  showAllPrinciples: {
    one: 'Prikaži {n} načelo',
    few: 'Prikaži sva {n} načela',
    other: 'Prikaži svih {n} načela',
  },
  showFewer: 'Prikaži manje',
  principle: 'Načelo {n}',
  readStatement: 'Pročitaj izjavu',
  downloadPdf: 'Preuzmi izjavu (PDF)',
  join: 'Pridruži se mrežama',
  signatories: 'Potpisnici',
  filterLabel: 'Filtriraj potpisnike',
  // "od" takes the genitive, "potpisnika" in the singular and the plural alike.
  count: {
    one: '{shown} od {n} potpisnika',
    few: '{shown} od {n} potpisnika',
    other: '{shown} od {n} potpisnika',
  },
  showAllSignatories: {
    one: 'Prikaži {n} potpisnika',
    few: 'Prikaži sva {n} potpisnika',
    other: 'Prikaži svih {n} potpisnika',
  },
  noMatch: 'Nema odgovarajućih potpisnika.',
  // "izjave" carries the genitive that an English title in quotation marks cannot show.
  badge: '{network} je potpisnik izjave {title}',
  quoted: '„{title}“',
} satisfies Catalogue;
