import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { embeddedStatement } from '../data/statement.js';
import type { CatalogueFiles } from '../shared/messages/files.js';
import { LANGUAGE_NAMES } from '../shared/messages/names.js';
import { attributeValue, ELEMENTS, isElementName, type ElementName, type Option } from '../pages/options.js';
import { channel as channelById, CHANNELS, IMAGE_KINDS, isChannelId, type ChannelId, type ChannelSnippet } from './channels.js';
import { FONT_STACKS } from '../shared/fonts.js';
import { Measurer } from './measure.js';
import { badgeImage, snippet, type BadgeManifest, type BuildInfo, type SnippetInput, type Sizes } from './snippets.js';
import { builderStyles } from './builder.styles.js';

const LANGUAGES: [string, string][] = [['', 'Your page’s language'], ...Object.entries(LANGUAGE_NAMES)];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A snippet's title inside "Copy …": without its parenthesis, lower case but for a name (Markdown). */
const copyName = (title: string) => {
  const name = title.replace(/ \(.*\)$/, '');
  return /^Markdown/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
};

/**
 * The embed builder of the statement page: asks where the snippet will be pasted, then which
 * element and which options, shows a preview, and gives the snippets that work there, with a
 * line or two on where to paste each and a copy button.
 *
 * It needs the published bundle (`bundle`, `integrity`) and the chunk it loads for `src`
 * (`chunk`, `chunk-integrity`), and its catalogues' chunks (`catalogues`), to write the script snippet and to
 * measure the element in a hidden blank page; the badge images' manifest (`badges`) for the
 * image snippets. Addresses are made absolute from the page's own address.
 *
 * @tag icn-embed-builder
 *
 * @fires icn-builder-update - The snippets were written anew (after each change and measurement).
 */
/** The `catalogues` attribute, or `undefined` (with a warning) when it is not that JSON. */
function parseCatalogues(value: string | null): CatalogueFiles | undefined {
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(value) as Partial<CatalogueFiles>;
    if (typeof parsed.dir === 'string' && typeof parsed.integrity === 'object' && parsed.integrity) return parsed as CatalogueFiles;
  } catch {
    // reported below
  }
  console.warn('icn-embed-builder: the catalogues attribute is not {"dir": …, "integrity": {…}}; snippets will not pin the catalogues.');
  return undefined;
}

export class IcnEmbedBuilder extends LitElement {
  static override styles = builderStyles;

  static override properties = {
    bundle: {},
    integrity: {},
    chunk: {},
    chunkIntegrity: { attribute: 'chunk-integrity' },
    catalogues: { converter: { fromAttribute: parseCatalogues } },
    badges: {},
    channel: { reflect: true },
    element: { reflect: true },
    _values: { state: true },
    _sizes: { state: true },
    _manifest: { state: true },
    _copied: { state: true },
  };

  /** The versioned bundle, relative to the page (`icn-widgets-0.1.0.js`). */
  declare bundle: string;
  /** The bundle's Subresource Integrity hash. */
  declare integrity: string;
  /** The chunk the bundle imports for `src`, relative to the page (`chunks/loader-….js`); empty: none. */
  declare chunk: string;
  /** The chunk's Subresource Integrity hash. */
  declare chunkIntegrity: string;
  /**
   * The chunks of the catalogues the bundle loads for a language other than English, as the
   * build writes them in the attribute: `{"dir": "chunks/messages-…/", "integrity": {"fr": "sha384-…"}}`.
   * A snippet in one of those languages pins its catalogue.
   */
  declare catalogues: CatalogueFiles | undefined;
  /** The badge images' manifest, relative to the page (default `badges/badges.json`). */
  declare badges: string;
  /** The chosen channel's id; empty until one is chosen. */
  declare channel: ChannelId | '';
  /** The chosen element. */
  declare element: ElementName;

  declare private _values: Record<string, string>;
  /** Sizes measured, with the key of what they were measured for. */
  declare private _sizes: { key: string; sizes: Sizes; frameSizes?: Sizes } | undefined;
  declare private _manifest: BadgeManifest | null | undefined;
  /** The snippet kind whose copy button was pressed last, and what it said. */
  declare private _copied: { kind: string; text: string } | undefined;

