import { CompiledPolicies } from './compiled-policies';
import { compareSides, ComparedSide, ProbeSetup } from './private/compare-access';
import { collectProbeNames, emptyProbeNames } from './private/probe-names';
import { probeOwner, probeValues } from './private/probes';

/** One request allowed under one set of policies and not under the other: a counterexample the simulator confirms. */
export interface AccessChange {
  /** The principal whose access changed (`user:alice`, `role:4611686018427922701`). @default - no principal: documents compared as one set */
  readonly principal?: string;
  /** The catalog action. */
  readonly action: string;
  /** The resource, with its region and account. */
  readonly resource: string;
  /** The owner uin the request was evaluated with. @default - the account of the resource */
  readonly ownerUin?: string;
  /** The caller's address the request was evaluated with. @default - no address */
  readonly sourceIp?: string;
  /** The resource tags the request was evaluated with. @default - no tags */
  readonly resourceTags?: Readonly<Record<string, string>>;
}

/**
 * Something the diff cannot decide: a statement whose effect it cannot prove unchanged and no probe
 * confirms, an action entry that may name APIs outside the catalog, a policy whose document is not known.
 * Any entry fails the gate: the change may grant access the diff cannot see.
 */
export interface NotCompared {
  /** @default - no principal: documents compared as one set */
  readonly principal?: string;
  /** The catalog action concerned. @default - every action (the statement or policy as a whole) */
  readonly action?: string;
  /** The statement or policy that caused it: `file#resource statement 0`, `tencentcloud_cam_policy.x`. */
  readonly statement: string;
  /** Why it cannot be compared. */
  readonly reason: string;
}

/** What changed between two sets of policies. */
export interface AccessDiff {
  /** Allowed by the new policies, not by the old: new access, each a request the simulator confirms. */
  readonly added: AccessChange[];
  /** Allowed by the old policies, not by the new (information: found by probing, not proven complete). */
  readonly removed: AccessChange[];
  /** What could not be decided; the gate fails on any entry. */
  readonly notCompared: NotCompared[];
  /** How many requests were evaluated under each set. */
  readonly probes: number;
}

/**
 * The access the new documents grant that the old did not (and the reverse), soundly: for every catalog action
 * a proof that each new allow lies within an old allow and each old deny within a new deny (actions and resource
 * patterns compared as languages, conditions by implication); where the proof fails, probes built from every
 * pattern and every condition boundary (first and last address of each block and the addresses just outside,
 * IPv4 and IPv6; each tag, another value of its key, no tags; regions and accounts no document names) look for
 * a request the simulator allows after and not before. What neither proves nor finds is listed in
 * `notCompared`, as are action entries that may name APIs outside the catalog (`cam:*`). "Nothing added and
 * nothing not compared" therefore means no new access, for every request on the catalog's resource types.
 * Documents must be valid; a malformed one throws `PolicyDocumentError`. Either side may be given already
 * compiled, and is then not compiled again.
 */
export function diffAccess(oldDocuments: readonly string[] | CompiledPolicies, newDocuments: readonly string[] | CompiledPolicies): AccessDiff {
  const before = oldDocuments instanceof CompiledPolicies ? oldDocuments : new CompiledPolicies(oldDocuments);
  const after = newDocuments instanceof CompiledPolicies ? newDocuments : new CompiledPolicies(newDocuments);
  const side = (compiled: CompiledPolicies): ComparedSide => ({
    compiled,
    origins: Array.from({ length: compiled.documentCount }, (_, i) => `document ${i}`),
    unknown: new Map(),
  });
  return compareSides(side(before), side(after), probeSetup([before, after]));
}

/** The probe names and owner of every statement of the given policies. @internal */
export function probeSetup(compiled: readonly CompiledPolicies[]): ProbeSetup {
  const names = emptyProbeNames();
  for (const c of compiled) collectProbeNames(c.statements, names);
  return { values: probeValues(names), ownerUin: probeOwner(names) };
}
