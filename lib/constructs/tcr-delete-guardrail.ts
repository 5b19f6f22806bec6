import { Construct } from 'constructs';
import { TcrPolicyCommonProps } from './common-props';
import { CONSTRUCT_PROP_TYPES } from './private/prop-types';
import { TcrPolicyBase } from './tcr-policy-base';
import { deleteGuardrail, DeleteGuardrailScenario, GuardrailScope } from '../scenarios/delete-guardrail';
import type { GrantConditions } from '../scenarios/grant-conditions';

/** Props of {@link TcrDeleteGuardrail}: no conditions, since a condition would narrow what the guardrail refuses. */
export interface TcrDeleteGuardrailProps extends Omit<TcrPolicyCommonProps, keyof GrantConditions> {
  /** Where deletes are denied. @default GuardrailScope.service() */
  readonly scope?: GuardrailScope;
}

/**
 * Explicitly denies every API that deletes on a scope, by pattern (`tcr:Delete*`, `tcr:BatchDelete*`,
 * `ccr:Delete*`, `ccr:BatchDelete*`: every `deleteActions()` API, future ones, and those outside the CAM page such as
 * `tcr:DeleteImage`). Attach it next to broader grants: an explicit deny wins over any allow attached to the same
 * user, group or role. A narrower scope denies in every region (docs/catalog.md, assumption `empty-region`).
 */
export class TcrDeleteGuardrail extends TcrPolicyBase {
  /**
   * The delete APIs of the scope's edition the guardrail cannot deny without reaching beyond the scope:
   * operation-level ones (CAM matches them only on `*`) and, for a namespace, those on the instance.
   */
  public readonly notCoveredApis: string[];
  /**
   * APIs outside the CAM page that a scoped guardrail's patterns name but whose CAM resources are undocumented, so
   * whether the scoped deny reaches them is not known (empty for the whole-service guardrail, which denies on `*`).
   */
  public readonly undocumentedApis: string[];

  public constructor(scope: Construct, id: string, props: TcrDeleteGuardrailProps = {}) {
    let scenario: DeleteGuardrailScenario | undefined;
    super(scope, id, props, () => (scenario = deleteGuardrail(props)), CONSTRUCT_PROP_TYPES.TcrDeleteGuardrail);
    // Props of the wrong type build no scenario: synth fails, and nothing is left uncovered by a deny that is not written.
    this.notCoveredApis = scenario?.notCovered ?? [];
    this.undocumentedApis = scenario?.undocumented ?? [];
  }
}
