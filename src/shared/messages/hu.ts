import type { Catalogue } from './types.js';

export default {
  // A noun after a number stays singular. The article before a number is "a" or "az" by how the
  // number is said (a 19, az 5), so the total stands apart in brackets.
  showAllPrinciples: { one: '{n} alapelv megjelenítése', other: 'Az összes alapelv megjelenítése ({n})' },
  showFewer: 'Kevesebb megjelenítése',
  principle: '{n}. alapelv',
  readStatement: 'A nyilatkozat elolvasása',
  downloadPdf: 'A nyilatkozat letöltése (PDF)',
  join: 'Csatlakozás a hálózatokhoz',
  signatories: 'Aláírók',
  filterLabel: 'Aláírók szűrése',
  // "Of {n} signatories, {shown}": "-ból" needs no article and no agreement with {shown}.
  count: { one: '{n} aláíróból {shown}', other: '{n} aláíróból {shown}' },
  showAllSignatories: { one: '{n} aláíró megjelenítése', other: 'Az összes aláíró megjelenítése ({n})' },
  noMatch: 'Nincs egyező aláíró.',
  // "{network} signed the statement: {title}": no article before the title (a or az).
  badge: '{network} aláírta a nyilatkozatot: {title}',
  quoted: '„{title}”',
} satisfies Catalogue;
