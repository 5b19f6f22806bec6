import { AccessLevel } from './access-level';
import { Scenario } from './scenario';
import { ScenarioScope, scopeSpecs } from './scope';
import { Effect, PolicyStatement } from '../policy/policy-statement';
import { ResourceName } from '../policy/resource-name';

/** Input of {@link personalAccess}. */
export interface PersonalAccessInput extends ScenarioScope {
  /** Full or read-only access. */
  readonly access: AccessLevel;
  /** @default - every namespace */
  readonly namespace?: string;
  /** Requires `namespace`. @default - every repository of the namespace */
  readonly repository?: string;
}

/**
 * TCR Personal edition, the templates of https://www.tencentcloud.com/document/product/1051/37250: full or read-only on everything (`repo/*`),
 * manage one namespace, read-only on one repository. The other combinations follow the same shape.
 */
export function personalAccess(input: PersonalAccessInput): Scenario {
  const { namespace: ns, repository: repo } = input;
  return {
    specs: [
      // A repository without its namespace cannot be addressed: report it as a missing namespace.
      ['namespace', 'personalNamespace', repo !== undefined && ns === undefined ? '' : ns],
      ['repository', 'personalRepository', repo],
      ...scopeSpecs(input),
    ],
    build: () => {
      const resources = resourcesFor(input);
      const actions = input.access === AccessLevel.FULL
        ? ['tcr:*']
        // The Personal templates use the edition-neutral pull pattern only for the whole edition.
        : ['tcr:Describe*', ns === undefined ? 'tcr:PullRepository*' : 'tcr:PullRepositoryPersonal'];
      return [new PolicyStatement({ effect: Effect.ALLOW, actions, resources })];
    },
  };
}

function resourcesFor({ access, namespace: ns, repository: repo, ...scope }: PersonalAccessInput): string[] {
  if (ns === undefined) return [ResourceName.tcrPersonalRepo(['*'], scope)];
  const nsResource = ResourceName.tcrPersonalRepo([ns], scope);
  if (repo === undefined) return [nsResource, ResourceName.tcrPersonalRepo([ns, '*'], scope)];
  const repoResources = [ResourceName.tcrPersonalRepo([ns, repo], scope), ResourceName.tcrPersonalRepo([ns, repo, '*'], scope)];
  // Read-only keeps the namespace (the Personal templates: Describe needs it); full access to one repository must
  // not reach the namespace itself, or `tcr:*` would include deleting it.
  return access === AccessLevel.READ_ONLY ? [nsResource, ...repoResources] : repoResources;
}
