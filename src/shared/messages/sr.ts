import type { Catalogue } from './types.js';

export default {
  // one: 1, 21, 31… (not 11); few: 2–4, 22–24… (not 12–14); other: 0, 5–20…
  // "начело" and "потписник" have the same form after 2–4 and after 5 and more.
  showAllPrinciples: {
    one: 'Прикажи {n} начело',
    few: 'Прикажи сва {n} начела',
    other: 'Прикажи свих {n} начела',
  },
  showFewer: 'Прикажи мање',
  principle: 'Начело {n}',
  readStatement: 'Прочитај изјаву',
  downloadPdf: 'Преузми изјаву (PDF)',
  join: 'Придружи се мрежама',
  signatories: 'Потписници',
  filterLabel: 'Филтрирај потписнике',
  // "од {n}" takes the genitive: "потписника" in the singular and the plural alike.
  count: {
    one: '{shown} од {n} потписника',
    few: '{shown} од {n} потписника',
    other: '{shown} од {n} потписника',
  },
  showAllSignatories: {
    one: 'Прикажи {n} потписника',
    few: 'Прикажи сва {n} потписника',
    other: 'Прикажи свих {n} потписника',
  },
  noMatch: 'Ниједан потписник се не подудара.',
  badge: '{network} је потписник изјаве {title}',
  quoted: '„{title}”',
} satisfies Catalogue;
