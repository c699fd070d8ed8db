import type { Catalogue } from './types.js';

export default {
  // 1, 21 … principą (accusative singular); 2–9, 22–29 … principus; 10–20, 30 … take the genitive
  // plural, which "visus" does not agree with, so the total stands apart; "many" is for decimals.
  showAllPrinciples: {
    one: 'Rodyti {n} principą',
    few: 'Rodyti visus {n} principus',
    many: 'Rodyti visus principus ({n})',
    other: 'Rodyti visus principus ({n})',
  },
  showFewer: 'Rodyti mažiau',
  principle: 'Principas {n}',
  readStatement: 'Skaityti pareiškimą',
  downloadPdf: 'Atsisiųsti pareiškimą (PDF)',
  join: 'Prisijungti prie tinklų',
  signatories: 'Signatarai',
  filterLabel: 'Filtruoti signatarus',
  // "iš" takes the genitive: singular after 1, 21 … and a decimal, plural otherwise.
  count: {
    one: '{shown} iš {n} signataro',
    few: '{shown} iš {n} signatarų',
    many: '{shown} iš {n} signataro',
    other: '{shown} iš {n} signatarų',
  },
  showAllSignatories: {
    one: 'Rodyti {n} signatarą',
    few: 'Rodyti visus {n} signatarus',
    many: 'Rodyti visus signatarus ({n})',
    other: 'Rodyti visus signatarus ({n})',
  },
  noMatch: 'Nerasta atitinkančių signatarų.',
  // "{network} signed the statement {title}": "pareiškimą" shows the case an English title cannot.
  badge: '{network} pasirašė pareiškimą {title}',
  quoted: '„{title}“',
} satisfies Catalogue;
