// Type tests: compiled by `npm run typecheck`, never run. Each @ts-expect-error must be an error.
import { renderElement, renderSnippet, type IcnTag } from 'icn-widgets/ssr';

export async function page(): Promise<string> {
  const snippet: string = await renderSnippet('<icn-badge network="ENCC"></icn-badge>');
  const card: string = await renderElement('icn-principles', { collapsed: true, 'heading-level': 3, lang: undefined });
  const tag: IcnTag = 'icn-signatories';
  // @ts-expect-error: not one of the three tags
  await renderElement('icn-nope');
  // @ts-expect-error: attribute values are strings, numbers or booleans
  await renderElement(tag, { layout: ['list'] });
  return snippet + card;
}
