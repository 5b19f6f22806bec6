import { policyDocument, terraform } from './support/terraform';
import { AccessModel, TerraformJsonError } from '../../lib/analysis';

const DOC = policyDocument({ effect: 'allow', action: ['tcr:PullRepository'], resource: ['*'] });
const model = (...texts: string[]) => AccessModel.fromTerraform(texts.map((text, i) => ({ file: `stack${i}.tf.json`, text })));
const summary = (m: AccessModel) => Object.fromEntries(m.principals.map((p) => [p.id, p.policies.map((x) => x.origin + (x.unknown ? ` ? ${x.unknown}` : ''))]));

describe('AccessModel.fromTerraform', () => {
  test('every attachment kind, with references resolved within the file', () => {
    const m = model(terraform({
      tencentcloud_cam_policy: { P: { name: 'p', document: DOC } },
      tencentcloud_cam_policy_by_name: { Q: { name: 'q', document: DOC } },
      tencentcloud_cam_user: { Bob: { name: 'bob' } },
      tencentcloud_cam_group: { G: { name: 'g' } },
      tencentcloud_cam_role: { R: { name: 'ci-role', document: '{}' } },
      tencentcloud_cam_user_policy_attachment: { A1: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.P.id}' }, A2: { user_name: '${tencentcloud_cam_user.Bob.name}', policy_id: '${tencentcloud_cam_policy.P.id}' } },
      tencentcloud_cam_group_policy_attachment: { A3: { group_id: '${tencentcloud_cam_group.G.id}', policy_id: '${tencentcloud_cam_policy.P.id}' }, A4: { group_id: '${tencentcloud_cam_group.G.id}', policy_id: '${tencentcloud_cam_policy_by_name.Q.id}' } },
      tencentcloud_cam_role_policy_attachment: { A5: { role_id: '4611686018427922701', policy_id: '${tencentcloud_cam_policy.P.id}' }, A6: { role_id: '${tencentcloud_cam_role.R.id}', policy_id: '${tencentcloud_cam_policy.P.id}' } },
      tencentcloud_cam_role_policy_attachment_by_name: { A7: { role_name: 'ci-role', policy_name: 'q' }, A8: { role_name: 'deployer', policy_name: 'QcloudTCRReadOnlyAccess' } },
    }));
    expect(summary(m)).toEqual({
      'group:${tencentcloud_cam_group.G.id}': ['stack0.tf.json#tencentcloud_cam_policy.P', 'stack0.tf.json#tencentcloud_cam_policy_by_name.Q'],
      'role-name:ci-role': ['stack0.tf.json#tencentcloud_cam_policy.P', 'stack0.tf.json#tencentcloud_cam_policy_by_name.Q'],
      'role-name:deployer': ['preset QcloudTCRReadOnlyAccess'],
      'role:4611686018427922701': ['stack0.tf.json#tencentcloud_cam_policy.P'],
      'user:alice': ['stack0.tf.json#tencentcloud_cam_policy.P'],
      'user:bob': ['stack0.tf.json#tencentcloud_cam_policy.P'],
    });
    expect(m.unattached).toEqual([]);
    expect(m.principal('role-name:deployer')!.policies[0].document).toContain('tcr:PullRepository*');
  });

  test('a group\'s members have its policies: user_names by reference, the deprecated user_ids, a list that is one expression', () => {
    const m = model(terraform({
      tencentcloud_cam_policy: { P: { name: 'p', document: DOC } },
      tencentcloud_cam_user: { Bob: { name: 'bob' } },
      tencentcloud_cam_group: { G: { name: 'g' } },
      tencentcloud_cam_group_policy_attachment: { A: { group_id: '${tencentcloud_cam_group.G.id}', policy_id: '${tencentcloud_cam_policy.P.id}' } },
      tencentcloud_cam_group_membership: {
        M1: { group_id: '${tencentcloud_cam_group.G.id}', user_names: ['alice', '${tencentcloud_cam_user.Bob.name}'] },
        M2: { group_id: '${tencentcloud_cam_group.G.id}', user_ids: ['carol'] },
        M3: { group_id: '${tencentcloud_cam_group.G.id}', user_names: '${var.auditors}' },
      },
    }));
    const group = ['stack0.tf.json#tencentcloud_cam_policy.P'];
    expect(summary(m)).toEqual({ 'group:${tencentcloud_cam_group.G.id}': group, 'user:alice': group, 'user:bob': group, 'user:carol': group, 'user:${var.auditors}': group });
  });

  test('a member of a group with no attachment in the input has unknown policies, the same in every synth', () => {
    const text = terraform({ tencentcloud_cam_group_membership: { M: { group_id: '12515263', user_names: ['alice'] } } });
    const [before, after] = [model(text), model(text)];
    expect(summary(before)).toEqual({
      'user:alice': ['the policies of group:12515263 (its members are added by stack0.tf.json#tencentcloud_cam_group_membership.M) ? the group has no attachment in the input'],
    });
    expect(after.principal('user:alice')!.policies[0].identity).toBe(before.principal('user:alice')!.policies[0].identity);
  });

  test('a policy whose default version another resource sets is unknown; a version of a policy not in the input is a policy of its own', () => {
    const WIDE = policyDocument({ effect: 'allow', action: ['tcr:*'], resource: ['*'] });
    const m = model(terraform({
      tencentcloud_cam_policy: { P: { name: 'p', document: DOC }, Q: { name: 'q', document: DOC }, R: { name: 'r', document: DOC } },
      tencentcloud_cam_user_policy_attachment: {
        A: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.P.id}' },
        B: { user_name: 'bob', policy_id: '${tencentcloud_cam_policy.Q.id}' },
        C: { user_name: 'carol', policy_id: '${tencentcloud_cam_policy.R.id}' },
      },
      tencentcloud_cam_policy_version: {
        V: { policy_id: '${tencentcloud_cam_policy.P.id}', set_as_default: true, policy_document: WIDE },
        Draft: { policy_id: '${tencentcloud_cam_policy.R.id}', set_as_default: false, policy_document: WIDE },
        Outside: { policy_id: 171173780, set_as_default: 'true', policy_document: WIDE },
      },
      tencentcloud_cam_set_policy_version_config: { S: { policy_id: '${tencentcloud_cam_policy.Q.id}', version_id: 3 }, T: { policy_id: 234290251, version_id: 3 } },
    }));
    expect(summary(m)).toEqual({
      'user:alice': ['stack0.tf.json#tencentcloud_cam_policy.P ? its default version is set by stack0.tf.json#tencentcloud_cam_policy_version.V'],
      'user:bob': ['stack0.tf.json#tencentcloud_cam_policy.Q ? its default version is set by stack0.tf.json#tencentcloud_cam_set_policy_version_config.S'],
      'user:carol': ['stack0.tf.json#tencentcloud_cam_policy.R'],
    });
    expect(m.unattached.map((p) => [p.origin, p.document ?? `? ${p.unknown}`])).toEqual([
      ['stack0.tf.json#tencentcloud_cam_policy_version.Outside', WIDE],
      ['stack0.tf.json#tencentcloud_cam_set_policy_version_config.T', '? it sets the default version of a policy that is not in the input'],
    ]);
  });

  test('presets through the data source; an unknown preset or an outside policy is unknown, never empty', () => {
    const m = model(terraform({
      tencentcloud_cam_group_policy_attachment: {
        Full: { group_id: '1', policy_id: '${data.tencentcloud_cam_policies.Full.policy_list[0].policy_id}' },
        Ccr: { group_id: '2', policy_id: '${data.tencentcloud_cam_policies.Ccr.policy_list.0.policy_id}' },
        Other: { group_id: '3', policy_id: '26800353' },
      },
    }, { tencentcloud_cam_policies: { Full: { name: 'QcloudTCRFullAccess', type: 2 }, Ccr: { name: 'QcloudCCRFullAccess', type: 2 } } }));
    expect(m.principal('group:1')!.policies[0]).toMatchObject({ name: 'QcloudTCRFullAccess', document: expect.stringContaining('"tcr:*"') });
    expect(m.principal('group:2')!.policies[0]).toMatchObject({ unknown: 'Tencent does not publish the document of QcloudCCRFullAccess' });
    expect(m.principal('group:3')!.policies[0]).toMatchObject({ unknown: 'it is not defined in the input' });
  });

  test('a document that is wholly an interpolation is unknown; unattached policies are listed', () => {
    const m = model(terraform({
      tencentcloud_cam_policy: { J: { name: 'j', document: '${jsonencode(local.doc)}' }, Loose: { name: 'loose', document: DOC } },
      tencentcloud_cam_user_policy_attachment: { A: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.J.id}' } },
    }));
    expect(m.principal('user:alice')!.policies[0].unknown).toBe('its document is the Terraform expression ${jsonencode(local.doc)}');
    expect(m.unattached.map((p) => p.origin)).toEqual(['stack0.tf.json#tencentcloud_cam_policy.Loose']);
  });

  test('TCR service accounts: their permissions as a second plane, per namespace; disabled ones have none', () => {
    const m = model(terraform({
      tencentcloud_tcr_namespace: { Ns: { instance_id: 'tcr-a', name: 'payments' } },
      tencentcloud_tcr_service_account: {
        Ci: { registry_id: 'tcr-a', name: 'ci', permissions: [{ resource: 'payments', actions: ['tcr:PushRepository', 'tcr:PullRepository'] }] },
        Off: { registry_id: 'tcr-a', name: 'off', disable: true, permissions: [{ resource: 'payments', actions: ['tcr:PullRepository'] }] },
      },
    }));
    const ci = m.principal('service-account:tcr-a/ci')!;
    expect(ci.kind).toBe('service-account');
    expect(ci.policies[0].plane).toBe('service-account');
    expect(JSON.parse(ci.policies[0].document!).statement[0].resource).toEqual(['qcs::tcr:::repository/tcr-a/payments', 'qcs::tcr:::repository/tcr-a/payments/*']);
    expect(JSON.parse(m.principal('service-account:tcr-a/off')!.policies[0].document!).statement).toEqual([]);
  });

  test('both JSON forms are read: block types as arrays of objects, labels as arrays of one object', () => {
    const arrayForm = JSON.stringify({
      resource: [
        { tencentcloud_cam_policy: [{ P: [{ name: 'p', document: DOC }] }] },
        { tencentcloud_cam_user_policy_attachment: { A: [{ user_name: 'alice', policy_id: '${tencentcloud_cam_policy.P.id}' }] } },
      ],
    });
    expect(summary(model(arrayForm))).toEqual({ 'user:alice': ['stack0.tf.json#tencentcloud_cam_policy.P'] });
  });

  test.each([
    ['a repeated member', '{"resource":{"tencentcloud_cam_policy":{"P":{"name":"p","document":"{}"}},"tencentcloud_cam_policy":{}}}', /stack0.tf.json:1:\d+: member "tencentcloud_cam_policy" is repeated at \/resource\/tencentcloud_cam_policy/],
    ['a block declared twice', JSON.stringify({ resource: [{ tencentcloud_cam_policy: { P: { name: 'p', document: DOC } } }, { tencentcloud_cam_policy: { P: { name: 'q', document: DOC } } }] }), /tencentcloud_cam_policy.P is declared twice/],
    ['a block of the wrong shape', JSON.stringify({ resource: { tencentcloud_cam_policy: { P: [{}, {}] } } }), /must be one object \(or an array of one object\)/],
    ['a block type that is not an object', JSON.stringify({ resource: { tencentcloud_cam_policy: 'x' } }), /must be an object or an array of objects/],
  ])('%s is refused with a clear error, never half-read', (_case, text, message) => {
    expect(() => model(text)).toThrow(TerraformJsonError);
    expect(() => model(text)).toThrow(message);
  });
});
