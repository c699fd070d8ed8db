import type { Catalogue } from './types.js';

export default {
  // A number ending in 1 (not 11) takes the singular; "zero" (0, 10–20, 30 …) and "other" the plural.
  showAllPrinciples: {
    zero: 'Rādīt visus {n} principus',
    one: 'Rādīt {n} principu',
    other: 'Rādīt visus {n} principus',
  },
  showFewer: 'Rādīt mazāk',
  principle: '{n}. princips',
  readStatement: 'Lasīt paziņojumu',
  downloadPdf: 'Lejupielādēt paziņojumu (PDF)',
  join: 'Pievienoties tīkliem',
  signatories: 'Parakstītāji',
  filterLabel: 'Filtrēt parakstītājus',
  // "no" takes the genitive in the singular and the dative in the plural.
  count: {
    zero: '{shown} no {n} parakstītājiem',
    one: '{shown} no {n} parakstītāja',
    other: '{shown} no {n} parakstītājiem',
  },
  showAllSignatories: {
    zero: 'Rādīt visus {n} parakstītājus',
    one: 'Rādīt {n} parakstītāju',
    other: 'Rādīt visus {n} parakstītājus',
  },
  noMatch: 'Neviens parakstītājs neatbilst.',
  // "… has signed the statement …": "paziņojumu" shows the case an English title cannot.
  badge: '{network} ir parakstījis paziņojumu {title}',
  quoted: '“{title}”',
} satisfies Catalogue;
