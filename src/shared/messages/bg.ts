import type { Catalogue } from './types.js';

export default {
  // After a number a masculine noun takes its counted form: 1 принцип, 2 принципа, 19 принципа.
  showAllPrinciples: { one: 'Покажи {n} принцип', other: 'Покажи всички {n} принципа' },
  showFewer: 'Покажи по-малко',
  principle: 'Принцип {n}',
  readStatement: 'Прочети декларацията',
  downloadPdf: 'Изтегли декларацията (PDF)',
  join: 'Присъедини се към мрежите',
  // „Подписали“ (those who signed) is the usual word for a statement's signatories.
  signatories: 'Подписали',
  filterLabel: 'Филтриране на подписалите',
  count: { one: '{shown} от {n} подписал', other: '{shown} от {n} подписали' },
  showAllSignatories: { one: 'Покажи {n} подписал', other: 'Покажи всички {n} подписали' },
  noMatch: 'Няма съвпадения сред подписалите.',
  // "… is among the signatories of …": no past tense, so no gender for {network}.
  badge: '{network} е сред подписалите {title}',
  quoted: '„{title}“',
} satisfies Catalogue;
