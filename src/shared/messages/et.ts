import type { Catalogue } from './types.js';

export default {
  // "Näita" takes a partitive object; after a number the noun is in the partitive singular.
  showAllPrinciples: { one: 'Näita {n} põhimõtet', other: 'Näita kõiki {n} põhimõtet' },
  showFewer: 'Näita vähem',
  principle: 'Põhimõte {n}',
  readStatement: 'Loe avaldust',
  downloadPdf: 'Laadi avaldus alla (PDF)',
  join: 'Liitu võrgustikega',
  signatories: 'Allkirjastajad',
  filterLabel: 'Filtreeri allkirjastajaid',
  // "Of {n} signatories, {shown}": the elative follows the total, so {shown} needs no agreement.
  count: { one: '{n} allkirjastajast {shown}', other: '{n} allkirjastajast {shown}' },
  showAllSignatories: { one: 'Näita {n} allkirjastajat', other: 'Näita kõiki {n} allkirjastajat' },
  noMatch: 'Sobivaid allkirjastajaid ei leitud.',
  // "… has signed the statement …": "avalduse" shows the case an English title cannot.
  badge: '{network} on allkirjastanud avalduse {title}',
  quoted: '„{title}“',
} satisfies Catalogue;
