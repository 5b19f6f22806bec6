import { createHash } from 'crypto';
import { DefaultTokenResolver, StringConcat, TerraformStack, Token, Tokenization } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { writtenValue } from './terraform-value';
import { treeState } from './tree-state';
import { checkName, checkNameParts } from '../../policy/names';
import { CamGroupPolicyAttachment, CamRolePolicyAttachment, CamRolePolicyAttachmentByName, CamUserPolicyAttachment } from '../../provider';
import type { Finding } from '../../validation/finding';
import { ruleFinding } from '../../validation/rule-finding';
import type { RuleId } from '../../validation/rules';

/** CAM's limit on policies attached directly to one user, group or role (598/10609). */
export const MAX_POLICIES_PER_PRINCIPAL = 200;

/**
 * One synthesized policy an attachment points at (a `CamPolicy`). Its attributes are read only when an
 * attachment is created: each read makes a reference token, which costs a stack trace.
 */
export interface AttachablePolicy {
  /** The policy id (usually a token). */
  readonly id: string;
  /** The policy name, for `attachToRoleByName` (a reference to the policy's `name`, so Terraform orders the two). */
  readonly name: string;
}

/** How a principal is named. */
export type PrincipalKind = 'user' | 'group' | 'role' | 'roleName';

interface KindInfo {
  /** The method the user called, for messages. */
  readonly method: string;
  /** The construct id prefix of its attachments. */
  readonly idPrefix: string;
  /** The principal as the message names it. */
  readonly noun: string;
  readonly nameKind?: 'camGroupId' | 'camRoleId';
}

const KINDS: Record<PrincipalKind, KindInfo> = {
  user: { method: 'attachToUser(userName)', idPrefix: 'User', noun: 'user' },
  group: { method: 'attachToGroup(groupId)', idPrefix: 'Group', noun: 'group', nameKind: 'camGroupId' },
  role: { method: 'attachToRole(roleId)', idPrefix: 'Role', noun: 'role', nameKind: 'camRoleId' },
  roleName: { method: 'attachToRoleByName(roleName)', idPrefix: 'RoleByName', noun: 'role' },
};

interface Principal {
  readonly kind: PrincipalKind;
  readonly value: string;
  /** The name, or the reference a token stands for (`${var.group}`). */
  readonly identity: string;
  /** Kind and identity. */
  readonly key: string;
  /** The construct id of its first attachment; later parts add `#<n>`. */
  readonly id: string;
  /** How many parts are attached so far. */
  attached: number;
}

/** Per stack and principal: how many policies are attached, and which construct's attachment passed the limit. */
interface Tally {
  count: number;
  overBy?: IConstruct;
  readonly label: string;
}


/**
 * The attachments of one policy construct: one `tencentcloud_cam_*_policy_attachment` per principal and
 * per synthesized policy (a split document attaches every part). Repeats and bad ids become findings,
 * never resources; the principals over CAM's 200 policies are counted per stack, in one Map (O(1) per
 * attachment), and reported once, by the construct whose attachment passed the limit.
 */
export class PolicyAttachments {
  private readonly principals: Principal[] = [];
  private readonly byKey = new Set<string>();
  private readonly problems: Finding[] = [];
  private readonly tallies: Map<string, Tally>;

  public constructor(private readonly owner: Construct) {
    // Per stack, on the stack itself (tree state, not module state).
    this.tallies = treeState(TerraformStack.of(owner), 'attachment-tallies', () => new Map<string, Tally>());
  }

  /** Records a principal; its resources are created by the next {@link sync}. */
  public add(kind: PrincipalKind, value: string): void {
    const info = KINDS[kind];
    if (typeof value !== 'string') {
      this.problem('invalid-name', String(value), `Invalid ${info.method}: expected a string, got ${value === null ? 'null' : typeof value}.`);
      return;
    }
    const unresolved = Token.isUnresolved(value);
    const identity = unresolved ? this.referenceText(value) : value;
    const key = `${kind}\n${identity}`;
    if (this.byKey.has(key)) {
      this.problem('duplicate-attachment', identity, `${info.method}: ${this.owner.node.path} is already attached to ${info.noun} ` +
        `${shown(identity, unresolved)}; a second attachment would have the same identity. Remove the repeated call.`);
      return;
    }
    const bad = unresolved ? undefined : info.nameKind ? checkName(info.nameKind, value) : value === '' ? 'must not be empty' : undefined;
    if (bad) {
      this.problem('invalid-name', value, `Invalid ${info.method}: ${bad}`);
      return;
    }
    this.byKey.add(key);
    this.principals.push({ kind, value, identity, key, id: `${info.idPrefix}-${idLabel(identity, unresolved)}`, attached: 0 });
  }

