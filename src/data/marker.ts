/**
 * The "(download pdf)" marker in an introduction paragraph. It is a link label in the source
 * text, not statement text: where the data has `documentUrl` it becomes a link to it, and where
 * it has none it is left out, with the space before it (or after it, at the start of the
 * paragraph), so the sentence reads as if it had never been there.
 */

/** The words in an introduction paragraph that link to the statement's PDF. */
export const PDF_MARKER = '(download pdf)';

/**
 * `paragraph` without its markers and the space before each (after it, at the start of the
 * paragraph): "“Title” (download pdf) is our statement" → "“Title” is our statement";
 * "Read it (download pdf)." → "Read it.".
 */
export const withoutPdfMarker = (paragraph: string): string =>
  paragraph.replace(/^\(download pdf\)\s*|\s*\(download pdf\)/g, '');
