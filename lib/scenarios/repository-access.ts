import { ListingEdition } from './console-listing';
import { namespaceRepositoryResources } from './namespace-resources';
import { PropSpec } from './prop-check';
import { registryLoginIf, withRegistryLogin } from './registry-login';
import { Scenario } from './scenario';
import { ScenarioScope, scopeSpecs } from './scope';
import { withConsoleListing } from './with-console-listing';
import { Effect, PolicyStatement } from '../policy/policy-statement';

/** How much {@link repositoryAccess} grants inside a namespace. */
export enum RepositoryAccessLevel {
  /** Describe and pull (`tcr:Describe*`, `tcr:PullRepository`), like seed 002's read-only template. */
  PULL = 'pull',
  /** Describe, pull and push (`tcr:PushRepository`); no delete, no repository or namespace management. */
  PULL_PUSH = 'pull-push',
}

/** Input of {@link repositoryAccess}. */
export interface RepositoryAccessInput extends ScenarioScope {
  readonly instanceId: string;
  readonly namespace: string;
  readonly access: RepositoryAccessLevel;
  /** @default - every repository of the namespace */
  readonly repositories?: readonly string[];
  /** Add the `["*"]` console listing statement. @default false */
  readonly consoleListing?: boolean;
  /** Add `tcr:CreateInstanceToken` on the instance (see `withRegistryLogin`). @default true */
  readonly registryLogin?: boolean;
}

const EDITION: ListingEdition = 'enterprise';

/**
 * Pull, or pull and push, in one TCR Enterprise namespace: every repository of it
 * (`repository/<id>/<ns>/*`) or only the named ones (seed 002's read-only shape, with push added for
 * `PULL_PUSH`). An empty `repositories` list is an error, never the whole namespace.
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
      const resources = namespaceRepositoryResources(id, ns, repositories, input);
      const actions = ['tcr:Describe*', 'tcr:PullRepository', ...(input.access === RepositoryAccessLevel.PULL_PUSH ? ['tcr:PushRepository'] : [])];
      return [new PolicyStatement({ effect: Effect.ALLOW, actions, resources })];
    },
  };
  const login = registryLoginIf(input.registryLogin, { edition: EDITION, instanceId: id });
  return withConsoleListing(withRegistryLogin(grant, login, input), input.consoleListing ? EDITION : undefined);
}
