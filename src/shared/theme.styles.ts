import { css } from 'lit';

const light = css`
  color-scheme: light;
  color: var(--icn-text, #1f2328);
  background: var(--icn-surface, #ffffff);
  --_accent: var(--icn-accent, #0a55b8);
  --_muted: color-mix(in srgb, currentColor 72%, transparent);
  --_line: color-mix(in srgb, currentColor 25%, transparent);
`;

const dark = css`
  color-scheme: dark;
  color: var(--icn-text, #eef0f3);
  background: var(--icn-surface, #1b1e24);
  --_accent: var(--icn-accent, #8cb8ff);
  /* Set again: under theme="auto" the light block applies first. */
  --_muted: currentColor;
  --_line: color-mix(in srgb, currentColor 30%, transparent);
`;

/**
 * What every element shares: the public custom properties feeding private ones, the themes,
 * links, a visible focus ring and forced-colours support. Without `theme` the element
 * takes the host page's font and text colour on a transparent background.
 */
export const themeStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--icn-font, inherit);
    color: var(--icn-text, inherit);
    background: var(--icn-surface, transparent);
    border-radius: var(--icn-radius, 0.5rem);
    --_accent: var(--icn-accent, currentColor);
    --_radius: var(--icn-radius, 0.5rem);
    --_muted: currentColor;
    --_line: color-mix(in srgb, currentColor 30%, transparent);
    /* Inherited text styles a host page may set around the element: font family, size and
       colour come through by design, these do not. */
    font-style: normal;
    letter-spacing: normal;
    list-style-type: disc;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    word-spacing: normal;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']),
  :host([theme='auto']) {
    ${light}
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  /* Text marked with its language takes its direction from its own first letters: an English
     statement on a right-to-left page keeps its full stop at the end, while the layout around
     it (list numbers, the badge's seal, the highlight bar) follows the page. */
  [lang],
  [lang] > li {
    unicode-bidi: plaintext;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .busy {
    visibility: hidden;
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
