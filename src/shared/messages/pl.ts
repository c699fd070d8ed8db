import type { Catalogue } from './types.js';

export default {
  showAllPrinciples: {
    one: 'Pokaż {n} zasadę',
    few: 'Pokaż wszystkie {n} zasady',
    many: 'Pokaż wszystkie {n} zasad',
    other: 'Pokaż wszystkie zasady ({n})',
  },
  showFewer: 'Pokaż mniej',
  principle: 'Zasada {n}',
  readStatement: 'Przeczytaj deklarację',
  downloadPdf: 'Pobierz deklarację (PDF)',
  join: 'Dołącz do sieci',
  signatories: 'Sygnatariusze',
  filterLabel: 'Filtruj sygnatariuszy',
  // "z {n}" takes the genitive: singular after 1, plural otherwise.
  count: {
    one: '{shown} z {n} sygnatariusza',
    few: '{shown} z {n} sygnatariuszy',
    many: '{shown} z {n} sygnatariuszy',
    other: '{shown} z {n} sygnatariuszy',
  },
  showAllSignatories: {
    one: 'Pokaż {n} sygnatariusza',
    few: 'Pokaż wszystkich {n} sygnatariuszy',
    many: 'Pokaż wszystkich {n} sygnatariuszy',
    other: 'Pokaż wszystkich {n} sygnatariuszy',
  },
  noMatch: 'Brak pasujących sygnatariuszy.',
  badge: '{network} jest sygnatariuszem: {title}',
  quoted: '„{title}”',
} satisfies Catalogue;
