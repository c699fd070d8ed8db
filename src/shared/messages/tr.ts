import type { Catalogue } from './types.js';

// A noun after a number stays singular in Turkish. No suffix is attached to a placeholder
// (its vowel harmony would depend on the number or the title).
export default {
  showAllPrinciples: { one: '{n} ilkeyi göster', other: 'Tüm {n} ilkeyi göster' },
  showFewer: 'Daha az göster',
  principle: 'İlke {n}',
  readStatement: 'Bildiriyi oku',
  downloadPdf: 'Bildiriyi indir (PDF)',
  join: 'Ağlara katıl',
  signatories: 'İmzacılar',
  filterLabel: 'İmzacıları filtrele',
  // "{n} imzacıdan {shown}": "{shown} out of {n} signatories".
  count: { one: '{n} imzacıdan {shown}', other: '{n} imzacıdan {shown}' },
  showAllSignatories: { one: '{n} imzacıyı göster', other: 'Tüm {n} imzacıyı göster' },
  noMatch: 'Eşleşen imzacı yok.',
  badge: '{network}, {title} bildirisinin imzacısıdır',
  quoted: '“{title}”',
} satisfies Catalogue;
