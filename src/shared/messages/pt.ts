import type { Catalogue } from './types.js';

export default {
  showAllPrinciples: { one: 'Mostrar {n} princípio', other: 'Mostrar os {n} princípios' },
  showFewer: 'Mostrar menos',
  principle: 'Princípio {n}',
  readStatement: 'Ler a declaração',
  downloadPdf: 'Descarregar a declaração (PDF)',
  join: 'Aderir às redes',
  signatories: 'Signatários',
  filterLabel: 'Filtrar signatários',
  count: { one: '{shown} de {n} signatário', other: '{shown} de {n} signatários' },
  showAllSignatories: { one: 'Mostrar {n} signatário', other: 'Mostrar os {n} signatários' },
  noMatch: 'Nenhum signatário corresponde.',
  badge: '{network} subscreveu {title}',
  quoted: '«{title}»',
} satisfies Catalogue;
