import { ListingEdition } from './console-listing';
import { registryLoginIf, withRegistryLogin } from './registry-login';
import { Scenario } from './scenario';
import { ScenarioScope, scopeSpecs } from './scope';
import { withConsoleListing } from './with-console-listing';
import { Effect, PolicyStatement } from '../policy/policy-statement';
import { ResourceName, ResourceScope } from '../policy/resource-name';
import { PropSpec } from '../validation/prop-check';

/** How much {@link repositoryAccess} grants inside a namespace. */
export enum RepositoryAccessLevel {
  /** Describe and pull (`tcr:Describe*`, `tcr:PullRepository`) inside the namespace. */
  PULL = 'pull',
  /** Describe, pull and push (`tcr:PushRepository`); no delete, no repository or namespace management. */
  PULL_PUSH = 'pull-push',
}

/**
 * The docker APIs of an access level: pull is `tcr:PullRepository`, push adds `tcr:PushRepository`. The one
 * definition both the CAM grants and the TCR service accounts render.
 */
export function repositoryAccessActions(access: RepositoryAccessLevel): string[] {
  return ['tcr:PullRepository', ...(access === RepositoryAccessLevel.PULL_PUSH ? ['tcr:PushRepository'] : [])];
}

/** Input of {@link repositoryAccess}. */
export interface RepositoryAccessInput extends ScenarioScope {
  /** The TCR Enterprise instance, e.g. `tcr-xxxxxxxx`. */
  readonly instanceId: string;
  /** The namespace within the instance. */
  readonly namespace: string;
  /** Pull, or pull and push. */
  readonly access: RepositoryAccessLevel;
  /** @default - every repository of the namespace */
  readonly repositories?: readonly string[];
  /** Add the `["*"]` console listing statement. @default false */
  readonly consoleListing?: boolean;
  /** Add `tcr:CreateInstanceToken` on the instance (see `withRegistryLogin`). @default true */
  readonly registryLogin?: boolean;
}

const EDITION: ListingEdition = 'enterprise';
/** The API the console lists an instance's namespaces with; CAM authorizes it on `repository/<id>/*` (https://www.tencentcloud.com/document/product/598/57160). */
const NAMESPACE_LISTING = 'tcr:DescribeNamespaces';

/**
 * Pull, or pull and push, in one TCR Enterprise namespace: every repository of it
 * (`repository/<id>/<ns>/*`) or exactly the named ones (`repository/<id>/<ns>/<name>`, never
 * `<name>/*`: Enterprise repository names have several levels, so `<name>/*` would also name the
 * repositories `<name>/x` and `<name>/x/y`). Nothing on the instance but the registry login
 * (`registryLogin`) and, with `consoleListing`, listing its namespaces; never `tcr:Describe*` on the
 * instance, which reveals its service accounts, tokens, security policies and replication. An empty
 * `repositories` list is an error, never the whole namespace.
 */
export function repositoryAccess(input: RepositoryAccessInput): Scenario {
  const { instanceId: id, namespace: ns, repositories } = input;
  const specs: PropSpec[] = [
    ['instanceId', 'instanceId', id],
    ['namespace', 'namespace', ns],
    ...(repositories?.length === 0 ? [['repositories', 'repository', ''] as const] : []),
    ...(repositories ?? []).map((r, i) => [`repositories[${i}]`, 'repository', r] as const),
    ...scopeSpecs(input),
  ];
  const grant: Scenario = {
    specs,
    build: () => {
      const resources = namespaceScopedResources(id, ns, repositories, input);
      const actions = ['tcr:Describe*', ...repositoryAccessActions(input.access)];
      return [new PolicyStatement({ effect: Effect.ALLOW, actions, resources })];
    },
  };
  const login = registryLoginIf(input.registryLogin, { edition: EDITION, instanceId: id });
  const withLogin = withRegistryLogin(grant, login, input);
  if (!input.consoleListing) return withLogin;
  // The console shows a namespace through DescribeNamespaces, which CAM authorizes on `repository/<id>/*`
  // (every namespace of the instance, names and metadata only): granted by name, never tcr:Describe*.
  const namespaces: Scenario = {
    ...withLogin,
    build: () => [...withLogin.build(), new PolicyStatement({
      effect: Effect.ALLOW, actions: [NAMESPACE_LISTING], resources: [ResourceName.tcrRepository([id, '*'], input)],
    })],
  };
  return withConsoleListing(namespaces, EDITION);
}

/** The namespace and each named repository exactly, or the namespace and everything in it. */
function namespaceScopedResources(id: string, ns: string, repositories: readonly string[] | undefined, scope: ResourceScope): string[] {
  const names = repositories === undefined ? ['*'] : repositories;
  return [ResourceName.tcrRepository([id, ns], scope), ...names.map((r) => ResourceName.tcrRepository([id, ns, r], scope))];
}
