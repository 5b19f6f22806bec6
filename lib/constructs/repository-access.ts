import { Construct } from 'constructs';
import { ConsoleListingProps, EnterpriseRegistryLoginProps, TcrPolicyCommonProps } from './common-props';
import { CONSTRUCT_PROP_TYPES } from './private/prop-types';
import { TcrPolicyBase } from './tcr-policy-base';
import { RepositoryAccessLevel, repositoryAccess } from '../scenarios/repository-access';

/** Props of {@link RepositoryAccess}. */
export interface RepositoryAccessProps extends TcrPolicyCommonProps, ConsoleListingProps, EnterpriseRegistryLoginProps {
  /** The TCR Enterprise instance, e.g. `tcr-xxxxxxxx` (may be a token). */
  readonly instanceId: string;
  /** The namespace (may be a token). */
  readonly namespace: string;
  /** Pull only, or pull and push. */
  readonly access: RepositoryAccessLevel;
  /**
   * Exactly these repositories of the namespace: `app` never gives `app/secret` or `app/x/y` (name them
   * too if they are meant). An empty list is an error, never the whole namespace.
   * @default - every repository of the namespace
   */
  readonly repositories?: readonly string[];
}

/**
 * Pull, or pull and push, in one TCR Enterprise namespace (every repository, or exactly the named ones),
 * with describe inside the namespace, and the registry login on the instance (`registryLogin`): what
 * developers, CI pipelines and readers need. Nothing else on the instance (no `tcr:Describe*` there; with
 * `consoleListing`, `tcr:DescribeNamespaces` to show the namespace). Never delete, never manage repositories or
 * the namespace (`NamespaceAdmin` does that).
 */
export class RepositoryAccess extends TcrPolicyBase {
  public constructor(scope: Construct, id: string, props: RepositoryAccessProps) {
    super(scope, id, props, () => repositoryAccess(props), CONSTRUCT_PROP_TYPES.RepositoryAccess);
  }
}
