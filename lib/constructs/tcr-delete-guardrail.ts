import { Construct } from 'constructs';
import { TcrPolicyCommonProps } from './common-props';
import { TcrPolicyBase } from './tcr-policy-base';
import { deleteGuardrail, GuardrailScope } from '../scenarios/delete-guardrail';
import type { GrantConditions } from '../scenarios/grant-conditions';

/** Props of {@link TcrDeleteGuardrail}: no conditions, since a condition would narrow what the guardrail refuses. */
export interface TcrDeleteGuardrailProps extends Omit<TcrPolicyCommonProps, keyof GrantConditions> {
  /** Where deletes are denied. @default GuardrailScope.service() */
  readonly scope?: GuardrailScope;
}

/**
 * Explicitly denies every API that deletes (`deleteActions()`: every catalog API named `Delete…` or
 * `BatchDelete…`, TCR Enterprise and Personal and CCR) on a scope. Attach it next to broader grants: an
 * explicit deny wins over any allow attached to the same user, group or role.
 */
export class TcrDeleteGuardrail extends TcrPolicyBase {
  /**
   * The delete APIs of the scope's edition the guardrail cannot deny without reaching beyond the scope:
   * operation-level ones (CAM matches them only on `*`) and, for a namespace, those on the instance.
   */
  public readonly notCoveredApis: string[];

  public constructor(scope: Construct, id: string, props: TcrDeleteGuardrailProps = {}) {
    const scenario = deleteGuardrail(props);
    super(scope, id, props, scenario);
    this.notCoveredApis = scenario.notCovered;
  }
}
