import { createHash } from 'crypto';
import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { toPolicyName } from '../../policy/policy-name';

/** Names taken per stack, to report a clash instead of failing at apply time (a Map keeps it linear). */
const takenByStack = new WeakMap<TerraformStack, Map<string, string>>();

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
 * Records that `construct` uses `name` in its stack. Returns the path of the construct that
 * already used it, if any.
 */
export function claimPolicyName(construct: IConstruct, name: string): string | undefined {
  const stack = TerraformStack.of(construct);
  let taken = takenByStack.get(stack);
  if (!taken) {
    taken = new Map();
    takenByStack.set(stack, taken);
  }
  const owner = taken.get(name);
  if (owner !== undefined) return owner;
  taken.set(name, construct.node.path);
  return undefined;
}
