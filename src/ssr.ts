/**
 * Server rendering (Node): the elements' HTML with their content in declarative shadow DOM, for
 * static site generators and servers (11ty, Astro, plain Node). The statement is then in the
 * page itself: indexed, shown without JavaScript, with no layout shift when the script runs.
 *
 * ```js
 * import { renderSnippet } from 'icn-widgets/ssr';
 * const html = await renderSnippet('<icn-badge network="ENCC" lang="en"></icn-badge>');
 * ```
 *
 * Rendered with `@lit-labs/ssr`; the embedded statement is shown (`src` is fetched by the
 * browser, not by the server). Without a `lang` attribute the content is English (a server does
 * not know the page's language): give `lang` when the page is in another one. In the browser,
 * `icn-widgets.js` (or `icn-widgets/define`) takes the rendered elements over; with
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` imported first, it hydrates them.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import './define.js';
// A server renders at once: every catalogue is at hand (the browser loads each on demand).
import './shared/messages/all.js';

/** The tags this module renders. */
export const TAGS = ['icn-principles', 'icn-badge', 'icn-signatories'] as const;

/** One of the three elements' tags. */
export type IcnTag = (typeof TAGS)[number];

/** Attribute values: a string or number is written as it is, `true` as a bare attribute; `false`, `null` and `undefined` are left out. */
export type SsrAttributes = Record<string, string | number | boolean | null | undefined>;

const NAME = /^[a-z][a-z0-9-]*$/i;

/** `value` for a double-quoted attribute. */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Renders one element to HTML: `<tag attributes><template shadowrootmode="open">…</template>children</tag>`.
 * Attribute names must be plain names (letters, digits, `-`); event handlers (`on…`) are left out.
 * `children` is HTML kept as the element's light DOM (e.g. the no-JavaScript fallback link, which
 * the shadow root then hides). Throws a TypeError for a tag that is not one of the three.
 */
export async function renderElement(tag: IcnTag, attributes: SsrAttributes = {}, children = ''): Promise<string> {
  if (!(TAGS as readonly string[]).includes(tag)) throw new TypeError(`icn-widgets/ssr renders ${TAGS.join(', ')}, not "${String(tag)}".`);
  const attrs = Object.entries(attributes)
    .filter(([name, value]) => NAME.test(name) && !/^on/i.test(name) && value !== false && value !== null && value !== undefined)
    .map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(String(value))}"`))
    .join(' ');
  const t = unsafeStatic(tag);
  return collectResult(render(html`<${t} ${unsafeStatic(attrs)}>${unsafeHTML(children)}</${t}>`));
}

const ELEMENT = /<(icn-principles|icn-badge|icn-signatories)(\s[^>]*)?>([\s\S]*?)<\/\1\s*>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", '#34': '"' };

/** An attribute value as the browser reads it (the common entities decoded). */
function decode(value: string): string {
  return value.replace(/&(amp|quot|apos|lt|gt|#39|#34);/g, (_, name: string) => ENTITIES[name]);
}

/** The attributes in an opening tag's text. */
function parseAttributes(text: string): SsrAttributes {
  const out: SsrAttributes = {};
  for (const [, name, double, single, bare] of text.matchAll(ATTRIBUTE)) {
    const value = double ?? single ?? bare;
    out[name.toLowerCase()] = value === undefined ? true : decode(value);
  }
  return out;
}

/**
 * Renders every `<icn-principles>`, `<icn-badge>` and `<icn-signatories>` in an HTML snippet (as
 * the README and the embed builder give them), leaving the rest (e.g. the `<script>`) as it is.
 * Each element keeps its attributes and children, and gains a declarative shadow root with its
 * content.
 */
export async function renderSnippet(snippet: string): Promise<string> {
  const parts: (string | Promise<string>)[] = [];
  let last = 0;
  for (const match of snippet.matchAll(ELEMENT)) {
    const [whole, tag, attributes = '', children] = match;
    parts.push(snippet.slice(last, match.index), renderElement(tag.toLowerCase() as IcnTag, parseAttributes(attributes), children));
    last = match.index + whole.length;
  }
  parts.push(snippet.slice(last));
  return (await Promise.all(parts)).join('');
}
