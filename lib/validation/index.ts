export * from './finding';
export * from './format-finding';
// Kept at the root for existing callers; they live with the one document reader in lib/policy.
export { findJsonSyntaxError, jsonErrorAt } from '../policy/json/syntax-error';
export type { JsonSyntaxError } from '../policy/json/syntax-error';
export * from './lint-options';
export * from './lint-policy';
export * from './prop-check';
export { viewPolicy } from '../policy/policy-view';
export type { PolicyView, StatementView, ValueAt, ConditionAt, ConditionValueAt } from '../policy/policy-view';
export * from './rule';
export * from './rules';
export * from './suppression';
