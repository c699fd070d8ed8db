import { isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { embeddedStatement } from '../data/statement.js';
import type { ErrorReason } from '../data/loader.js';
import { failureOf, loadRemote } from '../data/remote.js';
import { localize, type LocalizedStatement } from '../data/localize.js';
import type { Statement } from '../data/schema.js';
import { catalogueLang, catalogueSettled, loadCatalogue, uiLang, type UiLang } from './i18n.js';
import { direction } from './direction.js';
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
 *
 * Frameworks that render on the server (Next.js, Nuxt, SvelteKit) attach their listeners and set
 * properties while they hydrate, which may be after the element has upgraded. So `icn-load` is
 * announced in a task after the first render, not during it; its state stays readable
 * (`source`, `error`); and a listener for `icn-load` or `icn-error` added after the event is
 * called once with it at once (in a microtask), as if it had been there.
 *
 * On a server (`@lit-labs/ssr`) the element renders the embedded statement and fetches nothing.
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
  /** The last `icn-load`'s detail, until `src` changes. */
  #loaded: IcnLoadDetail | undefined;
  /** The last `icn-error`'s detail, until `src` changes (or the problem goes). */
  #error: IcnErrorDetail | undefined;
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

  /**
   * Where the shown statement came from, once `icn-load` has announced it: `embedded` or
   * `remote`; `undefined` before, and again while a new `src` loads.
   */
  get source(): IcnLoadDetail['source'] | undefined {
    return this.#loaded?.source;
  }

  /** The detail of the last `icn-error` (for the current `src`), or `undefined`. */
  get error(): IcnErrorDetail | undefined {
    return this.#error;
  }

  /**
   * As the DOM's, except that a listener for `icn-load` or `icn-error` added after the event
   * (a framework hydrating a server-rendered page) is called once with its detail, in a
   * microtask; with `{ once: true }` it is then not kept.
   */
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void {
    const past = type === 'icn-load' ? this.#loaded : type === 'icn-error' ? this.#error : undefined;
    const once = typeof options === 'object' && options !== null && options.once === true;
    if (!(past && once)) super.addEventListener(type, listener, options);
    if (past && listener) queueMicrotask(() => this.#replay(type, past, listener));
  }

  #replay(type: string, detail: unknown, listener: EventListenerOrEventListenerObject): void {
    const event = new CustomEvent(type, { detail, bubbles: true, composed: true });
    Object.defineProperties(event, { target: { value: this }, currentTarget: { value: this }, eventPhase: { value: Event.AT_TARGET } });
    if (typeof listener === 'function') listener.call(this, event);
    else listener.handleEvent(event);
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

  /**
   * `rtl` when the element's words read right to left (Arabic): its content then mirrors even
   * in a left-to-right page. Otherwise nothing: the page's direction holds, as it inherits.
   */
  protected get uiDir(): 'rtl' | typeof nothing {
    return direction(this.ui) === 'rtl' ? 'rtl' : nothing;
  }

  /** The statement's text in the requested language where the data has it. */
  protected get text(): LocalizedStatement {
    return localize(this._statement, this.requestedLang);
  }

  /**
   * Waits, before rendering, for the catalogue of the language asked for when it is not here
   * yet (the first element in Finnish loads the Finnish words): the element then appears in its
   * language at once, never in English first. A catalogue that fails leaves English.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const lang = catalogueLang(this.requestedLang);
    if (isServer || catalogueSettled(lang)) return super.scheduleUpdate();
    return loadCatalogue(lang).then(() => super.scheduleUpdate());
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme') && this.theme && !['light', 'dark', 'auto'].includes(String(this.theme))) {
      warnOnce(`<${this.localName} theme="${this.theme}"> is not light, dark or auto; the host page's colours are used.`);
    }
    // Once at the start and on each change of src; not on every update before the first one
    // completes (a first render that throws must not start the load again, endlessly).
    if (changed.has('src') || !this.#started) {
      this.#started = true;
      if (!isServer) this.#load();
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#announce && !this._loading) {
      this.#announce = false;
      // In a later task: a framework that hydrates the page attaches its listeners and sets
      // properties (e.g. the badge's network) after the upgrade, and sees the event.
      const request = this.#request;
      setTimeout(() => {
        if (request !== this.#request || this._loading) return;
        this.#loaded = { source: this.#source };
        this.emit<IcnLoadDetail>('icn-load', this.#loaded);
        this.dataReady();
      });
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
    this.#error = { reason, message };
    this.emit<IcnErrorDetail>('icn-error', this.#error);
  }

  /** Forgets the last error when it had this reason and the problem has gone (`error` is then `undefined`). */
  protected clearError(reason: ErrorReason): void {
    if (this.#error?.reason === reason) this.#error = undefined;
  }

  #load(): void {
    const request = ++this.#request;
    const src = String(this.src ?? '').trim();
    this.#announce = true;
    this.#loaded = undefined;
    this.#error = undefined;
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
