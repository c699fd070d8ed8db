import type { Catalogue } from './types.js';

export default {
  // one: 1; few: 2–4; other: 0, 5 and more (genitive plural, so "všetkých"); many: decimals.
  showAllPrinciples: {
    one: 'Zobraziť {n} zásadu',
    few: 'Zobraziť všetky {n} zásady',
    many: 'Zobraziť všetky zásady ({n})',
    other: 'Zobraziť všetkých {n} zásad',
  },
  showFewer: 'Zobraziť menej',
  principle: 'Zásada {n}',
  readStatement: 'Prečítať vyhlásenie',
  downloadPdf: 'Stiahnuť vyhlásenie (PDF)',
  join: 'Pridať sa k sieťam',
  signatories: 'Signatári',
  filterLabel: 'Filtrovať signatárov',
  // "z {n}" takes the genitive: singular after 1 (and after a decimal), plural otherwise.
  count: {
    one: '{shown} z {n} signatára',
    few: '{shown} z {n} signatárov',
    many: '{shown} z {n} signatára',
    other: '{shown} z {n} signatárov',
  },
  // Animate accusative: the same form as the genitive.
  showAllSignatories: {
    one: 'Zobraziť {n} signatára',
    few: 'Zobraziť všetkých {n} signatárov',
    many: 'Zobraziť všetkých signatárov ({n})',
    other: 'Zobraziť všetkých {n} signatárov',
  },
  noMatch: 'Nenašiel sa žiadny signatár.',
  badge: '{network} je signatárom vyhlásenia {title}',
  quoted: '„{title}“',
} satisfies Catalogue;
