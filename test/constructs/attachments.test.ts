import { TerraformStack, TerraformVariable } from 'cdktf';
import {
  NamespaceAdmin,
  RepoReadOnly,
  Suppressions,
  TcrPolicyBase,
  TcrPreset,
  TcrPresetPolicy,
} from '../../lib';
import { cleanTestingOutdirs, newApp, synthErrors, synthJson } from '../helpers/synth';

afterAll(cleanTestingOutdirs);

const I = 'tcr-abcd1234';

const admin = (stack: TerraformStack, id = 'Admin') => new NamespaceAdmin(stack, id, { instanceId: I, namespace: 'team-01' });
const ref = (name: string) => new RegExp(`^\\$\\{tencentcloud_cam_policy\\.${name}_Policy_[0-9A-F]+\\.(id|name)\\}$`);

describe('attachToUser / attachToGroup / attachToRole / attachToRoleByName', () => {
  test('each creates the matching attachment pointing at the policy', () => {
    const { stack } = newApp();
    admin(stack).attachToUser('alice').attachToGroup('12345').attachToRole('4611686018427922725').attachToRoleByName('ci-deployer');
    const r = synthJson(stack).resource;
    const only = (type: string) => {
      const all = Object.values(r[type] ?? {}) as any[];
      expect(all).toHaveLength(1);
      return all[0];
    };
    const user = only('tencentcloud_cam_user_policy_attachment');
    expect(user).toMatchObject({ user_name: 'alice' });
    expect(user.user_id).toBeUndefined();
    expect(user.policy_id).toMatch(ref('Admin'));
    expect(only('tencentcloud_cam_group_policy_attachment')).toMatchObject({ group_id: '12345', policy_id: expect.stringMatching(ref('Admin')) });
    expect(only('tencentcloud_cam_role_policy_attachment')).toMatchObject({ role_id: '4611686018427922725', policy_id: expect.stringMatching(ref('Admin')) });
    const byName = only('tencentcloud_cam_role_policy_attachment_by_name');
    // A reference to the policy's name, not the literal: Terraform then creates the policy first.
    expect(byName).toMatchObject({ role_name: 'ci-deployer', policy_name: expect.stringMatching(ref('Admin')) });
    expect(byName.policy_name).toMatch(/\.name\}$/);
  });

  test('arguments may be Terraform references', () => {
    const { app, stack } = newApp();
    const group = new TerraformVariable(stack, 'group', { type: 'string' });
    const user = new TerraformVariable(stack, 'user', { type: 'string' });
    admin(stack).attachToGroup(group.stringValue).attachToUser(user.stringValue);
    expect(synthErrors(app)).toBe('');
    const r = synthJson(stack).resource;
    expect(Object.values(r.tencentcloud_cam_group_policy_attachment)).toEqual([expect.objectContaining({ group_id: '${var.group}' })]);
    expect(Object.values(r.tencentcloud_cam_user_policy_attachment)).toEqual([expect.objectContaining({ user_name: '${var.user}' })]);
  });

  test('construct ids are stable: the principal name, or a hash for a reference', () => {
    const { stack } = newApp();
    const group = new TerraformVariable(stack, 'group', { type: 'string' });
    const policy = admin(stack).attachToUser('alice').attachToGroup(group.stringValue);
    const ids = policy.node.children.map((c) => c.node.id);
    expect(ids).toContain('User-alice');
    expect(ids.find((id) => id.startsWith('Group-'))).toMatch(/^Group-ref~[0-9a-f]{8}$/);
  });

  test('attaching the same principal twice is a duplicate-attachment error at synth, not a second resource', () => {
    const { app, stack } = newApp();
    const group = new TerraformVariable(stack, 'group', { type: 'string' });
    admin(stack).attachToUser('alice').attachToUser('alice').attachToGroup(group.stringValue).attachToGroup(group.stringValue);
    const errors = synthErrors(app);
    expect(errors).toContain('[stack/Admin] [duplicate-attachment] attachToUser(userName): stack/Admin is already attached to user "alice"');
    expect(errors).toContain('[stack/Admin] [duplicate-attachment] attachToGroup(groupId): stack/Admin is already attached to group (the reference ${var.group})');
    const r = synthJson(stack).resource;
    expect(Object.keys(r.tencentcloud_cam_user_policy_attachment)).toHaveLength(1);
    expect(Object.keys(r.tencentcloud_cam_group_policy_attachment)).toHaveLength(1);
  });

  test('the same name as user and as group, or two policies on one user, are no duplicates', () => {
    const { app, stack } = newApp();
    admin(stack, 'A').attachToUser('12345').attachToGroup('12345');
    admin(stack, 'B').attachToUser('12345');
    expect(synthErrors(app)).toBe('');
  });

  test('a group or role name where the numeric id belongs is an invalid-name error, and nothing is attached', () => {
    const { app, stack } = newApp();
    admin(stack).attachToGroup('developers').attachToRole('ci-role');
    const errors = synthErrors(app);
    expect(errors).toContain('[stack/Admin] [invalid-name] Invalid attachToGroup(groupId): "developers" is not a valid CAM group id');
    expect(errors).toContain('[stack/Admin] [invalid-name] Invalid attachToRole(roleId): "ci-role" is not a valid CAM role id');
    expect(errors).toContain('use attachToRoleByName for a role name');
    expect(synthJson(stack).resource.tencentcloud_cam_group_policy_attachment).toBeUndefined();
  });

  test('a duplicate-attachment finding can be suppressed like any finding', () => {
    const { app, stack } = newApp();
    const policy = admin(stack).attachToUser('alice').attachToUser('alice');
    Suppressions.of(policy).add({ ruleId: 'duplicate-attachment', reason: 'Generated from two overlapping team configs' });
    expect(synthErrors(app)).toBe('');
  });
});

