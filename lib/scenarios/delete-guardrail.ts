import { Scenario } from './scenario';
import { ScenarioScope, scopeSpecs } from './scope';
import { listActions } from '../catalog/actions';
import type { CatalogAction, Edition } from '../catalog/types';
import { matchUndocumentedActions } from '../catalog/undocumented';
import { Effect, PolicyStatement } from '../policy/policy-statement';
import { ALL_RESOURCES, ResourceName, ResourceScope } from '../policy/resource-name';
import { PropSpec } from '../validation/prop-check';

/** The APIs that delete: every catalog API named `Delete…` or `BatchDelete…`, TCR (both editions) and CCR. */
export function deleteActions(): readonly CatalogAction[] {
  return DELETES;
}

/**
 * The action patterns a guardrail denies, by service: every API whose name starts with `Delete` or `BatchDelete`, present and
 * future, on the CAM page or not (`tcr:DeleteImage`, `ccr:BatchDeleteTag`). A pattern, not a list of catalog names, so an API
 * Tencent adds or never documented is denied too; over-denying a future non-delete named `Delete…` is the safe failure.
 */
export const DELETE_PATTERNS: Readonly<Record<'tcr' | 'ccr', readonly string[]>> = Object.freeze({
  tcr: Object.freeze(['tcr:Delete*', 'tcr:BatchDelete*']),
  ccr: Object.freeze(['ccr:Delete*', 'ccr:BatchDelete*']),
});

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
   * The catalog's delete APIs of the scope's edition that the guardrail does not deny: operation-level ones (CAM
   * only matches them on `*`, which would reach beyond the scope) and, for a namespace, those
   * authorized on the instance itself.
   */
  readonly notCovered: string[];
  /**
   * The APIs outside the CAM page that the guardrail's patterns name (`tcr:DeleteImage`, …): denied on the scope's
   * resources, but CAM's resources for them are undocumented, so whether a scoped deny reaches them is not known
   * (the whole-service guardrail denies them on `*`, which reaches them whatever their resources).
   */
  readonly undocumented: string[];
}

/** One deny statement: delete patterns of one service and where to deny them (built once the names passed). */
interface Group {
  readonly patterns: readonly string[];
  readonly resources: () => string[];
  /** The resource types of the scope: the catalog deletes authorized on them are covered. */
  readonly types: readonly string[];
}

/**
 * Explicitly denies every API that deletes, by pattern (`tcr:Delete*`, `tcr:BatchDelete*`, and CCR's, see
 * {@link DELETE_PATTERNS}), on a scope: an explicit deny wins over any allow attached to the same user, group or role (CAM
 * evaluation logic). The whole service is denied on `["*"]` (operation-level deletes and APIs outside the CAM page are only
 * reached there); a narrower scope on its resources, in every region: 14 catalog rows (DeleteRepository among them) are
 * documented with an empty region (catalog assumption `empty-region`), so a deny on a regional resource might not reach them.
 */
export function deleteGuardrail(input: DeleteGuardrailInput): DeleteGuardrailScenario {
  const scope = input.scope ?? GuardrailScope.service();
  // Region left empty on purpose (see above); the account still scopes the resources.
  const where: ResourceScope = { ownerUin: input.ownerUin };
  const groups = groupsOf(scope, where);
  const covered = (a: CatalogAction) => groups.some((g) =>
    g.patterns.some((p) => p.startsWith(`${a.service}:`)) &&
    (g.types.includes('*') || (a.granularity === 'resource' && a.resourceTypes.some((t) => g.types.includes(t)))));
  return {
    specs: [...specsOf(scope), ...scopeSpecs(input)],
    notCovered: DELETES.filter((a) => EDITIONS[scope.kind].includes(a.edition) && !covered(a)).map((a) => a.name),
    undocumented: [...new Set(groups.flatMap((g) => g.types.includes('*') ? [] : g.patterns.flatMap((p) => matchUndocumentedActions(p).map((u) => u.name))))].sort(),
    build: () => groups.map((g) => new PolicyStatement({ effect: Effect.DENY, actions: [...g.patterns], resources: g.resources() })),
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

/** The deny statements of a scope. */
function groupsOf(scope: GuardrailScope, where: ResourceScope): Group[] {
  const id = scope.instanceId!;
  const ns = scope.namespace!;
  switch (scope.kind) {
    case 'instance':
      return [{
        patterns: DELETE_PATTERNS.tcr,
        types: ['instance', 'repository'],
        resources: () => [ResourceName.tcrInstance([id], where), ResourceName.tcrRepository([id, '*'], where)],
      }];
    case 'namespace':
      return [{
        patterns: DELETE_PATTERNS.tcr,
        types: ['repository'],
        resources: () => [ResourceName.tcrRepository([id, ns], where), ResourceName.tcrRepository([id, ns, '*'], where)],
      }];
    case 'personalNamespace':
      return [{
        patterns: DELETE_PATTERNS.tcr,
        types: ['repo'],
        resources: () => [ResourceName.tcrPersonalRepo([ns], where), ResourceName.tcrPersonalRepo([ns, '*'], where)],
      }];
    case 'ccrNamespace':
      return [{ patterns: DELETE_PATTERNS.ccr, types: ['repo'], resources: () => [ResourceName.ccrRepo([ns], where), ResourceName.ccrRepo([ns, '*'], where)] }];
    default:
      return [{ patterns: [...DELETE_PATTERNS.tcr, ...DELETE_PATTERNS.ccr], types: ['*'], resources: () => [ALL_RESOURCES] }];
  }
}
