import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { PDF_MARKER, withoutPdfMarker } from '../data/marker.js';
import { httpUrl } from '../data/url.js';
import { afterNextPaint } from '../shared/frames.js';
import { msg } from '../shared/i18n.js';
import { StatementElement } from '../shared/statement-element.js';
import { controlStyles } from '../shared/controls.styles.js';
import { themeStyles } from '../shared/theme.styles.js';
import { intIn } from '../shared/warn.js';
import { principlesStyles } from './principles.styles.js';

/** Paragraphs and principles put in the DOM per frame: whatever the data, no frame is long. */
const CHUNK = 50;
/** How many principles `collapsed` shows before the reveal button. */
const COLLAPSED_COUNT = 3;

/**
 * The statement's principles card: `<icn-principles collapsed></icn-principles>`. Without `src`
 * it shows the embedded statement and makes no request. The "(download pdf)" words of the
 * introduction link to the data's `documentUrl`, or are left out when it has none.
 *
 * @summary The statement's principles card: title, introduction, the principles as an ordered
 * list, and links to the statement page, the PDF and joining where the data has them.
 *
 * @tag icn-principles
 *
 * @csspart card - The card around everything.
 * @csspart title - The statement's title (a heading of `heading-level`).
 * @csspart principle - Each principle (a list item, or the quote with `principle`).
 *
 * @cssprop --icn-accent - Links, list markers, the quote's rule and focus rings.
 * @cssprop --icn-text - Text colour (default: the host page's, or the theme's).
 * @cssprop --icn-surface - Background (default: transparent, or the theme's).
 * @cssprop --icn-font - Font family (default: the host page's).
 * @cssprop --icn-radius - Corner radius of the card and buttons.
 *
 * @fires icn-load - The content is ready. `detail: { source: 'embedded' | 'remote' }`.
 * @fires icn-error - `src` failed and the embedded statement is shown. `detail: { reason: 'network' | 'http' | 'timeout' | 'parse' | 'schema', message: string }`; `message` is untrusted text (show it with `textContent`).
 */
export class IcnPrinciples extends StatementElement {
  static override styles = [themeStyles, controlStyles, principlesStyles];

  static override properties = {
    ...StatementElement.properties,
    principle: { reflect: true },
    collapsed: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', reflect: true },
    _expanded: { state: true },
    _chunks: { state: true },
  };

  /** Show only principle N (1 to the number of principles), as a quote. */
  declare principle: string | number | undefined;
  /** Show the first three principles and a button that reveals all. */
  declare collapsed: boolean;
  /** Level of the title's heading, 1–6 (default 2). */
  declare headingLevel: string | number | undefined;
  declare private _expanded: boolean;
  /** How many chunks of paragraphs and principles are in the DOM so far: one more each frame. */
  declare private _chunks: number;
  /** The text whose chunks are counted, and whether the last render left some for later frames. */
  #text: unknown[] = [];
  #pending = false;
  #cancelChunk: (() => void) | undefined;

