import type { Catalogue } from './types.js';

export default {
  showAllPrinciples: { one: 'Mostrar {n} principio', many: 'Mostrar los {n} de principios', other: 'Mostrar los {n} principios' },
  showFewer: 'Mostrar menos',
  principle: 'Principio {n}',
  readStatement: 'Leer la declaración',
  downloadPdf: 'Descargar la declaración (PDF)',
  join: 'Unirse a las redes',
  signatories: 'Firmantes',
  filterLabel: 'Filtrar firmantes',
  // `many` is round millions, which take "de": "1.000.000 de firmantes".
  count: { one: '{shown} de {n} firmante', many: '{shown} de {n} de firmantes', other: '{shown} de {n} firmantes' },
  showAllSignatories: { one: 'Mostrar {n} firmante', many: 'Mostrar los {n} de firmantes', other: 'Mostrar los {n} firmantes' },
  noMatch: 'Ningún firmante coincide.',
  badge: '{network} es firmante de {title}',
  quoted: '«{title}»',
} satisfies Catalogue;
