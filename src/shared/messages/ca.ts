import type { Catalogue } from './types.js';

export default {
  // many: round millions (1.000.000), read "un milió de…", so "de" before the noun.
  showAllPrinciples: {
    one: 'Mostra {n} principi',
    many: 'Mostra els {n} de principis',
    other: 'Mostra els {n} principis',
  },
  showFewer: 'Mostra’n menys',
  principle: 'Principi {n}',
  readStatement: 'Llegeix la declaració',
  downloadPdf: 'Baixa la declaració (PDF)',
  join: 'Uneix-te a les xarxes',
  signatories: 'Signataris',
  filterLabel: 'Filtra els signataris',
  count: {
    one: '{shown} de {n} signatari',
    many: '{shown} de {n} de signataris',
    other: '{shown} de {n} signataris',
  },
  showAllSignatories: {
    one: 'Mostra {n} signatari',
    many: 'Mostra els {n} de signataris',
    other: 'Mostra els {n} signataris',
  },
  noMatch: 'Cap signatari no coincideix.',
  badge: '{network} és signatari de {title}',
  quoted: '«{title}»',
} satisfies Catalogue;
