import { createHash } from 'crypto';
import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { rootOf, treeState } from './tree-state';
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

/**
 * Records that `construct` writes a CAM policy named `name`. CAM names are unique per account and the
 * stacks of one app usually deploy to one account, so the names are claimed app-wide (on the app's root,
 * in a Map: linear). Returns the path of the construct that claimed the name first, when another did.
 */
export function claimPolicyName(construct: IConstruct, name: string): string | undefined {
  const taken = treeState(rootOf(construct), 'policy-names', () => new Map<string, string>());
  const path = construct.node.path;
  const owner = taken.get(name);
  if (owner === undefined) {
    taken.set(name, path);
    return undefined;
  }
  return owner === path ? undefined : owner;
}
