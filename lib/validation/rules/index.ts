import { broadGrant } from './broad-grant';
import { documentTooLong } from './document-too-long';
import { duplicateAttachment } from './duplicate-attachment';
import { duplicateEntry } from './duplicate-entry';
import { duplicatePolicyName } from './duplicate-policy-name';
import { invalidCondition } from './invalid-condition';
import { invalidJson } from './invalid-json';
import { invalidName } from './invalid-name';
import { invalidPolicyName } from './invalid-policy-name';
import { invalidResource } from './invalid-resource';
import { invalidSuppression } from './invalid-suppression';
import { invalidSyntax } from './invalid-syntax';
import { ipConditionUnsupported } from './ip-condition-unsupported';
import { ipUnsupportedApis } from './ip-unsupported-apis';
import { nestedRepositoryReach } from './nested-repository-reach';
import { operationLevelScoped } from './operation-level-scoped';
import { operationLevelViaWildcard } from './operation-level-via-wildcard';
import { principalRoot } from './principal-root';
import { resourceMismatch } from './resource-mismatch';
import { serviceAccountExpiry } from './service-account-expiry';
import { serviceAccountNeverExpires } from './service-account-never-expires';
import { shadowedByDeny } from './shadowed-by-deny';
import { stringNotArray } from './string-not-array';
import { tooManyPolicies } from './too-many-policies';
import { undocumentedAction } from './undocumented-action';
import { unknownAction } from './unknown-action';
import { unusedSuppression } from './unused-suppression';
import type { Rule, RuleInfo } from '../rule';

const LINT = [
  invalidJson,
  invalidSyntax,
  stringNotArray,
  principalRoot,
  unknownAction,
  operationLevelScoped,
  resourceMismatch,
  invalidResource,
  invalidName,
  invalidPolicyName,
  duplicatePolicyName,
  documentTooLong,
  invalidCondition,
  invalidSuppression,
  operationLevelViaWildcard,
  ipConditionUnsupported,
  broadGrant,
  nestedRepositoryReach,
  duplicateEntry,
  shadowedByDeny,
  undocumentedAction,
] as const;
const CONSTRUCT = [ipUnsupportedApis, duplicateAttachment, tooManyPolicies, serviceAccountExpiry, serviceAccountNeverExpires] as const;
const REGISTRY = [...LINT, unusedSuppression, ...CONSTRUCT] as const;

/**
 * The id of a rule the library reports, e.g. `'broad-grant'`: derived from the registry below, so a
 * scenario, a construct or the CLI that names a rule which does not exist fails to compile.
 */
export type RuleId = (typeof REGISTRY)[number]['id'];

/** The checks `lintPolicy` runs, errors first, in the order findings are reported. */
export const LINT_RULES: readonly Rule[] = Object.freeze([...LINT]);

/**
 * The rules the policy constructs report about their props and attachments (grants and blueprints):
 * metadata only, the checks live with the constructs and scenarios.
 */
export const CONSTRUCT_RULES: readonly RuleInfo[] = Object.freeze([...CONSTRUCT]);

/** Every rule id the library reports, with severity, title, explanation and fix: docs/rules.md is generated from it. */
export const RULES: readonly RuleInfo[] = Object.freeze(
  REGISTRY
    .map(({ id, severity, title, explanation, fix }) => Object.freeze({ id, severity, title, explanation, fix })),
);

/** The rule with this id, or `undefined`. */
export function getRule(id: string): RuleInfo | undefined {
  return RULES.find((r) => r.id === id);
}
