import type { RuleHit } from './rule';
import type { RuleId } from './rules';
import type { Suppression } from './suppression';

/** How serious a finding is: an `error` fails `cdktf synth`; a `warning` is reported and synth goes on. */
export type Severity = 'error' | 'warning';

/** A suppression as applied to a finding: where it was declared, when it came from a construct scope. */
export interface AppliedSuppression extends Suppression {
  /**
   * The construct path of the scope the suppression was added to.
   * @default - not from a construct (passed to `lintPolicy` directly)
   */
  readonly scope?: string;
}

/** The id of a rule a caller adds to `lintPolicy`'s `rules` (any string; the library's own are {@link RuleId}s). */
export type CustomRuleId = string & Record<never, never>;

/** One problem found in a policy document or in the inputs of a policy: a rule's hit as the engine reports it. */
export interface Finding extends RuleHit {
  /**
   * The stable rule id, e.g. `unknown-action`: one of the library's {@link RuleId}s, or the id of a custom
   * rule passed to `lintPolicy`.
   */
  readonly ruleId: RuleId | CustomRuleId;
  /** The rule's severity; a rule that crashed reports `error`. */
  readonly severity: Severity;
  /** The path of the construct whose document or props produced the finding. @default - not from a construct */
  readonly constructPath?: string;
  /** Set when a suppression acknowledges the finding: it is then reported but does not fail. @default - not suppressed */
  readonly suppression?: AppliedSuppression;
}
