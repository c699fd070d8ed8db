import type { Catalogue } from './types.js';

export default {
  // With the article a number changes its form ("t-tliet", "il-ħamsa"), so past one the total
  // stands apart in brackets.
  showAllPrinciples: {
    one: 'Uri {n} prinċipju',
    two: 'Uri l-prinċipji kollha ({n})',
    few: 'Uri l-prinċipji kollha ({n})',
    many: 'Uri l-prinċipji kollha ({n})',
    other: 'Uri l-prinċipji kollha ({n})',
  },
  showFewer: 'Uri inqas',
  principle: 'Prinċipju {n}',
  readStatement: 'Aqra d-dikjarazzjoni',
  downloadPdf: 'Niżżel id-dikjarazzjoni (PDF)',
  join: 'Ingħaqad man-netwerks',
  signatories: 'Firmatarji',
  filterLabel: 'Iffiltra l-firmatarji',
  // 2–10 (and 0) take the plural; 11–19 add "-il" and the singular ("19-il firmatarju");
  // 20 and more take the singular.
  count: {
    one: '{shown} minn {n} firmatarju',
    two: '{shown} minn {n} firmatarji',
    few: '{shown} minn {n} firmatarji',
    many: '{shown} minn {n}-il firmatarju',
    other: '{shown} minn {n} firmatarju',
  },
  showAllSignatories: {
    one: 'Uri {n} firmatarju',
    two: 'Uri l-firmatarji kollha ({n})',
    few: 'Uri l-firmatarji kollha ({n})',
    many: 'Uri l-firmatarji kollha ({n})',
    other: 'Uri l-firmatarji kollha ({n})',
  },
  noMatch: 'L-ebda firmatarju ma jaqbel.',
  badge: '{network} huwa firmatarju ta’ {title}',
  quoted: '“{title}”',
} satisfies Catalogue;
