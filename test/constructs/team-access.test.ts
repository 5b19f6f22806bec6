import { TerraformVariable } from 'cdktf';
import { IpUnsupportedApis, NamespaceAdmin, RepositoryAccess, simulate, TcrTeamAccess } from '../../lib';
import { cleanTestingOutdirs, newApp, synthErrors, synthJson } from '../helpers/synth';

afterAll(cleanTestingOutdirs);

const I = 'tcr-abcd1234';
const repo = (ns: string, name: string) => `qcs::tcr:ap-guangzhou:uin/100000000001:repository/${I}/${ns}/${name}`;

const PROPS = {
  instanceId: I,
  namespace: 'payments',
  admins: { groupId: '101' },
  developers: { groupId: '102' },
  ci: { roleId: '4611686018427922701', repositories: ['checkout-api'] },
  readers: { groupId: '103' },
};

describe('TcrTeamAccess', () => {
  test('one policy per role, with stable child ids and names, each attached to its group or role', () => {
    const { app, stack } = newApp();
    const team = new TcrTeamAccess(stack, 'Payments', PROPS);
    expect(synthErrors(app)).toBe('');
    expect(team.node.children.map((c) => c.node.id)).toEqual(['Admins', 'Developers', 'Ci', 'Readers']);
    expect(team.admins).toBeInstanceOf(NamespaceAdmin);
    expect([team.developers, team.ci, team.readers].every((p) => p instanceof RepositoryAccess)).toBe(true);
    const r = synthJson(stack).resource;
    expect((Object.values(r.tencentcloud_cam_policy) as any[]).map((p) => p.name).sort())
      .toEqual(['stack-Payments-Admins', 'stack-Payments-Ci', 'stack-Payments-Developers', 'stack-Payments-Readers']);
    const groups = Object.values(r.tencentcloud_cam_group_policy_attachment) as any[];
    expect(groups.map((g) => g.group_id).sort()).toEqual(['101', '102', '103']);
    const roles = Object.values(r.tencentcloud_cam_role_policy_attachment) as any[];
    expect(roles.map((g) => g.role_id)).toEqual(['4611686018427922701']);
    expect(roles[0].policy_id).toMatch(/tencentcloud_cam_policy\.Payments_Ci_Policy_/);
  });

  test('simulator: each role gets exactly its access in the namespace', () => {
    const { stack } = newApp();
    const team = new TcrTeamAccess(stack, 'Payments', PROPS);
    const decide = (docs: string[], action: string, resource: string) => simulate(docs, { action, resource }).decision;
    const admins = team.admins!.renderedDocuments();
    const devs = team.developers!.renderedDocuments();
    const ci = team.ci!.renderedDocuments();
    const readers = team.readers!.renderedDocuments();

    expect(decide(admins, 'tcr:DeleteRepository', repo('payments', 'any'))).toBe('allow');
    expect(decide(devs, 'tcr:PushRepository', repo('payments', 'any'))).toBe('allow');
    expect(decide(devs, 'tcr:DeleteRepository', repo('payments', 'any'))).toBe('implicit-deny');
    expect(decide(ci, 'tcr:PushRepository', repo('payments', 'checkout-api'))).toBe('allow');
    expect(decide(ci, 'tcr:PushRepository', repo('payments', 'other'))).toBe('implicit-deny');
    expect(decide(readers, 'tcr:PullRepository', repo('payments', 'any'))).toBe('allow');
    expect(decide(readers, 'tcr:PushRepository', repo('payments', 'any'))).toBe('implicit-deny');
    for (const docs of [admins, devs, ci, readers]) {
      expect(decide(docs, 'tcr:PullRepository', repo('search', 'any'))).toBe('implicit-deny');
    }
  });

  test('roles left out create nothing', () => {
    const { stack } = newApp();
    const team = new TcrTeamAccess(stack, 'Small', { instanceId: I, namespace: 'payments', readers: { groupId: '103' } });
    expect(team.node.children.map((c) => c.node.id)).toEqual(['Readers']);
    expect(team.admins).toBeUndefined();
  });

  test('group ids may be Terraform references', () => {
    const { app, stack } = newApp();
    const group = new TerraformVariable(stack, 'devs', { type: 'string' });
    new TcrTeamAccess(stack, 'T', { instanceId: I, namespace: 'payments', developers: { groupId: group.stringValue } });
    expect(synthErrors(app)).toBe('');
    expect(Object.values(synthJson(stack).resource.tencentcloud_cam_group_policy_attachment)).toEqual([expect.objectContaining({ group_id: '${var.devs}' })]);
  });

  test('bad names are reported on the child that uses them', () => {
    const { app, stack } = newApp();
    new TcrTeamAccess(stack, 'T', { ...PROPS, namespace: 'Payments', ci: { roleId: 'ci', repositories: [] } });
    const errors = synthErrors(app);
    expect(errors).toContain('[stack/T/Admins] [invalid-name] Invalid namespace: "Payments"');
    expect(errors).toContain('[stack/T/Ci] [invalid-name] Invalid repositories: must not be empty');
    expect(errors).toContain('[stack/T/Ci] [invalid-name] Invalid attachToRole(roleId): "ci" is not a valid CAM role id');
  });

  test('conditions apply to every role', () => {
    const { app, stack } = newApp();
    const team = new TcrTeamAccess(stack, 'T', { ...PROPS, allowedSourceIps: ['10.0.0.0/8'], ipUnsupportedApis: IpUnsupportedApis.ALLOW_WITHOUT_CONDITION });
    expect(synthErrors(app)).toBe('');
    for (const p of [team.admins!, team.developers!, team.ci!, team.readers!]) {
      expect(p.document.statements.some((s) => s.conditions.ip_equal?.['qcs:ip']?.[0] === '10.0.0.0/8')).toBe(true);
    }
  });
});
