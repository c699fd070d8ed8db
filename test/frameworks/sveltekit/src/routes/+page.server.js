import { renderSnippet } from 'icn-widgets/ssr';

/** The badge rendered on the server with its content (declarative shadow DOM). */
export async function load() {
  return { badge: await renderSnippet('<icn-badge network="Res Artis" size="small" lang="en"></icn-badge>') };
}
