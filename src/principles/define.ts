import { defineOnce } from '../shared/define-once.js';
import { IcnPrinciples } from './principles.js';

export { IcnPrinciples };

defineOnce('icn-principles', IcnPrinciples);

declare global {
  interface HTMLElementTagNameMap {
    'icn-principles': IcnPrinciples;
  }
}
