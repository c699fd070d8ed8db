import type { Catalogue } from './types.js';

export default {
  showAllPrinciples: { one: 'Mostrar {n} principio', other: 'Mostrar los {n} principios' },
  showFewer: 'Mostrar menos',
  principle: 'Principio {n}',
  readStatement: 'Leer la declaración',
  downloadPdf: 'Descargar la declaración (PDF)',
  join: 'Unirse a las redes',
  signatories: 'Firmantes',
  filterLabel: 'Filtrar firmantes',
  count: { one: '{shown} de {n} firmante', other: '{shown} de {n} firmantes' },
  showAllSignatories: { one: 'Mostrar {n} firmante', other: 'Mostrar los {n} firmantes' },
  noMatch: 'Ningún firmante coincide.',
  badge: '{network} es firmante de {title}',
  quoted: '«{title}»',
} satisfies Catalogue;
