import type { Catalogue } from './types.js';

export default {
  // By the last two digits: one 1, 101…; two 2, 102… (dual); few 3–4, 103…; other 0, 5–100…
  showAllPrinciples: {
    one: 'Prikaži {n} načelo',
    two: 'Prikaži {n} načeli',
    few: 'Prikaži vsa {n} načela',
    other: 'Prikaži vseh {n} načel',
  },
  showFewer: 'Prikaži manj',
  principle: 'Načelo {n}',
  readStatement: 'Preberi izjavo',
  downloadPdf: 'Prenesi izjavo (PDF)',
  join: 'Pridruži se mrežam',
  signatories: 'Podpisniki',
  filterLabel: 'Filtriraj podpisnike',
  // "od {n}" takes the genitive: singular after 1, otherwise the plural (dual genitive is the same).
  count: {
    one: '{shown} od {n} podpisnika',
    two: '{shown} od {n} podpisnikov',
    few: '{shown} od {n} podpisnikov',
    other: '{shown} od {n} podpisnikov',
  },
  // Accusative: animate singular like the genitive, dual "podpisnika", plural "podpisnike".
  showAllSignatories: {
    one: 'Prikaži {n} podpisnika',
    two: 'Prikaži {n} podpisnika',
    few: 'Prikaži vse {n} podpisnike',
    other: 'Prikaži vseh {n} podpisnikov',
  },
  noMatch: 'Noben podpisnik se ne ujema.',
  badge: '{network} je podpisnik izjave {title}',
  quoted: '„{title}“',
} satisfies Catalogue;
