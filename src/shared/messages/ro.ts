import type { Catalogue } from './types.js';

export default {
  // From 20 on (but not 101–119) a number takes "de" before its noun: 19 principii, 20 de principii.
  showAllPrinciples: {
    one: 'Afișează {n} principiu',
    few: 'Afișează toate cele {n} principii',
    other: 'Afișează toate cele {n} de principii',
  },
  showFewer: 'Afișează mai puține',
  principle: 'Principiul {n}',
  readStatement: 'Citește declarația',
  downloadPdf: 'Descarcă declarația (PDF)',
  join: 'Alătură-te rețelelor',
  signatories: 'Semnatari',
  filterLabel: 'Filtrează semnatarii',
  count: {
    one: '{shown} din {n} semnatar',
    few: '{shown} din {n} semnatari',
    other: '{shown} din {n} de semnatari',
  },
  showAllSignatories: {
    one: 'Afișează {n} semnatar',
    few: 'Afișează toți cei {n} semnatari',
    other: 'Afișează toți cei {n} de semnatari',
  },
  noMatch: 'Niciun semnatar nu corespunde.',
  badge: '{network} este semnatar al declarației {title}',
  quoted: '„{title}”',
} satisfies Catalogue;
