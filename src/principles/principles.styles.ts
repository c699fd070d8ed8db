import { css } from 'lit';

export const principlesStyles = css`
  .card {
    line-height: 1.5;
  }
  .title {
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.25;
    margin: 0;
    margin-block-end: 0.75rem;
  }
  p {
    margin: 0;
    margin-block-end: 0.75rem;
  }
  p a {
    display: inline-block;
    min-height: 24px;
  }
  ol {
    margin: 0;
    margin-block-end: 0.75rem;
    padding-inline-start: 1.75em;
  }
  /* A collapsed card folds the principles after the third away on screen; print shows all. */
  @media not print {
    .folded .more {
      display: none;
    }
  }
  li {
    margin-block: 0.4em;
    padding-inline-start: 0.25em;
  }
  li::marker {
    color: var(--_accent);
    font-weight: 700;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
    margin: 0;
    margin-block-start: 0.75rem;
    padding: 0;
    list-style: none;
  }
  .links li {
    margin: 0;
    padding: 0;
  }
  .links a {
    display: inline-block;
    min-height: 24px;
    padding-block: 0.1em;
  }
  blockquote {
    margin: 0;
    font-size: 1.1em;
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 1rem;
  }
  figure {
    margin: 0;
  }
  figcaption {
    margin-block-start: 0.5rem;
    font-size: 0.9em;
  }
  figcaption .title {
    display: inline;
    font-size: inherit;
    font-weight: 600;
  }
  /* On paper: black on white, no card, every principle, nothing to click. */
  @media print {
    :host {
      color: #000 !important;
      background: none !important;
    }
    .card {
      padding: 0 !important;
    }
    li {
      break-inside: avoid;
    }
    li::marker,
    a {
      color: inherit;
    }
    .title {
      break-after: avoid;
    }
    button {
      display: none;
    }
  }
`;
