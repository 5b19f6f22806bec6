import { Construct } from 'constructs';
import { TcrPolicyCommonProps } from './common-props';
import { TcrPolicyBase } from './tcr-policy-base';
import { AccessLevel } from '../scenarios/access-level';
import { enterpriseAccess } from '../scenarios/enterprise';

/** Props of {@link TcrInstanceAccess}. */
export interface TcrInstanceAccessProps extends TcrPolicyCommonProps {
  /** Full (`tcr:*`) or read-only (describe and pull). */
  readonly access: AccessLevel;
  /**
   * One TCR Enterprise instance, e.g. `tcr-xxxxxxxx` (may be a token).
   * @default - every instance
   */
  readonly instanceId?: string;
}

/** TCR Enterprise access to every instance, or to one instance (seed 002). */
export class TcrInstanceAccess extends TcrPolicyBase {
  public constructor(scope: Construct, id: string, props: TcrInstanceAccessProps) {
    super(scope, id, props, enterpriseAccess(props));
  }
}
