/**
 * Registers every element (each only if its tag is free). This is the entry of the
 * self-contained bundle `dist/icn-widgets.js` and of the package's `./define`.
 */
export { IcnBadge } from './badge/define.js';
export { IcnPrinciples } from './principles/define.js';
export { IcnSignatories } from './signatories/define.js';
