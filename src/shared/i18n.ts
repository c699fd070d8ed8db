/**
 * The elements' own words (buttons, labels, the badge's sentence) in each supported language.
 * `{n}`, `{total}`, `{network}` and `{title}` are filled in where they are used.
 */
const messages = {
  en: {
    showAllPrinciples: 'Show all {n} principles',
    showFewer: 'Show fewer',
    principle: 'Principle {n}',
    readStatement: 'Read the statement',
    downloadPdf: 'Download the statement (PDF)',
    join: 'Join the networks',
    signatories: 'Signatories',
    filterLabel: 'Filter signatories',
    count: '{n} of {total} signatories',
    showAllSignatories: 'Show all {n} signatories',
    noMatch: 'No signatory matches.',
    badge: '{network} is a signatory of {title}',
  },
  fr: {
    showAllPrinciples: 'Afficher les {n} principes',
    showFewer: 'Afficher moins',
    principle: 'Principe {n}',
    readStatement: 'Lire la déclaration',
    downloadPdf: 'Télécharger la déclaration (PDF)',
    join: 'Rejoindre les réseaux',
    signatories: 'Signataires',
    filterLabel: 'Filtrer les signataires',
    count: '{n} sur {total} signataires',
    showAllSignatories: 'Afficher les {n} signataires',
    noMatch: 'Aucun signataire ne correspond.',
    badge: '{network} est signataire de {title}',
  },
  de: {
    showAllPrinciples: 'Alle {n} Grundsätze anzeigen',
    showFewer: 'Weniger anzeigen',
    principle: 'Grundsatz {n}',
    readStatement: 'Erklärung lesen',
    downloadPdf: 'Erklärung herunterladen (PDF)',
    join: 'Den Netzwerken beitreten',
    signatories: 'Unterzeichner',
    filterLabel: 'Unterzeichner filtern',
    count: '{n} von {total} Unterzeichnern',
    showAllSignatories: 'Alle {n} Unterzeichner anzeigen',
    noMatch: 'Kein Unterzeichner gefunden.',
    badge: '{network} hat unterzeichnet: {title}',
  },
  es: {
    showAllPrinciples: 'Mostrar los {n} principios',
    showFewer: 'Mostrar menos',
    principle: 'Principio {n}',
    readStatement: 'Leer la declaración',
    downloadPdf: 'Descargar la declaración (PDF)',
    join: 'Unirse a las redes',
    signatories: 'Firmantes',
    filterLabel: 'Filtrar firmantes',
    count: '{n} de {total} firmantes',
    showAllSignatories: 'Mostrar los {n} firmantes',
    noMatch: 'Ningún firmante coincide.',
    badge: '{network} es firmante de {title}',
  },
  it: {
    showAllPrinciples: 'Mostra tutti gli {n} principi',
    showFewer: 'Mostra meno',
    principle: 'Principio {n}',
    readStatement: 'Leggi la dichiarazione',
    downloadPdf: 'Scarica la dichiarazione (PDF)',
    join: 'Unisciti alle reti',
    signatories: 'Firmatari',
    filterLabel: 'Filtra i firmatari',
    count: '{n} di {total} firmatari',
    showAllSignatories: 'Mostra tutti i {n} firmatari',
    noMatch: 'Nessun firmatario corrisponde.',
    badge: '{network} è firmatario di {title}',
  },
};

export type MessageKey = keyof (typeof messages)['en'];
export type UiLang = keyof typeof messages;

/** The supported language for a BCP 47 tag (`fr-CA` → `fr`), English when there is none. */
export function uiLang(tag: string): UiLang {
  const primary = tag.toLowerCase().split('-')[0] as UiLang;
  // Own keys only: `__proto__` or `toString` must not pass for a language.
  return Object.prototype.hasOwnProperty.call(messages, primary) ? primary : 'en';
}

/** A message with its `{name}` placeholders filled from `values`. */
export function msg(lang: UiLang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return messages[lang][key].replace(/\{(\w+)\}/g, (all, name: string) => String(values[name] ?? all));
}

/** The raw message, for callers that place rich content at a placeholder. */
export function template(lang: UiLang, key: MessageKey): string {
  return messages[lang][key];
}
