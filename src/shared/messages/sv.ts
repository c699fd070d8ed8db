import type { Catalogue } from './types.js';

export default {
  showAllPrinciples: { one: 'Visa {n} princip', other: 'Visa alla {n} principer' },
  showFewer: 'Visa färre',
  principle: 'Princip {n}',
  readStatement: 'Läs uttalandet',
  downloadPdf: 'Ladda ned uttalandet (PDF)',
  join: 'Gå med i nätverken',
  signatories: 'Undertecknare',
  filterLabel: 'Filtrera undertecknare',
  // "undertecknare" is the same in the singular and the plural.
  count: { one: '{shown} av {n} undertecknare', other: '{shown} av {n} undertecknare' },
  showAllSignatories: { one: 'Visa {n} undertecknare', other: 'Visa alla {n} undertecknare' },
  noMatch: 'Ingen undertecknare matchar.',
  badge: '{network} har undertecknat {title}',
  quoted: '”{title}”',
} satisfies Catalogue;
