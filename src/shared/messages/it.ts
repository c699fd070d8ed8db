import type { Catalogue } from './types.js';

export default {
  showAllPrinciples: { one: 'Mostra {n} principio', other: 'Mostra tutti e {n} i principi' },
  showFewer: 'Mostra meno',
  principle: 'Principio {n}',
  readStatement: 'Leggi la dichiarazione',
  downloadPdf: 'Scarica la dichiarazione (PDF)',
  join: 'Unisciti alle reti',
  signatories: 'Firmatari',
  filterLabel: 'Filtra i firmatari',
  count: { one: '{shown} di {n} firmatario', other: '{shown} di {n} firmatari' },
  showAllSignatories: { one: 'Mostra {n} firmatario', other: 'Mostra tutti e {n} i firmatari' },
  noMatch: 'Nessun firmatario corrisponde.',
  badge: '{network} è firmatario di {title}',
  quoted: '«{title}»',
} satisfies Catalogue;
