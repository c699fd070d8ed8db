import type { Catalogue } from './types.js';

export default {
  showAllPrinciples: { one: 'Show {n} principle', other: 'Show all {n} principles' },
  showFewer: 'Show fewer',
  principle: 'Principle {n}',
  readStatement: 'Read the statement',
  downloadPdf: 'Download the statement (PDF)',
  join: 'Join the networks',
  signatories: 'Signatories',
  filterLabel: 'Filter signatories',
  count: { one: '{shown} of {n} signatory', other: '{shown} of {n} signatories' },
  showAllSignatories: { one: 'Show {n} signatory', other: 'Show all {n} signatories' },
  noMatch: 'No signatory matches.',
  badge: '{network} is a signatory of {title}',
  quoted: '“{title}”',
} satisfies Catalogue;
