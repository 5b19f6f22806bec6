import * as fc from 'fast-check';
import { allowOn, OWNER, policyDocument, repository, terraform, twoStackApp } from './support/terraform';
import { AccessModel, diffModels, ModelAccess, PrincipalAccess, whoCan } from '../../lib/analysis';

const model = (app: { access: string; teams: string }) =>
  AccessModel.fromTerraform([{ file: 'access/cdk.tf.json', text: app.access }, { file: 'teams/cdk.tf.json', text: app.teams }]);

describe('diffModels: per principal', () => {
  const before = model(twoStackApp({ ciRepos: ['checkout-api'], teamNamespace: 'payments' }));

  test('a break-glass user does not hide a CI role gaining push: reported for that role, with a counterexample the simulator confirms', () => {
    const after = model(twoStackApp({ ciRepos: ['checkout-api', 'ledger-worker'], teamNamespace: 'payments' }));
    const diff = diffModels(before, after);
    expect(diff.perPrincipal).toBe(true);
    expect(diff.notCompared).toEqual([]);
    const push = diff.added.find((c) => c.action === 'tcr:PushRepository')!;
    expect(push).toMatchObject({ principal: 'role:4611686018427922701', resource: repository('payments', 'ledger-worker'), ownerUin: OWNER });
    expect(new Set(diff.added.map((c) => c.principal))).toEqual(new Set(['role:4611686018427922701']));
    const role = PrincipalAccess.of(after.principal('role:4611686018427922701')!);
    expect(role.decide(push)).toBe('allow');
    expect(PrincipalAccess.of(before.principal('role:4611686018427922701')!).decide(push)).toBe('implicit-deny');
  });

  test('a renamed namespace is new access for the team group, and the old one removed access', () => {
    const after = model(twoStackApp({ ciRepos: ['checkout-api'], teamNamespace: 'payments-v2' }));
    const diff = diffModels(before, after);
    const group = 'group:${tencentcloud_cam_group.Team.id}';
    expect(diff.added).toContainEqual(expect.objectContaining({ principal: group, action: 'tcr:PullRepository', resource: expect.stringContaining('/payments-v2/') }));
    expect(diff.removed).toContainEqual(expect.objectContaining({ principal: group, action: 'tcr:PullRepository', resource: expect.stringContaining('/payments/') }));
  });

  test('identical synths: nothing', () => {
    expect(diffModels(before, model(twoStackApp({ ciRepos: ['checkout-api'], teamNamespace: 'payments' })))).toMatchObject({ added: [], removed: [], notCompared: [] });
  });

  test('a widened policy that no attachment of the input names is reported as unattached-policy:<name>', () => {
    const tf = (repos: string[]) => AccessModel.fromTerraform([{
      file: 'x.tf.json',
      text: terraform({
        tencentcloud_cam_policy: {
          P: { name: 'ci-push', document: policyDocument({ effect: 'allow', action: ['tcr:PushRepository'], resource: repos.map((r) => repository('payments', r)) }) },
          Q: { name: 'attached', document: policyDocument(allowOn(['tcr:PullRepository'], 'payments')) },
        },
        tencentcloud_cam_user_policy_attachment: { A: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.Q.id}' } },
      }),
    }]);
    const diff = diffModels(tf(['checkout-api']), tf(['checkout-api', 'ledger-worker']));
    expect(diff.principals).toContain('unattached-policy:ci-push');
    expect(diff.added).toContainEqual(expect.objectContaining({
      principal: 'unattached-policy:ci-push', action: 'tcr:PushRepository', resource: repository('payments', 'ledger-worker'),
    }));
    expect(new Set(diff.added.map((c) => c.principal))).toEqual(new Set(['unattached-policy:ci-push']));
    expect(diffModels(tf(['checkout-api']), tf(['checkout-api'])).added).toEqual([]);
  });

  test('--principal narrows the comparison', () => {
    const after = model(twoStackApp({ ciRepos: ['checkout-api', 'ledger-worker'], teamNamespace: 'payments' }));
    expect(diffModels(before, after, { principals: ['user:alice'] }).added).toEqual([]);
  });

  test('a policy that becomes an interpolation, an unknown preset and cam:* are not compared', () => {
    const tf = (document: string, extra: Record<string, Record<string, object>> = {}, data = {}) => AccessModel.fromTerraform([{
      file: 'x.tf.json',
      text: terraform({
        tencentcloud_cam_policy: { P: { name: 'p', document } },
        tencentcloud_cam_user_policy_attachment: { A: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.P.id}' } },
        ...extra,
      }, data),
    }]);
    const base = tf(policyDocument(allowOn(['tcr:PullRepository'], 'payments')));
    const interpolated = diffModels(base, tf('${jsonencode(local.policy)}'));
    expect(interpolated.notCompared).toContainEqual(expect.objectContaining({ principal: 'user:alice', reason: expect.stringContaining('may grant anything') }));
    const preset = diffModels(base, tf(policyDocument(allowOn(['tcr:PullRepository'], 'payments')), {
      tencentcloud_cam_user_policy_attachment: {
        A: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.P.id}' },
        B: { user_name: 'alice', policy_id: '${data.tencentcloud_cam_policies.C.policy_list[0].policy_id}' },
      },
    }, { tencentcloud_cam_policies: { C: { name: 'QcloudCCRFullAccess' } } }));
    expect(preset.notCompared).toContainEqual(expect.objectContaining({ statement: 'preset QcloudCCRFullAccess' }));
    const cam = diffModels(base, tf(policyDocument(allowOn(['tcr:PullRepository'], 'payments'), { effect: 'allow', action: ['cam:*'], resource: ['*'] })));
    expect(cam.notCompared).toContainEqual(expect.objectContaining({ principal: 'user:alice', statement: 'x.tf.json#tencentcloud_cam_policy.P statement 1' }));
  });

  test('policy_by_name and attached presets are compared like custom policies', () => {
    const tf = (attach: Record<string, object>) => AccessModel.fromTerraform([{
      file: 'x.tf.json',
      text: terraform({
        tencentcloud_cam_policy_by_name: { P: { name: 'p', document: policyDocument(allowOn(['tcr:PullRepository'], 'payments')) } },
        tencentcloud_cam_role_policy_attachment_by_name: attach,
      }),
    }]);
    const byName = diffModels(tf({ A: { role_name: 'ci', policy_name: 'p' } }), tf({ A: { role_name: 'ci', policy_name: 'p' }, B: { role_name: 'ci', policy_name: 'QcloudTCRFullAccess' } }));
    expect(byName.added).toContainEqual(expect.objectContaining({ principal: 'role-name:ci', action: 'tcr:DeleteRepository' }));
    const fresh = diffModels(tf({}), tf({ A: { role_name: 'ci', policy_name: 'p' } }));
    expect(fresh.added).toContainEqual(expect.objectContaining({ principal: 'role-name:ci', action: 'tcr:PullRepository', resource: repository('payments', 'probe-repo') }));
  });
});

