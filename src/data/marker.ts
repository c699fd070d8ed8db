/**
 * The "(download pdf)" marker in an introduction paragraph. It is a link label in the source
 * text, not statement text: where the data has `documentUrl` it becomes a link to it, and where
 * it has none it is left out, with the space before it (or after it, at the start of the
 * paragraph), so the sentence reads as if it had never been there.
 */

/** The words in an introduction paragraph that link to the statement's PDF. */
export const PDF_MARKER = '(download pdf)';

/**
 * `paragraph` cut at each marker: the text between markers, in order (one more piece than
 * markers). A paragraph without a marker is one piece.
 */
export function splitAtPdfMarker(paragraph: string): string[] {
  return paragraph.split(PDF_MARKER);
}

/**
 * `paragraph` without its markers and the space each one leaves: "“Title” (download pdf) is
 * our statement" → "“Title” is our statement"; "Read it (download pdf)." → "Read it.".
 */
export function withoutPdfMarker(paragraph: string): string {
  const pieces = splitAtPdfMarker(paragraph);
  if (pieces.length === 1) return paragraph;
  return pieces.reduce((out, piece, i) => {
    if (i === 0) return piece.replace(/\s+$/, '');
    // At the start of the paragraph, the space after the marker goes instead.
    return out === '' ? piece.replace(/^\s+/, '') : out.replace(/\s+$/, '') + piece;
  }, '');
}
