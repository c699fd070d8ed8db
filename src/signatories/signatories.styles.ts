import { css } from 'lit';

export const signatoriesStyles = css`
  .wrap {
    line-height: 1.4;
  }
  .heading {
    font-size: 1.2em;
    font-weight: 700;
    margin: 0;
    margin-block-end: 0.75rem;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin-block-end: 0.75rem;
  }
  input {
    min-height: 2.25rem;
    padding-block: 0.25em;
    padding-inline: 0.6em;
    /* A field's edge needs 3:1 against the background (WCAG 1.4.11): not the faint line colour. */
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: transparent;
    width: min(100%, 20rem);
  }
  .status {
    margin: 0;
    font-size: 0.9em;
  }
  ul {
    margin: 0;
    margin-block-end: 0.75rem;
    padding: 0;
    list-style: none;
  }
  /* The whole list while a query narrows it: kept, with its layout, but not rendered (cheap to
     show again), and inert (out of the tab order and the accessibility tree). */
  .off {
    content-visibility: hidden;
    margin: 0;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 0.5rem;
  }
  .grid li {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-height: 24px;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }
  /* In a long grid, cells out of view are not laid out or painted: a grid of thousands then costs
     a frame little more than a grid of dozens (Chromium lays out the whole grid each frame). */
  .grid.long li {
    content-visibility: auto;
    contain-intrinsic-size: auto 3.5rem;
  }
  .grid .sep {
    display: none;
  }
  .grid .name {
    display: block;
    font-size: 0.9em;
  }
  .grid .name:first-child {
    font-size: 1em;
    font-weight: 700;
  }
  .list li {
    padding-block: 0.2rem;
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  a {
    display: inline-block;
    min-height: 24px;
    min-width: 24px;
  }
  .acronym {
    font-weight: 700;
  }
  li[aria-current] {
    border-color: var(--_accent);
    border-inline-start: 0.25rem solid var(--_accent);
  }
  .list li[aria-current],
  .inline li[aria-current] {
    padding-inline-start: 0.5rem;
  }
  @media (forced-colors: active) {
    li[aria-current] {
      outline: 2px solid Highlight;
    }
  }
`;
