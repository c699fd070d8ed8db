import type { Catalogue } from './types.js';

export default {
  // 1 zásada, 2–4 zásady, 5 and more zásad ("všech" + genitive); "many" is for decimals only.
  showAllPrinciples: {
    one: 'Zobrazit {n} zásadu',
    few: 'Zobrazit všechny {n} zásady',
    many: 'Zobrazit všechny zásady ({n})',
    other: 'Zobrazit všech {n} zásad',
  },
  showFewer: 'Zobrazit méně',
  principle: 'Zásada {n}',
  readStatement: 'Přečíst prohlášení',
  downloadPdf: 'Stáhnout prohlášení (PDF)',
  join: 'Připojit se k sítím',
  signatories: 'Signatáři',
  filterLabel: 'Filtrovat signatáře',
  // "z {n}" takes the genitive: singular after 1 (and a decimal), plural otherwise.
  count: {
    one: '{shown} z {n} signatáře',
    few: '{shown} z {n} signatářů',
    many: '{shown} z {n} signatáře',
    other: '{shown} z {n} signatářů',
  },
  showAllSignatories: {
    one: 'Zobrazit {n} signatáře',
    few: 'Zobrazit všechny {n} signatáře',
    many: 'Zobrazit všechny signatáře ({n})',
    other: 'Zobrazit všech {n} signatářů',
  },
  noMatch: 'Filtru neodpovídá žádný signatář.',
  // "prohlášení" carries the genitive that an English title in quotation marks cannot show.
  badge: '{network} je signatářem prohlášení {title}',
  quoted: '„{title}“',
} satisfies Catalogue;
