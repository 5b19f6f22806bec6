import { Construct } from 'constructs';
import { EnterpriseRegistryLoginProps, TcrPolicyCommonProps } from './common-props';
import { CONSTRUCT_PROP_TYPES } from './private/prop-types';
import { TcrPolicyBase } from './tcr-policy-base';
import { namespaceAdmin } from '../scenarios/enterprise';
import { registryLoginIf, withRegistryLogin } from '../scenarios/registry-login';

/** Props of {@link NamespaceAdmin}. */
export interface NamespaceAdminProps extends TcrPolicyCommonProps, EnterpriseRegistryLoginProps {
  /** The TCR Enterprise instance, e.g. `tcr-xxxxxxxx` (may be a token). */
  readonly instanceId: string;
  /** The namespace to manage, e.g. `team-01` (may be a token). */
  readonly namespace: string;
}

/** Every TCR action inside one namespace of one instance, plus describing and logging in to the instance (https://www.tencentcloud.com/document/product/1051/37246, plus `registryLogin`). */
export class NamespaceAdmin extends TcrPolicyBase {
  public constructor(scope: Construct, id: string, props: NamespaceAdminProps) {
    super(scope, id, props, () => withRegistryLogin(namespaceAdmin(props), registryLoginIf(props.registryLogin, { edition: 'enterprise', instanceId: props.instanceId }), props),
      CONSTRUCT_PROP_TYPES.NamespaceAdmin);
  }
}
