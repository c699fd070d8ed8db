/** Defines `<icn-embed-builder>`: builder.js, the statement page's own script, not in the widgets' bundle. */
import { IcnEmbedBuilder } from './builder.js';

if (!customElements.get('icn-embed-builder')) customElements.define('icn-embed-builder', IcnEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'icn-embed-builder': IcnEmbedBuilder;
  }
}
