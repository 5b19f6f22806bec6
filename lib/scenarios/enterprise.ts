import { AccessLevel } from './access-level';
import { namespaceRepositoryResources } from './namespace-resources';
import { Scenario } from './scenario';
import { ScenarioScope, scopeSpecs } from './scope';
import { Effect, PolicyStatement } from '../policy/policy-statement';
import { ResourceName } from '../policy/resource-name';

/** The actions of Tencent's Enterprise templates (https://www.tencentcloud.com/document/product/1051/37246). */
const ALL_TCR = 'tcr:*';
const DESCRIBE = 'tcr:Describe*';
const DESCRIBE_INSTANCE = 'tcr:DescribeInstance*';
const PULL = 'tcr:PullRepository';
const PULL_ANY_EDITION = 'tcr:PullRepository*';

/** Input of {@link enterpriseAccess}. */
export interface EnterpriseAccessInput extends ScenarioScope {
  /** Full or read-only access. */
  readonly access: AccessLevel;
  /** @default - every instance */
  readonly instanceId?: string;
}

/**
 * TCR Enterprise access to all instances or one instance (https://www.tencentcloud.com/document/product/1051/37246: "all read/write",
 * "read-only for all resources", "manage the specified instance").
 */
export function enterpriseAccess(input: EnterpriseAccessInput): Scenario {
  const id = input.instanceId;
  return {
    specs: [['instanceId', 'instanceId', id], ...scopeSpecs(input)],
    build: () => {
      const resources = [
        ResourceName.tcrInstance([id ?? '*'], input),
        ResourceName.tcrRepository(id ? [id, '*'] : ['*'], input),
      ];
      const actions = input.access === AccessLevel.FULL ? [ALL_TCR] : [DESCRIBE, id ? PULL : PULL_ANY_EDITION];
      return [new PolicyStatement({ effect: Effect.ALLOW, actions, resources })];
    },
  };
}

/** Input of {@link namespaceAdmin}. */
export interface NamespaceAdminInput extends ScenarioScope {
  /** The TCR Enterprise instance, e.g. `tcr-xxxxxxxx`. */
  readonly instanceId: string;
  /** The namespace within the instance. */
  readonly namespace: string;
}

/** Manage one namespace of one instance (https://www.tencentcloud.com/document/product/1051/37246: "manage the specified namespace"). */
export function namespaceAdmin(input: NamespaceAdminInput): Scenario {
  const { instanceId: id, namespace: ns } = input;
  return {
    specs: [['instanceId', 'instanceId', id], ['namespace', 'namespace', ns], ...scopeSpecs(input)],
    build: () => [
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: [ALL_TCR],
        resources: [ResourceName.tcrRepository([id, ns], input), ResourceName.tcrRepository([id, ns, '*'], input)],
      }),
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: [DESCRIBE_INSTANCE],
        resources: [ResourceName.tcrInstance([id], input)],
      }),
    ],
  };
}

/** Input of {@link repoReadOnly}. */
export interface RepoReadOnlyInput extends ScenarioScope {
  /** The TCR Enterprise instance, e.g. `tcr-xxxxxxxx`. */
  readonly instanceId: string;
  /** The namespace within the instance. */
  readonly namespace: string;
  /** One or more repositories of the namespace. */
  readonly repositories: readonly string[];
}

/** Pull-only access to repositories of one namespace (https://www.tencentcloud.com/document/product/1051/37246: "read-only permission of an image repository"). */
export function repoReadOnly(input: RepoReadOnlyInput): Scenario {
  const { instanceId: id, namespace: ns, repositories } = input;
  return {
    build: () => {
      const resources = namespaceRepositoryResources(id, ns, repositories, input);
      return [new PolicyStatement({ effect: Effect.ALLOW, actions: [DESCRIBE, PULL], resources })];
    },
    specs: [
      ['instanceId', 'instanceId', id],
      ['namespace', 'namespace', ns],
      // An empty list is checked as an empty name: it must be an error, never a broader grant.
      ...(repositories.length === 0 ? [['repositories', 'repository', ''] as const] : []),
      ...repositories.map((r, i) => [repositories.length === 1 ? 'repository' : `repositories[${i}]`, 'repository', r] as const),
      ...scopeSpecs(input),
    ],
  };
}
