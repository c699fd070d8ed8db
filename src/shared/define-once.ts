/**
 * Registers `tag` unless it is taken: loading the bundle twice, or two versions of it, on one
 * page throws nothing and the first definition wins.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, element);
}