  /** How many principals were recorded or refused so far: a finding can only be added with another one. */
  public get size(): number {
    return this.principals.length + this.problems.length;
  }

  /** Creates the attachments still missing: every principal gets one per policy. */
  public sync(policies: readonly AttachablePolicy[]): void {
    for (const p of this.principals) {
      for (; p.attached < policies.length; p.attached++) {
        const id = p.attached === 0 ? p.id : `${p.id}#${p.attached + 1}`;
        create(this.owner, id, p.kind, p.value, policies[p.attached]);
        this.count(p);
      }
    }
  }

  /** The findings so far: repeats, bad ids, and the principals this construct pushed over the limit. */
  public findings(): Finding[] {
    const over: Finding[] = [...this.resolvedProblems()];
    for (const p of this.principals) {
      const tally = this.tallies.get(p.key)!;
      if (tally.overBy !== this.owner) continue;
      over.push(this.finding('too-many-policies', p.identity, `${tally.label} gets ${tally.count} policies from stack ` +
        `${TerraformStack.of(this.owner).node.id} (this construct's attachment is number ${MAX_POLICIES_PER_PRINCIPAL + 1}); CAM attaches at most ` +
        `${MAX_POLICIES_PER_PRINCIPAL} to one user, group or role, so the apply fails past that. Attach fewer, broader policies, or spread them over groups.`));
    }
    return [...this.problems, ...over];
  }

  /** The principals given as tokens, checked once resolved (a `Lazy` group id that resolves to `*` is refused). */
  private resolvedProblems(): Finding[] {
    const out: Finding[] = [];
    for (const p of this.principals) {
      if (!Token.isUnresolved(p.value)) continue;
      const info = KINDS[p.kind];
      const w = writtenValue(this.owner, p.value);
      const bad = 'problem' in w ? `the value ${w.problem}`
        : info.nameKind ? checkNameParts(info.nameKind, w.parts)
          : w.parts.every((x) => x.kind === 'text' && x.text === '') ? 'must not be empty' : undefined;
      if (bad) out.push(this.finding('invalid-name', p.identity, `Invalid ${info.method}: ${bad}`));
    }
    return out;
  }

  private count(p: Principal): void {
    const key = p.key;
    let tally = this.tallies.get(key);
    if (!tally) {
      const info = KINDS[p.kind];
      tally = { count: 0, label: `${info.noun[0].toUpperCase()}${info.noun.slice(1)} ${shown(p.identity, Token.isUnresolved(p.value))}` };
      this.tallies.set(key, tally);
    }
    tally.count++;
    if (tally.count === MAX_POLICIES_PER_PRINCIPAL + 1) tally.overBy = this.owner;
  }

  /**
   * What a token refers to, e.g. `${tencentcloud_cam_group.devs.id}`: two tokens for the same attribute
   * are the same principal. Resolved without preparing, so nothing is added to the app.
   */
  private referenceText(value: string): string {
    try {
      const resolved = Tokenization.resolve(value, { scope: this.owner, resolver: new DefaultTokenResolver(new StringConcat()), preparing: false });
      return typeof resolved === 'string' ? resolved : value;
    } catch {
      return value;
    }
  }

  private problem(ruleId: RuleId, value: string, message: string): void {
    this.problems.push(this.finding(ruleId, value, message));
  }

  private finding(ruleId: RuleId, value: string, message: string): Finding {
    return ruleFinding(ruleId, value, message, { constructPath: this.owner.node.path });
  }
}

function create(scope: Construct, id: string, kind: PrincipalKind, value: string, policy: AttachablePolicy): void {
  switch (kind) {
    case 'user':
      new CamUserPolicyAttachment(scope, id, { userName: value, policyId: policy.id });
      break;
    case 'group':
      new CamGroupPolicyAttachment(scope, id, { groupId: value, policyId: policy.id });
      break;
    case 'role':
      new CamRolePolicyAttachment(scope, id, { roleId: value, policyId: policy.id });
      break;
    default:
      new CamRolePolicyAttachmentByName(scope, id, { roleName: value, policyName: policy.name });
  }
}

/** A stable construct id part: the name itself when it is plain, else a hash of the name or of the reference. */
function idLabel(identity: string, unresolved: boolean): string {
  if (!unresolved && /^[A-Za-z0-9+=,.@_-]+$/.test(identity)) return identity;
  return `ref~${createHash('sha256').update(identity).digest('hex').slice(0, 8)}`;
}

function shown(identity: string, unresolved: boolean): string {
  return unresolved ? `(the reference ${identity})` : JSON.stringify(identity);
}
