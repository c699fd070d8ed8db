import { css } from 'lit';

export const badgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-width: 100%;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.6em;
    min-height: 24px;
    max-width: 100%;
    padding-block: 0.45em;
    padding-inline: 0.55em 0.9em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    color: inherit;
    text-decoration: none;
    line-height: 1.3;
    font-size: 1rem;
  }
  .badge:hover .title {
    text-decoration: underline;
  }
  .small {
    font-size: 0.8125rem;
    padding-block: 0.2em;
    padding-inline: 0.3em 0.6em;
    gap: 0.4em;
  }
  .large {
    font-size: 1.2rem;
    padding-block: 0.7em;
    padding-inline: 0.8em 1.2em;
  }
  .seal {
    flex: none;
    display: grid;
    place-items: center;
    width: 1.9em;
    height: 1.9em;
    border-radius: 50%;
    background: var(--_accent);
  }
  .seal svg {
    width: 62%;
    height: 62%;
    fill: none;
    stroke: var(--icn-surface, Canvas);
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  :host([theme]) .seal svg {
    stroke: var(--icn-surface, #fff);
  }
  :host([theme='dark']) .seal svg {
    stroke: var(--icn-surface, #1b1e24);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .seal svg {
      stroke: var(--icn-surface, #1b1e24);
    }
  }
  .who {
    font-weight: 700;
  }
  .title {
    font-style: italic;
  }
  @media (forced-colors: active) {
    .badge {
      border-color: LinkText;
      color: LinkText;
    }
    .seal {
      background: LinkText;
    }
    .seal svg {
      stroke: Canvas;
    }
  }
`;