describe('diffModels: every way a user is granted access is seen', () => {
  const PUSH = policyDocument(allowOn(['tcr:PushRepository'], 'payments'));
  // Before: a push policy attached to a group with no member; alice has nothing.
  const base = {
    tencentcloud_cam_policy: { Push: { name: 'push', document: PUSH } },
    tencentcloud_cam_group: { Ci: { name: 'ci' } },
    tencentcloud_cam_group_policy_attachment: { CiPush: { group_id: '${tencentcloud_cam_group.Ci.id}', policy_id: '${tencentcloud_cam_policy.Push.id}' } },
  };
  const tf = (extra: Record<string, Record<string, object>>) => AccessModel.fromTerraform([{ file: 'x.tf.json', text: terraform({ ...base, ...extra }) }]);
  const before = tf({});
  const pushed = { principal: 'user:alice', action: 'tcr:PushRepository', resource: repository('payments', 'probe-repo') };

  test.each([
    ['a policy attached to her', { tencentcloud_cam_user_policy_attachment: { A: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.Push.id}' } } }],
    ['membership of the group, by name', { tencentcloud_cam_group_membership: { M: { group_id: '${tencentcloud_cam_group.Ci.id}', user_names: ['alice'] } } }],
    ['membership of the group, by the deprecated user_ids', { tencentcloud_cam_group_membership: { M: { group_id: '${tencentcloud_cam_group.Ci.id}', user_ids: ['alice'] } } }],
    ['membership of the group, by a reference to her user', {
      tencentcloud_cam_user: { Alice: { name: 'alice' } },
      tencentcloud_cam_group_membership: { M: { group_id: '${tencentcloud_cam_group.Ci.id}', user_names: ['${tencentcloud_cam_user.Alice.name}'] } },
    }],
  ])('%s: new access for user:alice, which the gate fails on', (_, extra) => {
    const diff = diffModels(before, tf(extra));
    expect(diff.added).toContainEqual(expect.objectContaining(pushed));
    expect(PrincipalAccess.of(tf(extra).principal('user:alice')!).decide(diff.added.find((c) => c.principal === 'user:alice')!)).toBe('allow');
  });

  test('membership of a group whose policies the input does not hold: not compared, never "no new access"', () => {
    const diff = diffModels(before, tf({ tencentcloud_cam_group_membership: { M: { group_id: '12515263', user_names: ['alice'] } } }));
    expect(diff.notCompared).toContainEqual(expect.objectContaining({ principal: 'user:alice', reason: expect.stringContaining('may grant anything') }));
  });

  test('a default version set for her policy: not compared; one for a policy outside the input: compared as an unattached policy', () => {
    const attached = { tencentcloud_cam_user_policy_attachment: { A: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.Push.id}' } } };
    const wide = policyDocument({ effect: 'allow', action: ['tcr:DeleteRepository'], resource: ['*'] });
    const version = { V: { policy_id: '${tencentcloud_cam_policy.Push.id}', set_as_default: true, policy_document: wide } };
    const versioned = diffModels(tf(attached), tf({ ...attached, tencentcloud_cam_policy_version: version }));
    expect(versioned.notCompared).toContainEqual(expect.objectContaining({ principal: 'user:alice', reason: expect.stringContaining('may grant anything') }));
    const outsideVersion = { V: { policy_id: 171173780, set_as_default: true, policy_document: wide } };
    const outside = diffModels(before, tf({ tencentcloud_cam_policy_version: outsideVersion }));
    expect(outside.added).toContainEqual(expect.objectContaining({ principal: 'unattached-policy:tencentcloud_cam_policy_version.V', action: 'tcr:DeleteRepository' }));
  });

  test('a membership that did not change: nothing', () => {
    const member = { tencentcloud_cam_group_membership: { M: { group_id: '${tencentcloud_cam_group.Ci.id}', user_names: ['alice'] } } };
    expect(diffModels(tf(member), tf(member))).toMatchObject({ added: [], removed: [], notCompared: [] });
    const outside = { tencentcloud_cam_group_membership: { M: { group_id: '12515263', user_names: ['alice'] } } };
    expect(diffModels(tf(outside), tf(outside))).toMatchObject({ added: [], removed: [], notCompared: [] });
  });
});

describe('who-can', () => {
  const app = model(twoStackApp({ ciRepos: ['checkout-api'], teamNamespace: 'payments' }));

  test('names the break-glass user and the CI role for a push, each with the statement that allows it', () => {
    const answer = whoCan(app, { action: 'tcr:PushRepository', resource: repository('payments', 'checkout-api'), ownerUin: OWNER });
    expect(answer.allowed.map((d) => d.principal)).toEqual(['role:4611686018427922701', 'user:alice']);
    expect(answer.allowed[1].matched[0]).toMatchObject({ policy: 'access/cdk.tf.json#tencentcloud_cam_policy.BreakGlass', effect: 'allow' });
    expect(answer.unknown).toEqual([]);
  });

  test('property: exactly the principals the simulator allows, and the unknown ones apart', () => {
    const access = new ModelAccess(app);
    const requestArb = fc.record({
      action: fc.constantFrom('tcr:PushRepository', 'tcr:PullRepository', 'tcr:DeleteRepository', 'tcr:DescribeInstances'),
      resource: fc.constantFrom(repository('payments', 'checkout-api'), repository('payments', 'other'), repository('search', 'x'), '*'),
      ownerUin: fc.constantFrom(undefined, OWNER, '200000000002'),
    }, { requiredKeys: ['action', 'resource'] });
    fc.assert(fc.property(requestArb, (request) => {
      const answer = access.whoCan(request);
      const expected = app.principals.filter((p) => PrincipalAccess.of(p).simulate(request).decision === 'allow').map((p) => p.id);
      expect(answer.allowed.map((d) => d.principal)).toEqual(expected);
    }), { numRuns: 100, seed: 1313 });
  });
});
