import type { Catalogue } from './types.js';

export default {
  showAllPrinciples: { one: 'Vis {n} princip', other: 'Vis alle {n} principper' },
  showFewer: 'Vis færre',
  principle: 'Princip {n}',
  readStatement: 'Læs erklæringen',
  downloadPdf: 'Hent erklæringen (pdf)',
  join: 'Tilslut dig netværkene',
  signatories: 'Underskrivere',
  filterLabel: 'Filtrer underskrivere',
  count: { one: '{shown} af {n} underskriver', other: '{shown} af {n} underskrivere' },
  showAllSignatories: { one: 'Vis {n} underskriver', other: 'Vis alle {n} underskrivere' },
  noMatch: 'Ingen underskrivere matcher.',
  badge: '{network} har underskrevet {title}',
  quoted: '»{title}«',
} satisfies Catalogue;
