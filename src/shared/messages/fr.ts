import type { Catalogue } from './types.js';

export default {
  showAllPrinciples: { one: 'Afficher {n} principe', other: 'Afficher les {n} principes' },
  showFewer: 'Afficher moins',
  principle: 'Principe {n}',
  readStatement: 'Lire la déclaration',
  downloadPdf: 'Télécharger la déclaration (PDF)',
  join: 'Rejoindre les réseaux',
  signatories: 'Signataires',
  filterLabel: 'Filtrer les signataires',
  count: { one: '{shown} sur {n} signataire', other: '{shown} sur {n} signataires' },
  showAllSignatories: { one: 'Afficher {n} signataire', other: 'Afficher les {n} signataires' },
  noMatch: 'Aucun signataire ne correspond.',
  badge: '{network} est signataire de {title}',
  quoted: '« {title} »',
} satisfies Catalogue;
