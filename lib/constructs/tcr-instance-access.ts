import { Construct } from 'constructs';
import { ConsoleListingProps, TcrPolicyCommonProps } from './common-props';
import { TcrPolicyBase } from './tcr-policy-base';
import { AccessLevel } from '../scenarios/access-level';
import { enterpriseAccess } from '../scenarios/enterprise';
import { withConsoleListing } from '../scenarios/with-console-listing';

/** Props of {@link TcrInstanceAccess}. */
export interface TcrInstanceAccessProps extends TcrPolicyCommonProps, ConsoleListingProps {
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
    super(scope, id, props, withConsoleListing(enterpriseAccess(props), props.consoleListing ? 'enterprise' : undefined));
  }
}
