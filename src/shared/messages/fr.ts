import type { Catalogue } from './types.js';

export default {
  showAllPrinciples: { one: 'Afficher {n} principe', many: 'Afficher les {n} de principes', other: 'Afficher les {n} principes' },
  showFewer: 'Afficher moins',
  principle: 'Principe {n}',
  readStatement: 'Lire la déclaration',
  downloadPdf: 'Télécharger la déclaration (PDF)',
  join: 'Rejoindre les réseaux',
  signatories: 'Signataires',
  filterLabel: 'Filtrer les signataires',
  // `many` is round millions, which take « de » : « 1 000 000 de signataires ».
  count: { one: '{shown} sur {n} signataire', many: '{shown} sur {n} de signataires', other: '{shown} sur {n} signataires' },
  showAllSignatories: { one: 'Afficher {n} signataire', many: 'Afficher les {n} de signataires', other: 'Afficher les {n} signataires' },
  noMatch: 'Aucun signataire ne correspond.',
  badge: '{network} est signataire de {title}',
  quoted: '« {title} »',
} satisfies Catalogue;
