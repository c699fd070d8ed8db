import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { findSignatory, fold, matchesQuery } from '../data/match.js';
import type { Signatory } from '../data/schema.js';
import { httpUrl } from '../data/url.js';
import { msg } from '../shared/i18n.js';
import { StatementElement } from '../shared/statement-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { intIn, oneOf } from '../shared/warn.js';
import { signatoriesStyles } from './signatories.styles.js';

/** Items put in the DOM per frame: a long list never blocks the page for long. */
const CHUNK = 250;

/**
 * Every signatory of the statement: `<icn-signatories filter limit="12"></icn-signatories>`.
 * Without `src` it shows the embedded statement and makes no request.
 *
 * @summary Every signatory of the statement, acronym and full name, linked to its website where
 * the data has one.
 *
 * @tag icn-signatories
 *
 * @csspart list - The list of signatories.
 * @csspart signatory - Each signatory (a list item).
 *
 * @cssprop --icn-accent - Links, the highlighted signatory and focus rings.
 * @cssprop --icn-text - Text colour (default: the host page's, or the theme's).
 * @cssprop --icn-surface - Background (default: transparent, or the theme's).
 * @cssprop --icn-font - Font family (default: the host page's).
 * @cssprop --icn-radius - Corner radius of the grid's cells, the field and buttons.
 *
 * @fires icn-load - The content is ready. `detail: { source: 'embedded' | 'remote' }`.
 * @fires icn-error - `src` failed and the embedded statement is shown. `detail: { reason: 'network' | 'http' | 'timeout' | 'parse' | 'schema', message: string }`.
 */
export class IcnSignatories extends StatementElement {
  static override styles = [themeStyles, signatoriesStyles];

  static override properties = {
    ...StatementElement.properties,
    layout: { reflect: true },
    sort: { reflect: true },
    highlight: { reflect: true },
    filter: { type: Boolean, reflect: true },
    limit: { reflect: true },
    headingLevel: { attribute: 'heading-level', reflect: true },
    _query: { state: true },
    _expanded: { state: true },
    _chunks: { state: true },
  };

  /** `grid` (default), `list` or `inline`. */
  declare layout: 'grid' | 'list' | 'inline' | undefined;
  /** `statement` (the data's order, default) or `name`. */
  declare sort: 'statement' | 'name' | undefined;
  /** A signatory to mark (id, acronym or name, in any case), e.g. the host member itself. */
  declare highlight: string | undefined;
  /** Show a search field that narrows the list by acronym or name, ignoring case and accents. */
  declare filter: boolean;
  /** Show this many signatories and a button that reveals the rest. */
  declare limit: string | number | undefined;
  /** Level of the list's heading, 1–6 (default 2). */
  declare headingLevel: string | number | undefined;
  declare private _query: string;
  declare private _expanded: boolean;
  /** How many chunks of the list are in the DOM so far: a long list arrives one chunk per frame. */
  declare private _chunks: number;
  #nextChunk = 0;
  /** For each item of the list in order: whether it shows under the filter and the limit. */
  #visible: boolean[] = [];

