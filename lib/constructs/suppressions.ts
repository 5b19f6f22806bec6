import { IConstruct } from 'constructs';
import { addSuppressions, suppressionsAt } from './private/validation-adapter';
import type { Suppression } from '../validation/suppression';

/**
 * Acknowledges validation findings on a construct and everything below it, in the style of
 * cdk-nag's `NagSuppressions`: `Suppressions.of(scope).add({ ruleId, reason, appliesTo? })`.
 *
 * A suppressed finding is still reported, as an info annotation with the reason, but no longer fails
 * synth (errors) or warns (warnings). At synth, a suppression whose reason is shorter than 10
 * characters or whose `ruleId` is unknown is an `invalid-suppression` error (and is not applied); one
 * that matches no finding below its scope is an `unused-suppression` warning. Findings about construct
 * props (`invalid-name`, `invalid-policy-name`, `duplicate-policy-name` on a prop) cannot be
 * suppressed: the document is only rendered once the props are valid.
 *
 * @example
 * Suppressions.of(stack).add({ ruleId: 'operation-level-via-wildcard', reason: 'Auditors never call the operation-level Describe APIs' });
 * Suppressions.of(adminPolicy).add({ ruleId: 'broad-grant', appliesTo: 'tcr:*', reason: 'Break-glass role of the platform team' });
 */
export class Suppressions {
  /** The suppressions of `scope`: a construct, a stack or the app. */
  public static of(scope: IConstruct): Suppressions {
    return new Suppressions(scope);
  }

  private constructor(private readonly scope: IConstruct) {}

  /** The suppressions added to this scope (not those of scopes above it). */
  public get all(): Suppression[] {
    return suppressionsAt(this.scope);
  }

  /** Adds suppressions; they are checked and applied when the app synthesizes. */
  public add(...suppressions: Suppression[]): this {
    addSuppressions(this.scope, suppressions);
    return this;
  }
}
