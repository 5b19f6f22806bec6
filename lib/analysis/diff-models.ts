import { AccessModel, ModelPolicy } from './access-model';
import { PrincipalAccess } from './principal-access';
import { AccessDiff, NotCompared, probeSetup } from '../simulator/diff-access';
import { compareSides } from '../simulator/private/compare-access';

/** Options of {@link diffModels}. */
export interface DiffModelsOptions {
  /** Compare only these principals (`user:alice`, …). @default - every principal of either model */
  readonly principals?: readonly string[];
}

/** What changed between two models, per principal. */
export interface ModelDiff extends AccessDiff {
  /**
   * The principals compared (every principal of either model, or those asked for), sorted. Each policy that no
   * attachment of its side names is compared as a principal of its own, `unattached-policy:<policy name>`.
   */
  readonly principals: readonly string[];
  /** Whether the models were compared per principal (false: neither has attachments, all policies as one set). */
  readonly perPrincipal: boolean;
}

/**
 * The access each principal has after a change that it did not have before, soundly (see `diffAccess` for the
 * method), with the removed access as information and what cannot be decided as not compared. A principal
 * only one side has is compared with no policies on the other. When neither model has attachments, all their
 * policies are compared as one set. Principals whose policies did not change are skipped. Every CAM or TCR
 * resource the models do not evaluate (`AccessModel.unread`) that is new or changed is not compared.
 */
export function diffModels(before: AccessModel, after: AccessModel, options: DiffModelsOptions = {}): ModelDiff {
  const perPrincipal = before.principals.length > 0 || after.principals.length > 0;
  if (!perPrincipal) {
    const [b, a] = [PrincipalAccess.allOf(before), PrincipalAccess.allOf(after)];
    const result = compareSides(b.side(), a.side(), probeSetup([b.compiled, a.compiled]));
    return { ...result, notCompared: [...result.notCompared, ...unreadChanges(before, after)], principals: [], perPrincipal };
  }
  const wanted = options.principals ? new Set(options.principals) : undefined;
  const unattached = [before, after].flatMap((m) => m.unattached.map(unattachedId));
  const ids = [...new Set([...[...before.principals, ...after.principals].map((p) => p.id), ...unattached])]
    .filter((id) => !wanted || wanted.has(id)).sort();
  const diff: ModelDiff = { added: [], removed: [], notCompared: [], probes: 0, principals: ids, perPrincipal };
  let probes = 0;
  for (const id of ids) {
    const b = accessOf(before, id);
    const a = accessOf(after, id);
    if (b.fingerprint === a.fingerprint) continue;
    const result = compareSides(b.side(), a.side(), probeSetup([b.compiled, a.compiled]), id);
    diff.added.push(...result.added);
    diff.removed.push(...result.removed);
    diff.notCompared.push(...result.notCompared);
    probes += result.probes;
  }
  // Not filtered by principal: a role's trust policy or a type the analysis does not know may concern any of them.
  diff.notCompared.push(...unreadChanges(before, after));
  return { ...diff, probes };
}

/**
 * The resources the models do not evaluate that are new or changed, and the narrowing ones (permission
 * boundaries) removed or changed: each may grant access the diff cannot see, so each is not compared.
 */
function unreadChanges(before: AccessModel, after: AccessModel): NotCompared[] {
  const had = new Set(before.unread.map((u) => u.identity));
  const has = new Set(after.unread.map((u) => u.identity));
  return [
    ...after.unread.filter((u) => !u.narrowsOnly && !had.has(u.identity)).map((u) => ({ statement: u.origin, reason: u.why })),
    ...before.unread.filter((u) => u.narrowsOnly && !has.has(u.identity)).map((u) => ({ statement: u.origin, reason: `removed or changed: ${u.why}` })),
  ];
}

/**
 * An unattached policy may still be attached outside the input (by name from another stack, in the console):
 * a gate that skipped it would pass its widening unseen. Keyed by the CAM policy name, unique per account and
 * stable across synths (the Terraform address when the name is not known).
 */
const UNATTACHED = 'unattached-policy:';

function unattachedId(policy: ModelPolicy): string {
  return `${UNATTACHED}${policy.name ?? policy.address ?? policy.origin}`;
}

function accessOf(model: AccessModel, id: string): PrincipalAccess {
  if (id.startsWith(UNATTACHED)) {
    return PrincipalAccess.of({ id, kind: 'user', policies: model.unattached.filter((p) => unattachedId(p) === id) });
  }
  const principal = model.principal(id);
  return PrincipalAccess.of(principal ?? { id, kind: 'user', policies: [] });
}
