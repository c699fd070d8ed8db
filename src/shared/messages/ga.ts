import type { Catalogue } from './types.js';

export default {
  // A noun after a number changes with it (lenition after 2–6, eclipsis after 7–10, "déag" after
  // 11–19), which a digit cannot carry: past one, the number stands apart in brackets.
  // "aon" lenites "prionsabal" but not "sínitheoir" (no lenition of s after n).
  showAllPrinciples: {
    one: 'Taispeáin {n} phrionsabal',
    two: 'Taispeáin na prionsabail go léir ({n})',
    few: 'Taispeáin na prionsabail go léir ({n})',
    many: 'Taispeáin na prionsabail go léir ({n})',
    other: 'Taispeáin na prionsabail go léir ({n})',
  },
  showFewer: 'Taispeáin níos lú',
  principle: 'Prionsabal {n}',
  readStatement: 'Léigh an ráiteas',
  downloadPdf: 'Íoslódáil an ráiteas (PDF)',
  join: 'Bí páirteach sna líonraí',
  signatories: 'Sínitheoirí',
  filterLabel: 'Scag na sínitheoirí',
  count: {
    one: 'Sínitheoir: {shown} as {n}',
    two: 'Sínitheoirí: {shown} as {n}',
    few: 'Sínitheoirí: {shown} as {n}',
    many: 'Sínitheoirí: {shown} as {n}',
    other: 'Sínitheoirí: {shown} as {n}',
  },
  showAllSignatories: {
    one: 'Taispeáin {n} sínitheoir',
    two: 'Taispeáin na sínitheoirí go léir ({n})',
    few: 'Taispeáin na sínitheoirí go léir ({n})',
    many: 'Taispeáin na sínitheoirí go léir ({n})',
    other: 'Taispeáin na sínitheoirí go léir ({n})',
  },
  noMatch: 'Níor aimsíodh aon sínitheoir.',
  // Irish puts the verb first: "{network} signed {title}".
  badge: 'Shínigh {network} {title}',
  quoted: '“{title}”',
} satisfies Catalogue;
