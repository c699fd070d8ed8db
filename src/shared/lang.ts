/**
 * The language an element is in: its own `lang`, else the nearest ancestor's (across shadow
 * roots), else the document's; `fallback` when none is set.
 *
 * Touches no DOM global (`Element`, `ShadowRoot`), so it also runs while a server renders the
 * element (`@lit-labs/ssr`), where the element has attributes but no parent.
 */
export function resolveLang(element: Element, fallback: string): string {
  let node: Node | null | undefined = element;
  while (node) {
    const lang = (node as Partial<Element>).getAttribute?.('lang')?.trim();
    if (lang) return lang;
    // A shadow root (node type 11, a document fragment) leads on to its host.
    node = node.parentNode ?? (node.nodeType === 11 ? (node as ShadowRoot).host : null);
  }
  return fallback;
}