describe('too-many-policies', () => {
  /** `count` one-repository policies, all attached to `user`. */
  function attachMany(stack: TerraformStack, count: number, user = 'alice', prefix = 'P'): TcrPolicyBase[] {
    return Array.from({ length: count }, (_, i) =>
      new RepoReadOnly(stack, `${prefix}${i}`, { instanceId: I, namespace: 'team-01', repository: `repo-${i}` }).attachToUser(user));
  }
  const warningsOf = (c: TcrPolicyBase) => c.lint().filter((f) => f.ruleId === 'too-many-policies');

  test('200 policies on one user are fine', () => {
    const { stack } = newApp();
    const policies = attachMany(stack, 200);
    expect(policies.flatMap(warningsOf)).toEqual([]);
  });

  test('the 201st is reported once, as a warning on the construct whose attachment passed the limit', () => {
    const { app, stack } = newApp();
    const policies = attachMany(stack, 203);
    attachMany(stack, 5, 'bob', 'Q').forEach((p) => expect(warningsOf(p)).toEqual([]));
    const reported = policies.filter((p) => warningsOf(p).length > 0);
    expect(reported.map((p) => p.node.id)).toEqual(['P200']);
    const [w] = warningsOf(reported[0]);
    expect(w).toMatchObject({ severity: 'warning', value: 'alice' });
    expect(w.message).toContain('User "alice" gets 203 policies from stack stack');
    expect(synthErrors(app)).toBe('');
  });

  test('the parts of a split document count one each', () => {
    const { stack } = newApp();
    const repositories = Array.from({ length: 300 }, (_, i) => `repository-number-${i}`);
    const big = new RepoReadOnly(stack, 'Big', { instanceId: I, namespace: 'team-01', repositories }).attachToUser('alice');
    const parts = big.policies.length;
    expect(parts).toBeGreaterThan(1);
    const policies = attachMany(stack, 200 - parts);
    expect([big, ...policies].flatMap(warningsOf)).toEqual([]);
    const [last] = attachMany(stack, 1, 'alice', 'Last');
    expect(warningsOf(last)).toHaveLength(1);
    expect(warningsOf(last)[0].message).toContain('gets 201 policies');
  });

  test('presets count too, and the warning is suppressible on the stack', () => {
    const { app, stack } = newApp();
    attachMany(stack, 200);
    const preset = new TcrPresetPolicy(stack, 'Preset', { preset: TcrPreset.READ_ONLY_ACCESS }).attachToUser('alice');
    expect(preset.lint().map((f) => f.ruleId)).toEqual(['too-many-policies']);
    Suppressions.of(stack).add({ ruleId: 'too-many-policies', reason: 'Half of them move to a group next sprint' });
    expect(synthErrors(app)).toBe('');
  });
});
