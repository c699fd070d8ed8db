import { defineOnce } from '../shared/define-once.js';
import { IcnBadge } from './badge.js';

export { IcnBadge };

defineOnce('icn-badge', IcnBadge);

declare global {
  interface HTMLElementTagNameMap {
    'icn-badge': IcnBadge;
  }
}
