import type { Catalogue } from './types.js';

export default {
  // "alle {n}" takes the definite plural.
  showAllPrinciples: { one: 'Vis {n} prinsipp', other: 'Vis alle {n} prinsippene' },
  showFewer: 'Vis færre',
  principle: 'Prinsipp {n}',
  readStatement: 'Les uttalelsen',
  downloadPdf: 'Last ned uttalelsen (PDF)',
  join: 'Bli med i nettverkene',
  signatories: 'Underskrivere',
  filterLabel: 'Filtrer underskrivere',
  count: { one: '{shown} av {n} underskriver', other: '{shown} av {n} underskrivere' },
  showAllSignatories: { one: 'Vis {n} underskriver', other: 'Vis alle {n} underskriverne' },
  noMatch: 'Ingen underskriver samsvarer.',
  badge: '{network} har undertegnet {title}',
  quoted: '«{title}»',
} satisfies Catalogue;
