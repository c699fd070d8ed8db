import type { Catalogue } from './types.js';

export default {
  // After a number other than 1 the noun is in the partitive singular.
  showAllPrinciples: { one: 'Näytä {n} periaate', other: 'Näytä kaikki {n} periaatetta' },
  showFewer: 'Näytä vähemmän',
  principle: 'Periaate {n}',
  readStatement: 'Lue julkilausuma',
  downloadPdf: 'Lataa julkilausuma (PDF)',
  join: 'Liity verkostoihin',
  signatories: 'Allekirjoittajat',
  filterLabel: 'Suodata allekirjoittajia',
  // "Of {n} signatories, {shown}": the elative follows the total, so {shown} needs no agreement.
  count: { one: '{n} allekirjoittajasta {shown}', other: '{n} allekirjoittajasta {shown}' },
  showAllSignatories: { one: 'Näytä {n} allekirjoittaja', other: 'Näytä kaikki {n} allekirjoittajaa' },
  noMatch: 'Ei vastaavia allekirjoittajia.',
  // "… has signed the statement …": "julkilausuman" shows the case an English title cannot.
  badge: '{network} on allekirjoittanut julkilausuman {title}',
  quoted: '”{title}”',
} satisfies Catalogue;