  #measurer?: Measurer;
  /** Measures in embed.html's font, for the frames. */
  #frameMeasurer?: Measurer;
  #preview_?: { key: string; el: HTMLElement };
  #measuring = 0;

  constructor() {
    super();
    this.bundle = '';
    this.integrity = '';
    this.chunk = '';
    this.chunkIntegrity = '';
    this.badges = 'badges/badges.json';
    this.channel = '';
    this.element = 'badge';
    this._values = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadManifest();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#measurer?.remove();
    this.#measurer = undefined;
    this.#frameMeasurer?.remove();
    this.#frameMeasurer = undefined;
  }

  async #loadManifest(): Promise<void> {
    try {
      const response = await fetch(new URL(this.badges, document.baseURI), { credentials: 'omit' });
      const manifest = (await response.json()) as BadgeManifest;
      this._manifest = response.ok && Array.isArray(manifest.languages) && manifest.badges ? manifest : null;
    } catch {
      this._manifest = null;
    }
  }

  /** The addresses and texts snippets need, absolute from the page's address. */
  get buildInfo(): BuildInfo {
    const at = (path: string) => new URL(path, document.baseURI).href;
    return {
      bundle: at(this.bundle),
      integrity: this.integrity,
      ...(this.chunk ? { chunk: { url: at(this.chunk), integrity: this.chunkIntegrity } } : {}),
      ...(this.catalogues ? { catalogues: { dir: at(this.catalogues.dir), integrity: this.catalogues.integrity } } : {}),
      page: at('index.html'),
      embed: at('embed.html'),
      badges: at('badges/'),
      pages: at('embed/'),
      title: embeddedStatement.title,
      signatories: embeddedStatement.signatories,
    };
  }

  /** The attributes the form sets now, validated as embed.html validates them. */
  get chosenAttributes(): [string, string][] {
    const options: Record<string, Option> = ELEMENTS[this.element].options;
    const out: [string, string][] = [];
    for (const [name, option] of Object.entries(options)) {
      const raw = this._values[name] ?? '';
      if (option.kind.type === 'bool') {
        if (raw === 'true') out.push([name, '']);
        continue;
      }
      if (raw.trim() === '') continue;
      const value = attributeValue(option.kind, raw);
      if (value !== undefined && value !== null) out.push([name, value]);
    }
    return out;
  }

  /** What is missing before the element can be shown, in a sentence; `''` when nothing is. */
  get missing(): string {
    return this.element === 'badge' && !this.chosenAttributes.some(([n]) => n === 'network') ? 'Choose your network: the badge says which network signed.' : '';
  }

  get #key(): string {
    return JSON.stringify([this.element, this.chosenAttributes.filter(([n]) => n !== 'src' && n !== 'loading')]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('element') && !isElementName(this.element)) this.element = 'badge';
    if (changed.has('channel') && this.channel && !isChannelId(this.channel)) this.channel = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    const keys = changed as Map<PropertyKey, unknown>;
    if (keys.has('element') || keys.has('_values') || keys.has('bundle')) void this.#measure();
    this.dispatchEvent(new Event('icn-builder-update', { bubbles: true, composed: true }));
  }

  async #measure(): Promise<void> {
    if (!this.bundle || this.missing) return;
    const key = this.#key;
    if (this._sizes?.key === key) return;
    const run = ++this.#measuring;
    this.#measurer ??= new Measurer(this.renderRoot, this.buildInfo.bundle, this.integrity);
    // The frames show embed.html, whose text is in the system sans-serif: measured in it.
    this.#frameMeasurer ??= new Measurer(this.renderRoot, this.buildInfo.bundle, this.integrity, FONT_STACKS.system);
    try {
      const [element, attributes] = JSON.parse(key) as [ElementName, [string, string][]];
      const [sizes, frameSizes] = await Promise.all([this.#measurer.measure(element, attributes), this.#frameMeasurer.measure(element, attributes)]);
      if (run === this.#measuring) this._sizes = { key, sizes, frameSizes };
    } catch (error) {
      console.warn(`icn-embed-builder: ${String(error)}; snippets reserve no space.`);
      if (run === this.#measuring) this._sizes = { key, sizes: { steps: [] } };
    }
  }

  #onChange(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    this._copied = undefined;
    if (control.name === 'channel') this.channel = control.value as ChannelId;
    else if (control.name === 'element') this.element = control.value as ElementName;
    else {
      const value = control instanceof HTMLInputElement && control.type === 'checkbox' ? String(control.checked) : control.value;
      this._values = { ...this._values, [control.name]: value };
    }
  }

  override render(): TemplateResult {
    const chosen = this.channel ? channelById(this.channel) : undefined;
    return html`
      <form @change=${this.#onChange} @input=${this.#onChange} @submit=${(e: Event) => e.preventDefault()}>
        <fieldset class="channels">
          <legend>Where will you paste it?</legend>
          ${CHANNELS.map(
            (c) => html`<div class="channel">
              <input type="radio" name="channel" id="channel-${c.id}" value=${c.id} .checked=${this.channel === c.id} aria-describedby="channel-${c.id}-hint" />
              <label for="channel-${c.id}">${c.label}</label>
              <p class="hint" id="channel-${c.id}-hint">${c.hint}</p>
            </div>`,
          )}
        </fieldset>
        <fieldset class="choices">
          <legend>Element</legend>
          ${Object.entries(ELEMENTS).map(
            ([name, e]) => html`<label><input type="radio" name="element" value=${name} .checked=${this.element === name} /> ${e.label}</label>`,
          )}
        </fieldset>
        <fieldset class="options">
          <legend>Options</legend>
          ${Object.entries(ELEMENTS[this.element].options as Record<string, Option>).map(([name, option]) => this.#field(name, option))}
        </fieldset>
      </form>
      <h3 id="preview-title">Preview</h3>
      <div class="preview" role="region" aria-labelledby="preview-title">${this.#preview(chosen?.snippets[0])}</div>
      <div class="snippets">${chosen ? this.#snippets(chosen.snippets) : html`<p class="choose">Choose where you will paste it, above: the snippet depends on what your site keeps.</p>`}</div>
    `;
  }

  #field(name: string, option: Option): TemplateResult {
    const id = `opt-${name}`;
    const kind = option.kind;
    const raw = this._values[name] ?? '';
    const described = `${id}-hint`;
    const select = (choices: [string, string][]) =>
      html`<select id=${id} name=${name} aria-describedby=${described}>
        ${choices.map(([value, text]) => html`<option value=${value} ?selected=${raw === value}>${text}</option>`)}
      </select>`;
    let control: TemplateResult;
    let invalid = false;
    switch (kind.type) {
      case 'bool':
        return html`<div class="field bool">
          <input type="checkbox" id=${id} name=${name} .checked=${raw === 'true'} aria-describedby=${described} />
          <label for=${id}>${option.label}</label>
          <p class="hint" id=${described}>${option.hint}</p>
        </div>`;
      case 'enum':
        control = select([['', 'Default'], ...kind.values.map((v): [string, string] => [v, capital(v)])]);
        break;
      case 'int':
        if (kind.max - kind.min <= 10) {
          control = select([
            ['', name === 'principle' ? 'All principles' : 'Default'],
            ...Array.from({ length: kind.max - kind.min + 1 }, (_, i): [string, string] => [String(kind.min + i), String(kind.min + i)]),
          ]);
        } else {
          invalid = raw.trim() !== '' && attributeValue(kind, raw) === undefined;
          control = html`<input type="number" id=${id} name=${name} min=${kind.min} max=${kind.max} inputmode="numeric" .value=${raw} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${described} />`;
        }
        break;
      case 'url':
        invalid = raw.trim() !== '' && attributeValue(kind, raw) === undefined;
        control = html`<input type="url" id=${id} name=${name} placeholder="https://" autocomplete="off" .value=${raw} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${described} />`;
        break;
      case 'lang':
        control = select(LANGUAGES);
        break;
      case 'signatory':
        control = select([
          ['', name === 'network' ? 'Choose your network' : 'None'],
          ...embeddedStatement.signatories.map((s): [string, string] => [s.acronym ?? s.name, s.acronym ? `${s.acronym} – ${s.name}` : s.name]),
        ]);
        break;
    }
    return html`<div class="field">
      <label for=${id}>${option.label}</label>
      ${control}
      <p class="hint ${invalid ? 'invalid' : ''}" id=${described}>${invalid ? (kind.type === 'url' ? 'Not used: give a full address starting with https://' : `Not used: give a whole number from ${(kind as { min: number }).min} to ${(kind as { max: number }).max}.`) : option.hint}</p>
    </div>`;
  }

  #preview(first: ChannelSnippet | undefined): TemplateResult {
    if (this.missing) return html`<p class="missing">${this.missing}</p>`;
    if (first && IMAGE_KINDS.includes(first.kind)) {
      const image = this._manifest === undefined ? undefined : badgeImage(this.#input());
      if (!image) return html`<p class="missing">Loading the badge images…</p>`;
      if ('missing' in image) return html`<p class="missing">${image.missing}</p><p><a href=${this.buildInfo.page}>${embeddedStatement.title}</a></p>`;
      const file = image.theme === 'dark' ? image.dark : image.light;
      return html`<a href=${this.buildInfo.page}><img src="${file}@2x.png" alt=${image.alt} width=${image.width} height=${image.height} /></a>`;
    }
    // A new element for each set of attributes: the preview shows exactly what they give.
    const key = JSON.stringify([this.element, this.chosenAttributes]);
    if (this.#preview_?.key !== key) {
      const el = document.createElement(ELEMENTS[this.element].tag);
      for (const [name, value] of this.chosenAttributes) el.setAttribute(name, value);
      this.#preview_ = { key, el };
    }
    return html`${this.#preview_.el}`;
  }

  #input(): SnippetInput {
    const measured = this._sizes?.key === this.#key ? this._sizes : undefined;
    return { element: this.element, attributes: this.chosenAttributes, build: this.buildInfo, sizes: measured?.sizes, frameSizes: measured?.frameSizes, manifest: this._manifest };
  }

  #snippets(list: readonly ChannelSnippet[]): TemplateResult {
    if (this.missing) return html`<p class="choose">${this.missing}</p>`;
    const input = this.#input();
    return html`${list.map((s) => {
      const needsSizes = !IMAGE_KINDS.includes(s.kind);
      const waiting = needsSizes ? this.bundle && !input.sizes : this._manifest === undefined;
      const result = waiting ? undefined : snippet(s.kind, input);
      const id = `snippet-${s.kind}`;
      return html`<section class="snippet" data-kind=${s.kind}>
        <h3><label for=${id}>${s.title}</label></h3>
        <p id="${id}-where">${s.where}</p>
        ${result?.note ? html`<p class="note" id="${id}-note">${result.note}</p>` : nothing}
        <textarea id=${id} rows=${s.kind === 'script' || s.kind === 'iframe' || s.kind === 'picture' ? 8 : 3} readonly aria-describedby="${id}-where${result?.note ? ` ${id}-note` : ''}" .value=${result?.code ?? ''}
          placeholder=${waiting ? 'Measuring…' : ''}></textarea>
        <div class="copy">
          <button type="button" ?disabled=${!result} @click=${() => this.#copy(s, result?.code ?? '')}>Copy ${copyName(s.title)}</button>
          <span role="status" class="status">${this._copied?.kind === s.kind ? this._copied.text : ''}</span>
        </div>
      </section>`;
    })}`;
  }

  async #copy(s: ChannelSnippet, code: string): Promise<void> {
    let text = 'Copied to the clipboard.';
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#snippet-${s.kind}`);
      area?.select();
      text = document.execCommand('copy') ? 'Copied to the clipboard.' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
    }
    this._copied = { kind: s.kind, text };
  }
}
