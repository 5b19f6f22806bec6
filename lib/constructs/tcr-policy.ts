import { Construct } from 'constructs';
import { TcrPolicyCommonProps } from './common-props';
import { CONSTRUCT_PROP_TYPES } from './private/prop-types';
import { TcrPolicyBase } from './tcr-policy-base';
import { PolicyStatement } from '../policy/policy-statement';

/** Props of {@link TcrPolicy}. */
export interface TcrPolicyProps extends Omit<TcrPolicyCommonProps, 'region' | 'ownerUin'> {
  /** The statements, in order. Build resources with `ResourceName`. */
  readonly statements: readonly PolicyStatement[];
}

/** Any CAM policy document: for Tencent's other examples, CCR policies and everything the scenarios don't cover. */
export class TcrPolicy extends TcrPolicyBase {
  public constructor(scope: Construct, id: string, props: TcrPolicyProps) {
    super(scope, id, props, () => ({ specs: [], build: () => [...props.statements] }), CONSTRUCT_PROP_TYPES.TcrPolicy);
  }
}
