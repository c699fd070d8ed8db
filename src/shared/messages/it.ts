import type { Catalogue } from './types.js';

export default {
  showAllPrinciples: { one: 'Mostra {n} principio', many: 'Mostra tutti i {n} di principi', other: 'Mostra tutti e {n} i principi' },
  showFewer: 'Mostra meno',
  principle: 'Principio {n}',
  readStatement: 'Leggi la dichiarazione',
  downloadPdf: 'Scarica la dichiarazione (PDF)',
  join: 'Unisciti alle reti',
  signatories: 'Firmatari',
  filterLabel: 'Filtra i firmatari',
  // `many` is round millions, which take "di": "1.000.000 di firmatari".
  count: { one: '{shown} di {n} firmatario', many: '{shown} di {n} di firmatari', other: '{shown} di {n} firmatari' },
  showAllSignatories: { one: 'Mostra {n} firmatario', many: 'Mostra tutti i {n} di firmatari', other: 'Mostra tutti e {n} i firmatari' },
  noMatch: 'Nessun firmatario corrisponde.',
  badge: '{network} è firmatario di {title}',
  quoted: '«{title}»',
} satisfies Catalogue;
