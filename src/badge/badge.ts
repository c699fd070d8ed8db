import { html, type PropertyValues, type TemplateResult } from 'lit';
import { findSignatory } from '../data/match.js';
import { httpUrl } from '../data/url.js';
import { badgeTemplate } from '../shared/i18n.js';
import { StatementElement } from '../shared/statement-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { oneOf, warnOnce } from '../shared/warn.js';
import { STATEMENT_PAGE_URL } from '../shared/public-url.js';
import { badgeStyles } from './badge.styles.js';


/**
 * A compact link reading that a network is a signatory of the statement, e.g.
 * `<icn-badge network="ENCC"></icn-badge>`. Without `src` it shows the embedded statement and
 * makes no request. A title with no translation in the UI language is set off in that
 * language's quotation marks (« … » in French), outside the title's own `lang`.
 *
 * @summary A compact link reading that a network is a signatory of the statement.
 *
 * @tag icn-badge
 *
 * @csspart badge - The link that is the badge.
 *
 * @cssprop --icn-accent - The seal and the focus ring.
 * @cssprop --icn-text - Text colour (default: the host page's, or the theme's).
 * @cssprop --icn-surface - Background (default: transparent, or the theme's).
 * @cssprop --icn-font - Font family (default: the host page's).
 * @cssprop --icn-radius - Corner radius of the badge.
 *
 * @fires icn-load - The content is ready. `detail: { source: 'embedded' | 'remote' }`.
 * @fires icn-error - `src` failed (the embedded statement is shown), or `network` is not a signatory (`reason: 'unknown-network'`, and the badge claims nothing). `detail: { reason, message: string }`; `message` is untrusted text (show it with `textContent`).
 */
export class IcnBadge extends StatementElement {
  static override styles = [themeStyles, badgeStyles];

  static override properties = {
    ...StatementElement.properties,
    network: { reflect: true },
    size: { reflect: true },
    href: { reflect: true },
  };

  /** The signatory: its id, acronym or name, in any case (`ENCC`, `Res Artis`). */
  declare network: string | undefined;
  /** `small`, `medium` (default) or `large`. */
  declare size: 'small' | 'medium' | 'large' | undefined;
  /**
   * Where the badge links (an http(s) address); default the statement's `url`, else the
   * statement page of the build (`index.html` at `ICN_PUBLIC_URL`).
   */
  declare href: string | undefined;

  #checked = false;

  override render(): TemplateResult {
    const size = oneOf(this.localName, 'size', this.size, ['small', 'medium', 'large'], 'medium');
    const signatory = findSignatory(this._statement.signatories, this.network);
    const title = this.text.title;
    const titleHtml = html`<cite class="title" lang=${title.lang}>${title.value}</cite>`;
    const sentence = signatory
      ? badgeTemplate(this.ui, title.lang)
          .split(/(\{network\}|\{title\})/)
          .map((piece) =>
            piece === '{network}'
              ? html`<span class="who" lang=${this._statement.lang}>${signatory.acronym ?? signatory.name}</span>`
              : piece === '{title}'
                ? titleHtml
                : piece,
          )
      : titleHtml;
    return html`<a part="badge" class="badge ${size} ${this._loading ? 'busy' : ''}" href=${this.#href()} lang=${this.ui} dir=${this.uiDir} aria-busy=${this._loading}>
      <span class="seal" aria-hidden="true"><svg viewBox="0 0 24 24"><path d="M6 12.5l4 4 8-9" /></svg></span>
      <span class="text">${sentence}</span>
    </a>`;
  }

  protected override dataReady(): void {
    this.#checked = true;
    if (findSignatory(this._statement.signatories, this.network)) {
      this.clearError('unknown-network');
      return;
    }
    this.fail(
      'unknown-network',
      String(this.network ?? '').trim()
        ? `“${this.network}” is not a signatory of the statement (match an id, acronym or name), so the badge shows only the statement's title.`
        : 'has no network attribute, so the badge shows only the statement\'s title.',
    );
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The first check follows icn-load (dataReady), so a network that a framework sets a moment
    // after the upgrade is never reported; a network changed after that is checked at once.
    if (changed.has('network') && !changed.has('src') && this.#checked && !this._loading) this.dataReady();
  }

  #href(): string {
    if (this.href) {
      const url = httpUrl(this.href);
      if (url) return url;
      warnOnce(`<icn-badge href="${this.href}"> is not an http(s) address; the default link is used.`);
    }
    return httpUrl(this._statement.url) ?? STATEMENT_PAGE_URL;
  }
}
