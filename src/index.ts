/**
 * The package entry: the element classes and the data helpers, with no side effect. Import
 * `icn-widgets/define` (or an element's `define`) to register the tags.
 */
export { IcnBadge } from './badge/badge.js';
export { IcnPrinciples } from './principles/principles.js';
export { IcnSignatories } from './signatories/signatories.js';
export { StatementElement, type IcnErrorDetail, type IcnLoadDetail, type Theme } from './shared/statement-element.js';
export { embeddedStatement } from './data/statement.js';
export { LIMITS } from './data/limits.js';
export {
  StatementSchema,
  validateStatement,
  type Signatory,
  type Statement,
  type Translation,
  type ValidationResult,
} from './data/schema.js';
export {
  LOAD_TIMEOUT_MS,
  StatementError,
  fetchStatement,
  loadStatement,
  setStatementLoader,
  type ErrorReason,
  type StatementLoader,
} from './data/loader.js';
export type {
  IcnBadgeAttributes,
  IcnCommonAttributes,
  IcnPrinciplesAttributes,
  IcnSignatoriesAttributes,
} from './types/attributes.js';
