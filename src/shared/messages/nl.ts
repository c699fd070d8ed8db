import type { Catalogue } from './types.js';

export default {
  showAllPrinciples: { one: '{n} principe tonen', other: 'Alle {n} principes tonen' },
  showFewer: 'Minder tonen',
  principle: 'Principe {n}',
  readStatement: 'Lees de verklaring',
  downloadPdf: 'Download de verklaring (pdf)',
  join: 'Sluit je aan bij de netwerken',
  signatories: 'Ondertekenaars',
  filterLabel: 'Ondertekenaars filteren',
  count: { one: '{shown} van {n} ondertekenaar', other: '{shown} van {n} ondertekenaars' },
  showAllSignatories: { one: '{n} ondertekenaar tonen', other: 'Alle {n} ondertekenaars tonen' },
  noMatch: 'Geen ondertekenaar gevonden.',
  badge: '{network} heeft {title} ondertekend',
  quoted: '“{title}”',
} satisfies Catalogue;
