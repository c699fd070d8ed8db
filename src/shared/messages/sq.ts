import type { Catalogue } from './types.js';

export default {
  // "të gjitha" for the feminine plural "parimet", "të gjithë" for the masculine "nënshkruesit".
  showAllPrinciples: { one: 'Shfaq {n} parim', other: 'Shfaq të gjitha {n} parimet' },
  showFewer: 'Shfaq më pak',
  principle: 'Parimi {n}',
  readStatement: 'Lexo deklaratën',
  downloadPdf: 'Shkarko deklaratën (PDF)',
  join: 'Bashkohu me rrjetet',
  signatories: 'Nënshkruesit',
  filterLabel: 'Filtro nënshkruesit',
  // "nënshkrues" is the same in the singular and the indefinite plural.
  count: { one: '{shown} nga {n} nënshkrues', other: '{shown} nga {n} nënshkrues' },
  showAllSignatories: { one: 'Shfaq {n} nënshkrues', other: 'Shfaq të gjithë {n} nënshkruesit' },
  noMatch: 'Asnjë nënshkrues nuk përputhet.',
  badge: '{network} është nënshkrues i deklaratës {title}',
  quoted: '«{title}»',
} satisfies Catalogue;
