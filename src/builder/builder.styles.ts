import { css } from 'lit';

/**
 * The builder's look: the page's font and colours, controls of one height, nothing wider than
 * its box from a 320 px phone up.
 */
export const builderStyles = css`
  :host {
    display: block;
    --_accent: var(--icn-accent, #0a55b8);
    --_line: #6e7781;
    --_hint: #57606a;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  fieldset {
    min-width: 0;
    border: 1px solid #d0d7de;
    border-radius: 0.5rem;
    margin: 0 0 1rem;
    padding: 0.75rem 1rem 1rem;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  .channels {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: 0.75rem 1.25rem;
  }
  .channels legend {
    font-size: 1.1rem;
  }
  .channel {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.5rem;
  }
  .channel .hint {
    grid-column: 2;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  .choices label,
  .field.bool {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2rem;
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: 0.75rem 1.25rem;
    align-items: start;
  }
  .field {
    min-width: 0;
  }
  .field label {
    display: block;
    font-size: 0.95rem;
  }
  .field.bool {
    flex-wrap: wrap;
  }
  .field.bool .hint {
    flex-basis: 100%;
  }
  select,
  input[type='url'],
  input[type='number'] {
    font: inherit;
    width: 100%;
    max-width: 100%;
    height: 2.5rem;
    padding: 0.2rem 0.4rem;
    border: 1px solid var(--_line);
    border-radius: 0.375rem;
    background: #fff;
    color: inherit;
  }
  input[type='checkbox'],
  input[type='radio'] {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .hint {
    margin: 0.2rem 0 0;
    font-size: 0.875rem;
    line-height: 1.4;
    color: var(--_hint);
  }
  .hint.invalid,
  .missing,
  .note {
    color: #9a2a00;
  }
  .preview {
    border: 1px dashed #8c959f;
    border-radius: 0.5rem;
    padding: 1rem;
    min-height: 4rem;
    overflow-wrap: anywhere;
  }
  .preview img {
    max-width: 100%;
    height: auto;
  }
  h3 {
    font-size: 1.1rem;
    margin: 1.5rem 0 0.5rem;
  }
  .snippet p {
    margin: 0 0 0.5rem;
  }
  textarea {
    display: block;
    width: 100%;
    max-width: 100%;
    font: 0.875rem/1.45 ui-monospace, monospace;
    padding: 0.5rem;
    border: 1px solid var(--_line);
    border-radius: 0.375rem;
    resize: vertical;
  }
  .copy {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    margin-top: 0.5rem;
  }
  .status {
    font-size: 0.95rem;
  }
  button {
    font: inherit;
    min-height: 2.5rem;
    padding: 0.3rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: 0.375rem;
    background: var(--_accent);
    color: #fff;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
