import type { Catalogue } from './types.js';

export default {
  // one: 1, 21, 31…; few: 2–4, 22–24…; many: 0, 5–20, 25–30…
  showAllPrinciples: {
    one: 'Показати {n} принцип',
    few: 'Показати всі {n} принципи',
    many: 'Показати всі {n} принципів',
    other: 'Показати всі принципи ({n})',
  },
  showFewer: 'Показати менше',
  principle: 'Принцип {n}',
  readStatement: 'Читати заяву',
  downloadPdf: 'Завантажити заяву (PDF)',
  join: 'Приєднатися до мереж',
  signatories: 'Підписанти',
  filterLabel: 'Фільтрувати підписантів',
  // "з {n}" takes the genitive: singular after 1, 21…, plural otherwise.
  count: {
    one: '{shown} з {n} підписанта',
    few: '{shown} з {n} підписантів',
    many: '{shown} з {n} підписантів',
    other: '{shown} з {n} підписантів',
  },
  // Animate accusative: the same form as the genitive.
  showAllSignatories: {
    one: 'Показати {n} підписанта',
    few: 'Показати всіх {n} підписантів',
    many: 'Показати всіх {n} підписантів',
    other: 'Показати всіх підписантів ({n})',
  },
  noMatch: 'Немає відповідних підписантів.',
  badge: '{network} є підписантом заяви {title}',
  quoted: '«{title}»',
} satisfies Catalogue;
