import type { Catalogue } from './types.js';

export default {
  showAllPrinciples: { one: '{n} Grundsatz anzeigen', other: 'Alle {n} Grundsätze anzeigen' },
  showFewer: 'Weniger anzeigen',
  principle: 'Grundsatz {n}',
  readStatement: 'Erklärung lesen',
  downloadPdf: 'Erklärung herunterladen (PDF)',
  join: 'Den Netzwerken beitreten',
  signatories: 'Unterzeichner',
  filterLabel: 'Unterzeichner filtern',
  count: { one: '{shown} von {n} Unterzeichner', other: '{shown} von {n} Unterzeichnern' },
  showAllSignatories: { one: '{n} Unterzeichner anzeigen', other: 'Alle {n} Unterzeichner anzeigen' },
  noMatch: 'Kein Unterzeichner gefunden.',
  badge: '{network} hat unterzeichnet: {title}',
  quoted: '„{title}“',
} satisfies Catalogue;
