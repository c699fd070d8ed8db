import { LitElement, type PropertyValues } from 'lit';
import { embeddedStatement } from '../data/statement.js';
import type { ErrorReason } from '../data/loader.js';
import { failureOf, loadRemote } from '../data/remote.js';
import { localize, type LocalizedStatement } from '../data/localize.js';
import type { Statement } from '../data/schema.js';
import { uiLang, type UiLang } from './i18n.js';
import { resolveLang } from './lang.js';
import { warnOnce } from './warn.js';

/** `detail` of the `icn-load` event. */
export interface IcnLoadDetail {
  source: 'embedded' | 'remote';
}

/** `detail` of the `icn-error` event. */
export interface IcnErrorDetail {
  reason: ErrorReason;
  /**
   * What went wrong, in a sentence. Untrusted text: it names the `src` it was given and may
   * quote a name from the data. Show it with `textContent`, never `innerHTML`.
   */
  message: string;
}

export type Theme = 'light' | 'dark' | 'auto';

/** The elements in the page, told when the document's language changes. */
const connected = new Set<StatementElement>();
let documentLang: MutationObserver | undefined;

/**
 * An app that switches languages sets `<html lang>`: every element then speaks the new one.
 * (An element's own `lang` is a property and updates it anyway; other ancestors are not watched.)
 */
function watchDocumentLang(): void {
  if (documentLang || typeof MutationObserver === 'undefined') return;
  documentLang = new MutationObserver(() => connected.forEach((el) => el.requestUpdate()));
  documentLang.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * What the three elements share: `src`, `lang` and `theme`, loading with fallback to the
 * embedded statement, and the `icn-load` / `icn-error` events.
 */
export abstract class StatementElement extends LitElement {
  static override properties = {
    src: { reflect: true },
    lang: { reflect: true },
    theme: { reflect: true },
    loading: { reflect: true },
    _statement: { state: true },
    _loading: { state: true },
  };

  /** URL of a statement JSON; without it the embedded statement is shown and nothing is fetched. */
  declare src: string | undefined;
  /** Language of the content; without it the nearest ancestor's `lang`, then the document's. */
  declare lang: string;
  /** `light`, `dark` or `auto`; without it the host page's font and colours show through. */
  declare theme: Theme | undefined;
  /** `lazy`: fetch `src` only when the element comes near the viewport (600 px); default at once. */
  declare loading: 'lazy' | 'eager' | undefined;

  declare protected _statement: Statement;
  declare protected _loading: boolean;
  #source: IcnLoadDetail['source'] = 'embedded';
  #observer?: IntersectionObserver;
  #announce = false;
  #started = false;
  #request = 0;

  constructor() {
    super();
    this._statement = embeddedStatement;
    this._loading = false;
  }

  /** The statement shown now: the remote one once loaded, else the embedded one. */
  get statement(): Statement {
    return this._statement;
  }

  /** The language asked for by `lang`, an ancestor or the document. */
  protected get requestedLang(): string {
    // The property first: during render a newly set `lang` is not yet reflected to the attribute.
    return String(this.lang ?? '').trim() || resolveLang(this, this._statement.lang);
  }

  /** The language of the element's own words. */
  protected get ui(): UiLang {
    return uiLang(this.requestedLang);
  }

  /** The statement's text in the requested language where the data has it. */
  protected get text(): LocalizedStatement {
    return localize(this._statement, this.requestedLang);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme') && this.theme && !['light', 'dark', 'auto'].includes(String(this.theme))) {
      warnOnce(`<${this.localName} theme="${this.theme}"> is not light, dark or auto; the host page's colours are used.`);
    }
    // Once at the start and on each change of src; not on every update before the first one
    // completes (a first render that throws must not start the load again, endlessly).
    if (changed.has('src') || !this.#started) {
      this.#started = true;
      this.#load();
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#announce && !this._loading) {
      this.#announce = false;
      this.emit<IcnLoadDetail>('icn-load', { source: this.#source });
      this.dataReady();
    }
  }

  /** Called after each `icn-load`: for checks that need the data, such as the badge's network. */
  protected dataReady(): void {}

  /** Dispatches a bubbling, composed event. */
  protected emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  /** Reports a problem with `icn-error` and on the console. */
  protected fail(reason: ErrorReason, message: string): void {
    console.warn(`icn-widgets: <${this.localName}> ${message}`);
    this.emit<IcnErrorDetail>('icn-error', { reason, message });
  }

  #load(): void {
    const request = ++this.#request;
    const src = String(this.src ?? '').trim();
    this.#announce = true;
    if (!src) {
      this.#show(embeddedStatement, 'embedded');
      return;
    }
    this._loading = true;
    this.#observer?.disconnect();
    if (this.loading === 'lazy' && typeof IntersectionObserver !== 'undefined') {
      this.#observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          this.#observer?.disconnect();
          this.#observer = undefined;
          this.#fetch(request, src);
        },
        { rootMargin: '600px' },
      );
      this.#observer.observe(this);
    } else {
      this.#fetch(request, src);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    connected.delete(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchDocumentLang();
    // Reconnected while a lazy load still waited: watch again.
    if (this.#observer && this._loading) this.#observer.observe(this);
  }

  #fetch(request: number, src: string): void {
    loadRemote(src).then(
      (statement) => {
        if (request === this.#request) this.#show(statement, 'remote');
      },
      (error: unknown) => {
        if (request !== this.#request) return;
        const failure = failureOf(error);
        this.fail(failure.reason, failure.message);
        this.#show(embeddedStatement, 'embedded');
      },
    );
  }

  #show(statement: Statement, source: IcnLoadDetail['source']): void {
    this._statement = statement;
    this.#source = source;
    this._loading = false;
  }
}
