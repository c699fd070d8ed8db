import { css } from 'lit';

/**
 * What the card and the list add (the badge has none of it): their buttons and field with
 * 24 px targets, and the outer box's padding under a theme.
 */
export const controlStyles = css`
  button,
  input {
    font: inherit;
    color: inherit;
    min-height: 24px;
    min-width: 24px;
  }
  button {
    cursor: pointer;
    padding-block: 0.25em;
    padding-inline: 0.9em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
  }
  button:hover {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  /* The outer box of a card or list: padded only when a theme paints a surface behind it. */
  :host([theme]) .frame {
    padding-block: 1.25rem;
    padding-inline: 1.5rem;
  }
  @media (forced-colors: active) {
    button,
    input {
      border: 1px solid ButtonText;
    }
  }
`;
