import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { findSignatory, fold, matchesQuery } from '../data/match.js';
import type { Signatory } from '../data/schema.js';
import { httpUrl } from '../data/url.js';
import { afterNextPaint } from '../shared/frames.js';
import { msg } from '../shared/i18n.js';
import { StatementElement } from '../shared/statement-element.js';
import { controlStyles } from '../shared/controls.styles.js';
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
 * @csspart list - The list of signatories; while a query narrows it, also the list of matches (the whole list is then hidden and inert).
 * @csspart signatory - Each signatory (a list item).
 *
 * @cssprop --icn-accent - Links, the highlighted signatory and focus rings.
 * @cssprop --icn-text - Text colour (default: the host page's, or the theme's).
 * @cssprop --icn-surface - Background (default: transparent, or the theme's).
 * @cssprop --icn-font - Font family (default: the host page's).
 * @cssprop --icn-radius - Corner radius of the grid's cells, the field and buttons.
 *
 * @fires icn-load - The content is ready. `detail: { source: 'embedded' | 'remote' }`.
 * @fires icn-error - `src` failed and the embedded statement is shown. `detail: { reason: 'network' | 'http' | 'timeout' | 'parse' | 'schema', message: string }`; `message` is untrusted text (show it with `textContent`).
 */
export class IcnSignatories extends StatementElement {
  static override styles = [themeStyles, controlStyles, signatoriesStyles];

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
    _matchChunks: { state: true },
  };

  /** `grid` (default), `list` or `inline`. */
  declare layout: 'grid' | 'list' | 'inline' | undefined;
  /** `statement` (the data's order, default) or `name`. */
  declare sort: 'statement' | 'name' | undefined;
  /** A signatory to mark (id, acronym or name, in any case), e.g. the host member itself. */
  declare highlight: string | undefined;
  /** Show a search field that narrows the list by acronym or name, ignoring case and accents. */
  declare filter: boolean;
  /** Show this many signatories and a button that reveals the rest; the highlighted one is always among them. */
  declare limit: string | number | undefined;
  /** Level of the list's heading, 1–6 (default 2). */
  declare headingLevel: string | number | undefined;
  declare private _query: string;
  declare private _expanded: boolean;
  /** How many chunks of the whole list are in the DOM so far: a long list arrives one chunk per frame. */
  declare private _chunks: number;
  /** The same for the list of matches. */
  declare private _matchChunks: number;
  /** Cancels the next chunk, if one is scheduled. */
  #cancelChunk: (() => void) | undefined;
  /** The whole list (sorted, limited) and the matches of the query, as of the last render. */
  #all: readonly Signatory[] = [];
  #matches: readonly Signatory[] = [];
  /** Whether the last render left some of the shown list for later frames. */
  #pending = false;

  constructor() {
    super();
    this.filter = false;
    this._query = '';
    this._expanded = false;
    this._chunks = 1;
    this._matchChunks = 1;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#cancelChunk?.();
    this.#cancelChunk = undefined;
    if (!this.#pending) return;
    // The next chunk goes in after this frame is painted, so each frame takes one chunk,
    // whether the update came from a keystroke or from the previous chunk.
    this.#cancelChunk = afterNextPaint(() => {
      this.#cancelChunk = undefined;
      if (this.#view.narrowed) this._matchChunks += 1;
      else this._chunks += 1;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelChunk?.();
    this.#cancelChunk = undefined;
  }

  /** The list as filtered, sorted and limited, worked out before each render. */
  #view = { marked: undefined as Signatory | undefined, matching: 0, folded: false, narrowed: false, limit: undefined as number | undefined };

  /** The inputs of the last view, and the highlighted signatory with what it was found from. */
  #inputs: unknown[] = [];
  #marked: { list?: readonly Signatory[]; query?: unknown; found?: Signatory } = {};

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const tag = this.localName;
    const byName = oneOf(tag, 'sort', this.sort, ['statement', 'name'], 'statement') === 'name';
    const limit = intIn(tag, 'limit', this.limit, 1, Number.MAX_SAFE_INTEGER, undefined);
    const all = this._statement.signatories;
    const query = this.filter ? fold(this._query) : '';
    if (this.#marked.list !== all || this.#marked.query !== this.highlight) {
      this.#marked = { list: all, query: this.highlight, found: findSignatory(all, this.highlight) };
    }
    // A frame that only adds a chunk changes none of these: it does no work over the whole list.
    const marked = this.#marked.found;
    const inputs = [all, byName, query, limit, this._expanded, marked];
    if (inputs.some((value, i) => value !== this.#inputs[i])) {
      this.#inputs = inputs;
      const sorted = byName ? sortByName(all, this._statement.lang) : all;
      const matches = query ? sorted.filter((s) => matchesQuery(s, query)) : sorted;
      const cut = (list: readonly Signatory[]) =>
        limit !== undefined && !this._expanded && list.length > limit ? limited(list, limit, marked) : list;
      // The whole list stays in the DOM while a query narrows it: it is only hidden, and the
      // matches go in a list of their own. A keystroke then never removes thousands of items,
      // and clearing the query shows the whole list again without rebuilding it.
      const whole = cut(sorted);
      const shown = cut(matches);
      const narrowed = !sameItems(shown, whole);
      // Other signatories start again from the first chunk; the same ones (a keystroke that
      // changes nothing, a theme) keep what is in the DOM.
      if (!sameItems(whole, this.#all)) {
        this.#all = whole;
        this._chunks = 1;
      }
      if (narrowed && !sameItems(shown, this.#matches)) {
        this.#matches = shown;
        this._matchChunks = 1;
      } else if (!narrowed) this.#matches = [];
      this.#view = { ...this.#view, matching: matches.length, folded: shown.length < matches.length, narrowed, limit };
    }
    this.#view.marked = this.#marked.found;
    const { narrowed } = this.#view;
    this.#pending = narrowed ? this.#matches.length > this._matchChunks * CHUNK : this.#all.length > this._chunks * CHUNK;
  }

  override render(): TemplateResult {
    const ui = this.ui;
    const layout = oneOf(this.localName, 'layout', this.layout, ['grid', 'list', 'inline'], 'grid');
    const level = intIn(this.localName, 'heading-level', this.headingLevel, 1, 6, 2);
    const { marked, matching, folded, narrowed, limit } = this.#view;
    const all = this._statement.signatories;
    const lang = this._statement.lang;
    // Each chunk is rendered once, and again only when the highlighted signatory changes.
    const items = (list: readonly Signatory[], count: number) =>
      chunksOf(list)
        .slice(0, count)
        .map((chunk) => guard([chunk, marked], () => chunk.map((s) => this.#item(s, s === marked))));

    return html`<div class="wrap frame ${this._loading ? 'busy' : ''}" dir=${this.uiDir} aria-busy=${this._loading}>
      <div class="heading" id="heading" role="heading" aria-level=${level} lang=${ui}>${msg(ui, 'signatories')}</div>
      ${this.filter
        ? html`<div class="search" lang=${ui}>
            <label for="filter">${msg(ui, 'filterLabel')}</label>
            <input id="filter" type="search" autocomplete="off" spellcheck="false" .value=${this._query} @input=${this.#onInput} />
            <p class="status" role="status">
              ${matching ? msg(ui, 'count', { shown: matching, n: all.length }) : msg(ui, 'noMatch')}
            </p>
          </div>`
        : nothing}
      <ul part="list" id="list" class="${layout}${this.#all.length > CHUNK ? ' long' : ''}${narrowed ? ' off' : ''}" ?inert=${narrowed} aria-labelledby="heading" lang=${lang}>
        ${items(this.#all, this._chunks)}
      </ul>
      ${narrowed
        ? html`<ul part="list" id="matches" class="${layout}${this.#matches.length > CHUNK ? ' long' : ''}" aria-labelledby="heading" lang=${lang}>
            ${items(this.#matches, this._matchChunks)}
          </ul>`
        : nothing}
      ${limit !== undefined && matching > limit
        ? html`<button type="button" aria-expanded=${!folded} aria-controls=${narrowed ? 'matches' : 'list'} lang=${ui} @click=${this.#toggle}>
            ${folded ? msg(ui, 'showAllSignatories', { n: matching }) : msg(ui, 'showFewer')}
          </button>`
        : nothing}
    </div>`;
  }

  /**
   * One signatory. A flat template per shape (with or without a link, with or without an
   * acronym), its text in text bindings, which a server renders too (`@lit-labs/ssr`).
   */
  #item(s: Signatory, marked: boolean): TemplateResult {
    const current = marked ? 'true' : nothing;
    const url = httpUrl(s.url);
    if (s.acronym) {
      return url
        ? html`<li part="signatory" aria-current=${current}><a href=${url}><span class="acronym">${s.acronym}</span><span class="sep"> – </span><span class="name">${s.name}</span></a></li>`
        : html`<li part="signatory" aria-current=${current}><span class="acronym">${s.acronym}</span><span class="sep"> – </span><span class="name">${s.name}</span></li>`;
    }
    return url
      ? html`<li part="signatory" aria-current=${current}><a href=${url}><span class="name">${s.name}</span></a></li>`
      : html`<li part="signatory" aria-current=${current}><span class="name">${s.name}</span></li>`;
  }

  #onInput(event: InputEvent): void {
    this._query = (event.target as HTMLInputElement).value;
  }

  #toggle(): void {
    this._expanded = !this._expanded;
  }
}

/**
 * The first `limit` signatories of `list`; when the highlighted one is further down, it is
 * among them: the first `limit - 1` and it, in the list's order. A highlighted network never
 * hides behind the "Show all" button, and the list shows `limit` items either way.
 */
function limited(list: readonly Signatory[], limit: number, marked: Signatory | undefined): readonly Signatory[] {
  // indexOf(undefined) is -1: no highlight keeps the first `limit`.
  return marked && list.indexOf(marked) >= limit ? [...list.slice(0, limit - 1), marked] : list.slice(0, limit);
}

/** Whether two lists hold the same signatories in the same order. */
function sameItems(a: readonly Signatory[], b: readonly Signatory[]): boolean {
  return a === b || (a.length === b.length && a.every((s, i) => s === b[i]));
}

const chunked = new WeakMap<readonly Signatory[], (readonly Signatory[])[]>();

/** The list cut into chunks of `CHUNK`, once per list: the same chunk is the same array each frame. */
function chunksOf(list: readonly Signatory[]): (readonly Signatory[])[] {
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
    let collator: Intl.Collator;
    try {
      collator = new Intl.Collator(lang, { sensitivity: 'base' });
    } catch {
      collator = new Intl.Collator(undefined, { sensitivity: 'base' }); // the data's lang is not a valid tag
    }
    out = [...list].sort((a, b) => collator.compare(a.name, b.name));
    sorted.set(list, out);
  }
  return out;
}
