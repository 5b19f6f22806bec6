import { CATALOG_ACTIONS } from '../catalog';
import { CompiledPolicies } from './compiled-policies';
import { collectProbeNames, emptyProbeNames } from './private/probe-names';
import { probeContexts, probeOwner, probeResources, probeValues } from './private/probes';
import { SimulationRequest } from './request';

/** One request allowed under one set of policies and not under the other. */
export interface AccessChange {
  /** The catalog action newly allowed. */
  readonly action: string;
  /** The probe resource it is allowed on. */
  readonly resource: string;
  /** @default - no address */
  readonly sourceIp?: string;
  /** @default - no tags */
  readonly resourceTags?: Readonly<Record<string, string>>;
}

/** What changed between two sets of policies. */
export interface AccessDiff {
  /** Allowed by the new policies, denied by the old: new access. */
  readonly added: AccessChange[];
  /** Allowed by the old policies, denied by the new. */
  readonly removed: AccessChange[];
  /** How many requests were evaluated under each set. */
  readonly probes: number;
}

/**
 * The access the new documents grant that the old did not (and the reverse): every catalog action ×
 * representative resources built from the names in either set (plus names neither mentions, so a widening to
 * `*` shows) × request contexts (no context, inside and outside each `qcs:ip` CIDR, each resource tag seen).
 * Documents must be valid; a malformed one throws `PolicyDocumentError`. Either side may be given already
 * compiled (e.g. compiled alone first, so that an error names its side), and is then not compiled again.
 */
export function diffAccess(oldDocuments: readonly string[] | CompiledPolicies, newDocuments: readonly string[] | CompiledPolicies): AccessDiff {
  const before = oldDocuments instanceof CompiledPolicies ? oldDocuments : new CompiledPolicies(oldDocuments);
  const after = newDocuments instanceof CompiledPolicies ? newDocuments : new CompiledPolicies(newDocuments);
  const names = emptyProbeNames();
  collectProbeNames(before.statements, names);
  collectProbeNames(after.statements, names);
  const ownerUin = probeOwner(names);
  const contexts = probeContexts(names);
  const values = probeValues(names);
  const added: AccessChange[] = [];
  const removed: AccessChange[] = [];
  let probes = 0;
  for (const action of CATALOG_ACTIONS) {
    for (const resource of probeResources(action, values)) {
      // One entry per action and resource: the first context in which it changed.
      let seenAdded = false;
      let seenRemoved = false;
      for (const context of contexts) {
        const request: SimulationRequest = { action: action.name, resource, ownerUin, ...context };
        probes++;
        const was = before.decide(request) === 'allow';
        const is = after.decide(request) === 'allow';
        if (is && !was && !seenAdded) {
          seenAdded = true;
          added.push({ action: action.name, resource, ...context });
        }
        if (was && !is && !seenRemoved) {
          seenRemoved = true;
          removed.push({ action: action.name, resource, ...context });
        }
      }
    }
  }
  return { added, removed, probes };
}
