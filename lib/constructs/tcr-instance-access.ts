import { Construct } from 'constructs';
import { ConsoleListingProps, EnterpriseRegistryLoginProps, TcrPolicyCommonProps } from './common-props';
import { CONSTRUCT_PROP_TYPES } from './private/prop-types';
import { TcrPolicyBase } from './tcr-policy-base';
import { AccessLevel } from '../scenarios/access-level';
import { enterpriseAccess } from '../scenarios/enterprise';
import { registryLoginIf, withRegistryLogin } from '../scenarios/registry-login';
import { withConsoleListing } from '../scenarios/with-console-listing';

/** Props of {@link TcrInstanceAccess}. */
export interface TcrInstanceAccessProps extends TcrPolicyCommonProps, ConsoleListingProps, EnterpriseRegistryLoginProps {
  /** Full (`tcr:*`) or read-only (describe and pull). */
  readonly access: AccessLevel;
  /**
   * One TCR Enterprise instance, e.g. `tcr-xxxxxxxx` (may be a token).
   * @default - every instance
   */
  readonly instanceId?: string;
}

/**
 * TCR Enterprise access to every instance, or to one instance (https://www.tencentcloud.com/document/product/1051/37246). `READ_ONLY` adds the registry
 * login (`registryLogin`); `FULL` (`tcr:*` on the instances) includes it already.
 */
export class TcrInstanceAccess extends TcrPolicyBase {
  public constructor(scope: Construct, id: string, props: TcrInstanceAccessProps) {
    super(scope, id, props, () => {
      // tcr:* on the instances already allows CreateInstanceToken: a login statement would only repeat it.
      const login = props.access === AccessLevel.FULL ? undefined : registryLoginIf(props.registryLogin, { edition: 'enterprise', instanceId: props.instanceId });
      return withConsoleListing(withRegistryLogin(enterpriseAccess(props), login, props), props.consoleListing ? 'enterprise' : undefined);
    }, CONSTRUCT_PROP_TYPES.TcrInstanceAccess);
  }
}
