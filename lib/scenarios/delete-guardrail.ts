import { PropSpec } from './prop-check';
import { Scenario } from './scenario';
import { ScenarioScope, scopeSpecs } from './scope';
import { listActions } from '../catalog/actions';
import type { CatalogAction, Edition } from '../catalog/types';
import { Effect, PolicyStatement } from '../policy/policy-statement';
import { ALL_RESOURCES, ResourceName } from '../policy/resource-name';

/** The APIs that delete: every catalog API named `Delete…` or `BatchDelete…`, TCR (both editions) and CCR. */
export function deleteActions(): readonly CatalogAction[] {
  return DELETES;
}

// `TerminateGCJob` stops a garbage collection, which deletes nothing; it is not a delete.
const DELETES = listActions().filter((a) => /^(Batch)?Delete/.test(a.api));

type ScopeKind = 'service' | 'instance' | 'namespace' | 'personalNamespace' | 'ccrNamespace';

/** Where a delete guardrail applies. */
export class GuardrailScope {
  /** Every TCR Enterprise and Personal resource and every CCR repository of the account, operation-level deletes included. */
  public static service(): GuardrailScope {
    return new GuardrailScope('service');
  }

  /** One TCR Enterprise instance: the instance and everything in it. */
  public static instance(instanceId: string): GuardrailScope {
    return new GuardrailScope('instance', instanceId);
  }

  /** One namespace of one TCR Enterprise instance, and its repositories, images and charts. */
  public static namespace(instanceId: string, namespace: string): GuardrailScope {
    return new GuardrailScope('namespace', instanceId, namespace);
  }

  /** One TCR Personal namespace and its repositories and images. */
  public static personalNamespace(namespace: string): GuardrailScope {
    return new GuardrailScope('personalNamespace', undefined, namespace);
  }

  /** One legacy CCR namespace and its repositories and tags. */
  public static ccrNamespace(namespace: string): GuardrailScope {
    return new GuardrailScope('ccrNamespace', undefined, namespace);
  }

  private constructor(
    /** Which kind of scope. */
    public readonly kind: ScopeKind,
    /** The Enterprise instance, for `instance` and `namespace`. */
    public readonly instanceId?: string,
    /** The namespace, for the namespace scopes. */
    public readonly namespace?: string,
  ) {}
}

/** Input of {@link deleteGuardrail}. */
export interface DeleteGuardrailInput extends ScenarioScope {
  /** @default GuardrailScope.service() */
  readonly scope?: GuardrailScope;
}

/** A guardrail scenario, with the delete APIs its scope cannot cover. */
export interface DeleteGuardrailScenario extends Scenario {
  /**
   * The delete APIs of the scope's edition that the guardrail does not deny: operation-level ones (CAM
   * only matches them on `*`, which would reach beyond the scope) and, for a namespace, those
   * authorized on the instance itself.
   */
  readonly notCovered: string[];
}

/** One deny statement: deletes of one resource type and where to deny them (built once the names passed). */
interface Group {
  readonly actions: readonly CatalogAction[];
  readonly resources: () => string[];
}

/**
 * Explicitly denies every delete API (see {@link deleteActions}) on a scope: an explicit deny wins over
 * any allow attached to the same user, group or role (CAM evaluation logic). Resource-level deletes are
 * denied on the scope's resources, one statement per resource type; operation-level deletes only for the
 * whole service, on `["*"]`.
 */
export function deleteGuardrail(input: DeleteGuardrailInput): DeleteGuardrailScenario {
  const scope = input.scope ?? GuardrailScope.service();
  const groups = groupsOf(scope, input);
  const denied = new Set(groups.flatMap((g) => g.actions));
  return {
    specs: [...specsOf(scope), ...scopeSpecs(input)],
    notCovered: DELETES.filter((a) => EDITIONS[scope.kind].includes(a.edition) && !denied.has(a)).map((a) => a.name),
    build: () => groups.map((g) => new PolicyStatement({ effect: Effect.DENY, actions: g.actions.map((a) => a.name), resources: g.resources() })),
  };
}

/** The editions whose deletes a scope is about. */
const EDITIONS: Record<ScopeKind, readonly Edition[]> = {
  service: ['enterprise', 'personal', 'ccr'],
  instance: ['enterprise'],
  namespace: ['enterprise'],
  personalNamespace: ['personal'],
  ccrNamespace: ['ccr'],
};

function specsOf(scope: GuardrailScope): PropSpec[] {
  switch (scope.kind) {
    case 'instance': return [['scope.instanceId', 'instanceId', scope.instanceId]];
    case 'namespace': return [['scope.instanceId', 'instanceId', scope.instanceId], ['scope.namespace', 'namespace', scope.namespace]];
    case 'personalNamespace': return [['scope.namespace', 'personalNamespace', scope.namespace]];
    case 'ccrNamespace': return [['scope.namespace', 'ccrNamespace', scope.namespace]];
    default: return [];
  }
}

/** The deny statements of a scope: resource-level deletes by resource type; operation-level ones only for the service. */
function groupsOf(scope: GuardrailScope, where: ScenarioScope): Group[] {
  const id = scope.instanceId!;
  const ns = scope.namespace!;
  const enterprise = resourceLevel('enterprise');
  switch (scope.kind) {
    case 'instance':
      return byType(enterprise, {
        instance: () => [ResourceName.tcrInstance([id], where)],
        repository: () => [ResourceName.tcrRepository([id, '*'], where)],
      });
    case 'namespace':
      return byType(enterprise, { repository: () => [ResourceName.tcrRepository([id, ns], where), ResourceName.tcrRepository([id, ns, '*'], where)] });
    case 'personalNamespace':
      return byType(resourceLevel('personal'), { repo: () => [ResourceName.tcrPersonalRepo([ns], where), ResourceName.tcrPersonalRepo([ns, '*'], where)] });
    case 'ccrNamespace':
      return [{ actions: deletesOf('ccr'), resources: () => [ResourceName.ccrRepo([ns], where), ResourceName.ccrRepo([ns, '*'], where)] }];
    default:
      return [
        ...byType([...enterprise, ...resourceLevel('personal')], {
          instance: () => [ResourceName.tcrInstance(['*'], where)],
          repository: () => [ResourceName.tcrRepository(['*'], where)],
          repo: () => [ResourceName.tcrPersonalRepo(['*'], where)],
        }),
        { actions: DELETES.filter((a) => a.service === 'tcr' && a.granularity === 'operation'), resources: () => [ALL_RESOURCES] },
        // Seed 003's "prohibit deleting any image repository", extended to every CCR delete.
        { actions: deletesOf('ccr'), resources: () => [ResourceName.ccrRepo(['*'], where)] },
      ];
  }
}

function deletesOf(edition: Edition): CatalogAction[] {
  return DELETES.filter((a) => a.edition === edition);
}

function resourceLevel(edition: Edition): CatalogAction[] {
  return deletesOf(edition).filter((a) => a.granularity === 'resource');
}

/** One group per resource type, in the order of `resources`; actions of other types are not in any group. */
function byType(actions: readonly CatalogAction[], resources: Record<string, () => string[]>): Group[] {
  return Object.entries(resources)
    .map(([type, list]) => ({ actions: actions.filter((a) => a.resourceTypes.includes(type)), resources: list }))
    .filter((g) => g.actions.length > 0);
}
