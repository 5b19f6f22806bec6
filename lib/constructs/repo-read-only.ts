import { Construct } from 'constructs';
import { ConsoleListingProps, EnterpriseRegistryLoginProps, TcrPolicyCommonProps } from './common-props';
import { CONSTRUCT_PROP_TYPES } from './private/prop-types';
import { TcrPolicyBase } from './tcr-policy-base';
import { repoReadOnly } from '../scenarios/enterprise';
import { registryLoginIf, withRegistryLogin } from '../scenarios/registry-login';
import { withConsoleListing } from '../scenarios/with-console-listing';

/** Props of {@link RepoReadOnly}: name one `repository` or several `repositories`. */
export interface RepoReadOnlyProps extends TcrPolicyCommonProps, ConsoleListingProps, EnterpriseRegistryLoginProps {
  /** The TCR Enterprise instance, e.g. `tcr-xxxxxxxx` (may be a token). */
  readonly instanceId: string;
  /** The namespace of the repositories (may be a token). */
  readonly namespace: string;
  /** One repository. @default - use `repositories` */
  readonly repository?: string;
  /** Several repositories of the namespace. @default - use `repository` */
  readonly repositories?: readonly string[];
}

/** Pull (and describe) images of named repositories, and log in to their instance (https://www.tencentcloud.com/document/product/1051/37246, plus `registryLogin`). */
export class RepoReadOnly extends TcrPolicyBase {
  public constructor(scope: Construct, id: string, props: RepoReadOnlyProps) {
    super(scope, id, props, () => {
      const repositories = [...(props.repository !== undefined ? [props.repository] : []), ...(props.repositories ?? [])];
      const login = registryLoginIf(props.registryLogin, { edition: 'enterprise', instanceId: props.instanceId });
      return withConsoleListing(withRegistryLogin(repoReadOnly({ ...props, repositories }), login, props), props.consoleListing ? 'enterprise' : undefined);
    }, CONSTRUCT_PROP_TYPES.RepoReadOnly);
  }
}
