/**
 * The language an element is in: its own `lang`, else the nearest ancestor's (across shadow
 * roots), else the document's; `fallback` when none is set.
 */
export function resolveLang(element: Element, fallback: string): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return fallback;
}
