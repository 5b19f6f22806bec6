import type { PropSpec } from './prop-check';
import type { Rule } from './rule';
import type { Suppression } from './suppression';

/** The inputs of a policy besides its document: checked by `invalid-name`, `invalid-policy-name` and `duplicate-policy-name`. */
export interface PolicyInputs {
  /** The CAM policy name to check. @default - not checked */
  readonly policyName?: string;
  /** The policy description to check (at most 300 bytes). @default - not checked */
  readonly description?: string;
  /** Props holding names (namespace, repository, instance id, uin…) as `[prop, kind, value]`. @default - none */
  readonly nameProps?: readonly PropSpec[];
  /**
   * Who already uses `policyName` (e.g. a construct path): set, it makes a `duplicate-policy-name` finding.
   * @default - the name is not taken
   */
  readonly policyNameUsedBy?: string;
}

/** Options of `lintPolicy`. */
export interface LintOptions extends PolicyInputs {
  /**
   * Whether a value is a placeholder resolved later (a Terraform token): such values are not checked
   * against naming or resource rules, and a statement holding one is not assumed to match or not.
   * @default - no value is a placeholder
   */
  readonly isUnresolved?: (value: string) => boolean;
  /**
   * Acknowledged findings. Matching findings are returned with `suppression` set; a suppression that
   * matches nothing gives an `unused-suppression` finding; an invalid one an `invalid-suppression` finding.
   * @default - none
   */
  readonly suppressions?: readonly Suppression[];
  /** The rules to run. @default LINT_RULES */
  readonly rules?: readonly Rule[];
  /** Stamped on every finding. @default - none */
  readonly constructPath?: string;
}

/** The options a rule's check sees: `LintOptions` with defaults filled in. */
export interface ResolvedLintOptions extends PolicyInputs {
  /** Whether a value is a placeholder (never for plain text). */
  readonly isUnresolved: (value: string) => boolean;
  /** The suppressions to check. */
  readonly suppressions: readonly Suppression[];
  /** The ids a suppression may name: the rules that run plus the engine's own. */
  readonly ruleIds: readonly string[];
}