  constructor() {
    super();
    this.filter = false;
    this._query = '';
    this._expanded = false;
    this._chunks = 1;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Other data or another order starts again from the first chunk; a filter does not.
    if ((changed as Map<PropertyKey, unknown>).has('_statement') || changed.has('sort')) this._chunks = 1;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The filter and the limit hide items rather than remove them: a keystroke over thousands
    // changes a few attributes, not the DOM, as a static page's filter would.
    const items = this.renderRoot.querySelector('ul')?.children ?? [];
    for (let i = 0; i < items.length; i += 1) {
      const item = items[i] as HTMLElement;
      if (item.hidden === this.#visible[i]) item.hidden = !this.#visible[i];
    }
    cancelAnimationFrame(this.#nextChunk);
    if (items.length < this.#visible.length) this.#nextChunk = requestAnimationFrame(() => (this._chunks += 1));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.#nextChunk);
  }

  override render(): TemplateResult {
    const tag = this.localName;
    const ui = this.ui;
    const layout = oneOf(tag, 'layout', this.layout, ['grid', 'list', 'inline'], 'grid');
    const byName = oneOf(tag, 'sort', this.sort, ['statement', 'name'], 'statement') === 'name';
    const limit = intIn(tag, 'limit', this.limit, 1, Number.MAX_SAFE_INTEGER, undefined);
    const level = intIn(tag, 'heading-level', this.headingLevel, 1, 6, 2);
    const all = this._statement.signatories;
    const marked = findSignatory(all, this.highlight);
    const ordered = byName ? sortByName(all, this._statement.lang) : all;

    const query = this.filter ? fold(this._query) : '';
    let matching = 0;
    this.#visible = ordered.map((s) => {
      if (query && !matchesQuery(s, query)) return false;
      matching += 1;
      return limit === undefined || this._expanded || matching <= limit;
    });
    const folded = limit !== undefined && !this._expanded && matching > limit;

    return html`<div class="wrap frame ${this._loading ? 'busy' : ''}" aria-busy=${this._loading}>
      <div class="heading" id="heading" role="heading" aria-level=${level} lang=${ui}>${msg(ui, 'signatories')}</div>
      ${this.filter
        ? html`<div class="search" lang=${ui}>
            <label for="filter">${msg(ui, 'filterLabel')}</label>
            <input id="filter" type="search" autocomplete="off" spellcheck="false" .value=${this._query} @input=${this.#onInput} />
            <p class="status" role="status">
              ${matching ? msg(ui, 'count', { n: matching, total: all.length }) : msg(ui, 'noMatch')}
            </p>
          </div>`
        : nothing}
      <ul part="list" id="list" class=${layout} aria-labelledby="heading" lang=${this._statement.lang}>
        ${chunksOf(ordered)
          .slice(0, this._chunks)
          .map((chunk) => guard([chunk, marked], () => chunk.map((s) => this.#item(s, s === marked))))}
      </ul>
      ${limit !== undefined && matching > limit
        ? html`<button type="button" aria-expanded=${!folded} aria-controls="list" lang=${ui} @click=${this.#toggle}>
            ${folded ? msg(ui, 'showAllSignatories', { n: matching }) : msg(ui, 'showFewer')}
          </button>`
        : nothing}
    </div>`;
  }

  #item(s: Signatory, marked: boolean): TemplateResult {
    const label = html`${s.acronym
      ? html`<span class="acronym">${s.acronym}</span><span class="sep"> – </span>`
      : nothing}<span class="name">${s.name}</span>`;
    const url = httpUrl(s.url);
    return html`<li part="signatory" aria-current=${marked ? 'true' : nothing}>
      ${url ? html`<a href=${url}>${label}</a>` : label}
    </li>`;
  }

  #onInput(event: InputEvent): void {
    this._query = (event.target as HTMLInputElement).value;
  }

  #toggle(): void {
    this._expanded = !this._expanded;
  }
}

const chunked = new WeakMap<readonly Signatory[], Signatory[][]>();

/** The list in chunks of CHUNK items, computed once per list so that each chunk keeps its identity. */
function chunksOf(list: readonly Signatory[]): Signatory[][] {
  let out = chunked.get(list);
  if (!out) {
    out = [];
    for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
    chunked.set(list, out);
  }
  return out;
}

const sorted = new WeakMap<readonly Signatory[], Signatory[]>();

/** The signatories in alphabetical order of name, computed once per list. */
function sortByName(list: readonly Signatory[], lang: string): Signatory[] {
  let out = sorted.get(list);
  if (!out) {
    const collator = new Intl.Collator(lang, { sensitivity: 'base' });
    out = [...list].sort((a, b) => collator.compare(a.name, b.name));
    sorted.set(list, out);
  }
  return out;
}
