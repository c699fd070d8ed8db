import type { Catalogue } from './types.js';

export default {
  // "και των {n}": all {n} of them, in the genitive after "Εμφάνιση".
  showAllPrinciples: { one: 'Εμφάνιση {n} αρχής', other: 'Εμφάνιση και των {n} αρχών' },
  showFewer: 'Εμφάνιση λιγότερων',
  principle: 'Αρχή {n}',
  readStatement: 'Διαβάστε τη δήλωση',
  downloadPdf: 'Λήψη της δήλωσης (PDF)',
  join: 'Γίνετε μέλος των δικτύων',
  signatories: 'Υπογράφοντες',
  filterLabel: 'Φιλτράρισμα υπογραφόντων',
  // "από {n}" takes the accusative.
  count: { one: '{shown} από {n} υπογράφοντα', other: '{shown} από {n} υπογράφοντες' },
  showAllSignatories: { one: 'Εμφάνιση {n} υπογράφοντα', other: 'Εμφάνιση και των {n} υπογραφόντων' },
  noMatch: 'Δεν βρέθηκε κανένας υπογράφων.',
  badge: '{network} έχει υπογράψει τη δήλωση {title}',
  quoted: '«{title}»',
} satisfies Catalogue;
