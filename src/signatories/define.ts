import { defineOnce } from '../shared/define-once.js';
import { IcnSignatories } from './signatories.js';

export { IcnSignatories };

defineOnce('icn-signatories', IcnSignatories);

declare global {
  interface HTMLElementTagNameMap {
    'icn-signatories': IcnSignatories;
  }
}
