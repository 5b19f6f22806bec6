import { createHash } from 'crypto';
import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { treeState } from './tree-state';
import { toPolicyName } from '../../policy/policy-name';

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** The default name: stack id plus the path below the stack, valid for CAM and stable across runs. */
export function defaultPolicyName(construct: IConstruct): string {
  const stack = TerraformStack.of(construct);
  const below = construct.node.scopes.slice(stack.node.scopes.length).map((s) => s.node.id);
  return toPolicyName([stack.node.id, ...below].join('-'), sha256);
}

/** Who writes which CAM policy name, app-wide (state on the app's root). */
interface Claims {
  readonly owners: Map<string, IConstruct>;
  /** Every writer registered, in the order they were made: each claims its names before the first check after it was made. */
  readonly writers: Array<() => void>;
  /** How many writers have claimed. */
  claimed: number;
}

const claimsOf = (construct: IConstruct): Claims =>
  treeState(construct.node.root, 'policy-names', () => ({ owners: new Map<string, IConstruct>(), writers: [], claimed: 0 }));

/**
 * Registers a construct that writes CAM policy names: `claim` claims them (with {@link claimPolicyName})
 * when the app is first checked. CAM names are unique per account and the stacks of one app usually deploy
 * to one account, so the names are claimed app-wide, in tree order: the construct made first keeps a name.
 */
export function registerNameWriter(construct: IConstruct, claim: () => void): void {
  claimsOf(construct).writers.push(claim);
}

/** Records that `construct` writes a CAM policy named `name`; the construct that claimed it first keeps it. */
export function claimPolicyName(construct: IConstruct, name: string): void {
  const { owners } = claimsOf(construct);
  if (!owners.has(name)) owners.set(name, construct);
}

/** The construct that writes `name`, once every writer made so far has claimed its names (a Map: linear). */
export function policyNameOwner(construct: IConstruct, name: string): IConstruct | undefined {
  const claims = claimsOf(construct);
  // A construct made after an earlier check (a test's lint() before more constructs) claims then, still after the older ones.
  while (claims.claimed < claims.writers.length) claims.writers[claims.claimed++]();
  return claims.owners.get(name);
}
