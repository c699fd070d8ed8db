import type { Catalogue } from './types.js';

export default {
  showAllPrinciples: { one: 'Mostrar {n} princípio', many: 'Mostrar os {n} de princípios', other: 'Mostrar os {n} princípios' },
  showFewer: 'Mostrar menos',
  principle: 'Princípio {n}',
  readStatement: 'Ler a declaração',
  downloadPdf: 'Descarregar a declaração (PDF)',
  join: 'Aderir às redes',
  signatories: 'Signatários',
  filterLabel: 'Filtrar signatários',
  // `many` is round millions, which take "de": "1.000.000 de signatários".
  count: { one: '{shown} de {n} signatário', many: '{shown} de {n} de signatários', other: '{shown} de {n} signatários' },
  showAllSignatories: { one: 'Mostrar {n} signatário', many: 'Mostrar os {n} de signatários', other: 'Mostrar os {n} signatários' },
  noMatch: 'Nenhum signatário corresponde.',
  badge: '{network} subscreveu {title}',
  quoted: '«{title}»',
} satisfies Catalogue;