  constructor() {
    super();
    this.collapsed = false;
    this._expanded = false;
    this._chunks = 1;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { intro, principles } = this.text;
    // Other text (new data, another language) starts again from the first chunk.
    if (intro.value !== this.#text[0] || principles.value !== this.#text[1]) {
      this.#text = [intro.value, principles.value];
      this._chunks = 1;
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#cancelChunk?.();
    this.#cancelChunk = undefined;
    if (this.#pending) this.#cancelChunk = afterNextPaint(() => (this._chunks += 1));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelChunk?.();
    this.#cancelChunk = undefined;
  }

  override render(): TemplateResult {
    const { title, intro, principles } = this.text;
    const count = principles.value.length;
    const only = intIn(this.localName, 'principle', this.principle, 1, count, undefined);
    const level = intIn(this.localName, 'heading-level', this.headingLevel, 1, 6, 2);
    const busy = this._loading ? 'busy' : '';
    this.#pending = false;

    if (only !== undefined) {
      return html`<figure part="card" class="card frame ${busy}" dir=${this.uiDir} aria-busy=${this._loading}>
        <blockquote part="principle" lang=${principles.lang}><p>${principles.value[only - 1]}</p></blockquote>
        <figcaption>
          <span part="title" class="title" lang=${title.lang}>${title.value}</span>,
          <span lang=${this.ui}>${msg(this.ui, 'principle', { n: only })}</span>
        </figcaption>
      </figure>`;
    }

    const folded = this.collapsed && !this._expanded && count > COLLAPSED_COUNT;
    const pdf = httpUrl(this._statement.documentUrl);
    // The paragraphs, then the principles, CHUNK at a time; each chunk rendered once.
    const budget = this._chunks * CHUNK;
    const paragraphs = chunked(intro.value, budget, (p) => html`<p lang=${intro.lang}>${withPdfLink(p, pdf)}</p>`, [pdf, intro.lang]);
    const items = chunked(
      principles.value,
      budget - Math.min(intro.value.length, budget),
      (p, i) => html`<li part="principle" class=${i < COLLAPSED_COUNT ? '' : 'more'}>${p}</li>`,
    );
    this.#pending = intro.value.length + principles.value.length > budget;
    return html`<article part="card" class="card frame ${busy}" dir=${this.uiDir} aria-labelledby="title" aria-busy=${this._loading}>
      <div part="title" class="title" id="title" role="heading" aria-level=${level} lang=${title.lang}>${title.value}</div>
      ${paragraphs}
      <ol id="principles" class=${folded ? 'folded' : ''} lang=${principles.lang}>
        ${items}
      </ol>
      ${this.collapsed && count > COLLAPSED_COUNT
        ? html`<button type="button" aria-expanded=${!folded} aria-controls="principles" lang=${this.ui} @click=${this.#toggle}>
            ${folded ? msg(this.ui, 'showAllPrinciples', { n: count }) : msg(this.ui, 'showFewer')}
          </button>`
        : nothing}
      ${this.#links(pdf)}
    </article>`;
  }

  #links(pdf: string | undefined): TemplateResult | typeof nothing {
    const links = [
      [httpUrl(this._statement.url), msg(this.ui, 'readStatement')],
      [pdf, msg(this.ui, 'downloadPdf')],
      [httpUrl(this._statement.joinUrl), msg(this.ui, 'join')],
    ].filter((link): link is [string, string] => link[0] !== undefined);
    if (!links.length) return nothing;
    return html`<ul class="links" lang=${this.ui}>
      ${links.map(([href, label]) => html`<li><a href=${href}>${label}</a></li>`)}
    </ul>`;
  }

  #toggle(): void {
    this._expanded = !this._expanded;
  }
}

/**
 * The first `count` items of `list` as templates, in chunks of CHUNK that Lit renders once each
 * (until `list` or one of `deps` changes): a frame that adds a chunk does not redo the others.
 */
function chunked(
  list: readonly string[],
  count: number,
  item: (value: string, index: number) => TemplateResult | string,
  deps: unknown[] = [],
): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < Math.min(list.length, count); i += CHUNK) {
    out.push(guard([list, i, ...deps], () => list.slice(i, i + CHUNK).map((value, j) => item(value, i + j))));
  }
  return out;
}

/**
 * An introduction paragraph: its "(download pdf)" markers links to the PDF when there is one,
 * else left out with the space around them (`src/data/marker.ts`).
 */
function withPdfLink(paragraph: string, pdf: string | undefined): string | unknown[] {
  if (!pdf) return withoutPdfMarker(paragraph);
  // The text between the markers, each marker a link: the first piece, then a link before each other.
  return paragraph.split(PDF_MARKER).map((piece, i) => (i ? html`<a href=${pdf}>${PDF_MARKER}</a>${piece}` : piece));
}
