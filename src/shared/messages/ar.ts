import type { Catalogue } from './types.js';

// Modern Standard Arabic. The noun after a number: 1 and 0, 100+ singular genitive (مبدأ),
// 3–10 plural genitive (مبادئ), 11–99 singular accusative (مبدأً). The dual (2) is said
// without a number, so its forms put {n} aside.
export default {
  showAllPrinciples: {
    zero: 'عرض المبادئ ({n})',
    one: 'عرض {n} مبدأ',
    two: 'عرض المبدأين ({n})',
    few: 'عرض {n} مبادئ',
    many: 'عرض {n} مبدأً',
    other: 'عرض {n} مبدأ',
  },
  showFewer: 'عرض أقل',
  principle: 'المبدأ {n}',
  readStatement: 'قراءة البيان',
  downloadPdf: 'تنزيل البيان (PDF)',
  join: 'الانضمام إلى الشبكات',
  signatories: 'الموقّعون',
  filterLabel: 'تصفية الموقّعين',
  count: {
    zero: 'الموقّعون: {shown} من {n}',
    one: '{shown} من {n} موقّع',
    two: 'الموقّعان: {shown} من {n}',
    few: '{shown} من {n} موقّعين',
    many: '{shown} من {n} موقّعًا',
    other: '{shown} من {n} موقّع',
  },
  showAllSignatories: {
    zero: 'عرض الموقّعين ({n})',
    one: 'عرض {n} موقّع',
    two: 'عرض الموقّعَين ({n})',
    few: 'عرض {n} موقّعين',
    many: 'عرض {n} موقّعًا',
    other: 'عرض {n} موقّع',
  },
  noMatch: 'لا يوجد موقّع مطابق.',
  badge: '{network} من الموقّعين على {title}',
  quoted: '«{title}»',
} satisfies Catalogue;
