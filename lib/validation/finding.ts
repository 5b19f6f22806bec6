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

/** One problem found in a policy document or in the inputs of a policy. */
export interface Finding {
  /** The stable rule id, e.g. `unknown-action`. */
  readonly ruleId: string;
  /** The rule's severity; a rule that crashed reports `error`. */
  readonly severity: Severity;
  /** What is wrong, the offending value, what is allowed and how to fix it. */
  readonly message: string;
  /**
   * A JSON pointer into the document, e.g. `/statement/0/action/1`; empty for the whole document or
   * for a finding about an input (see `prop`).
   */
  readonly path: string;
  /**
   * The offending value (an action, a resource, a name, a condition value); a suppression's
   * `appliesTo` matches it.
   * @default - the finding is about no single value
   */
  readonly value?: string;
  /**
   * The construct prop (or lint option) the finding is about, e.g. `namespace` or `repositories[2]`.
   * @default - the finding is about the document
   */
  readonly prop?: string;
  /** For `invalid-json`: the 1-based line of the syntax error. @default - not a syntax error */
  readonly line?: number;
  /** For `invalid-json`: the 1-based column (UTF-16 code units) of the syntax error. @default - not a syntax error */
  readonly column?: number;
  /** The path of the construct whose document or props produced the finding. @default - not from a construct */
  readonly constructPath?: string;
  /** Set when a suppression acknowledges the finding: it is then reported but does not fail. @default - not suppressed */
  readonly suppression?: AppliedSuppression;
}
