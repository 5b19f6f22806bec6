import { TerraformOutput, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AccessLevel, NamespaceAdmin, RepoReadOnly, TcrInstanceAccess, PolicyStatement, Effect } from '../../lib';
import { camPolicies, cleanTestingOutdirs, newStack, synthJson } from '../helpers/synth';

afterAll(cleanTestingOutdirs);

describe('the synthesized tencentcloud_cam_policy', () => {
  test('has a deterministic, CAM-valid default name from the stack and construct path', () => {
    const stack = newStack('registry-access');
    const team = new TcrInstanceAccess(stack, 'Team A', { access: AccessLevel.READ_ONLY });
    expect(team.policyName).toBe('registry-access-Team-A');
    expect(Object.values(camPolicies(stack))[0].name).toBe('registry-access-Team-A');
  });

  test('a name over 128 characters keeps a hash suffix', () => {
    const stack = newStack('s');
    const long = new TcrInstanceAccess(stack, 'x'.repeat(200), { access: AccessLevel.READ_ONLY });
    expect(long.policyName).toHaveLength(128);
    expect(long.policyName).toMatch(/^s-x+-[0-9a-f]{8}$/);
  });

  test('passes policyName, description and tags through, and exposes policyId as a token', () => {
    const stack = newStack();
    const admin = new NamespaceAdmin(stack, 'A', {
      instanceId: 'tcr-abcd1234', namespace: 'team-01', policyName: 'team-01-admin', description: 'Team 01', tags: { team: '01' },
    });
    new TerraformOutput(stack, 'id', { value: admin.policyId });
    const json = synthJson(stack);
    const policy = Object.values<any>(json.resource.tencentcloud_cam_policy)[0];
    expect(policy).toMatchObject({ name: 'team-01-admin', description: 'Team 01', tags: { team: '01' } });
    expect(json.output.id.value).toMatch(/^\$\{tencentcloud_cam_policy\.A_Policy_[0-9A-F]+\.id\}$/);
  });

  test('region and ownerUin fill the resource segments', () => {
    const stack = newStack();
    new TcrInstanceAccess(stack, 'A', { access: AccessLevel.FULL, instanceId: 'tcr-abcd1234', region: 'ap-shanghai', ownerUin: '100000000001' });
    const doc = JSON.parse(Object.values(camPolicies(stack))[0].document);
    expect(doc.statement[0].resource).toEqual([
      'qcs::tcr:ap-shanghai:uin/100000000001:instance/tcr-abcd1234',
      'qcs::tcr:ap-shanghai:uin/100000000001:repository/tcr-abcd1234/*',
    ]);
  });

  test('Terraform tokens as names stay interpolations in the document', () => {
    const stack = newStack();
    const instance = new TerraformVariable(stack, 'instance', { type: 'string' });
    new RepoReadOnly(stack, 'R', { instanceId: instance.stringValue, namespace: 'team-01', repository: 'app' });
    const doc = Object.values(camPolicies(stack))[0].document;
    expect(doc).toContain('qcs::tcr:::instance/${var.instance}');
    expect(doc).toContain('qcs::tcr:::repository/${var.instance}/team-01/app/*');
  });

  test('statements added after construction are rendered', () => {
    const stack = newStack();
    const admin = new NamespaceAdmin(stack, 'A', { instanceId: 'tcr-abcd1234', namespace: 'team-01' });
    admin.addStatements(new PolicyStatement({ effect: Effect.DENY, actions: ['tcr:DeleteNamespace'], resources: ['*'] }));
    const doc = JSON.parse(Object.values(camPolicies(stack))[0].document);
    expect(doc.statement).toHaveLength(4);
    expect(doc.statement[3]).toEqual({ action: ['tcr:DeleteNamespace'], resource: ['*'], effect: 'deny' });
  });

  test('synthesizing the same program twice gives the same bytes', () => {
    const build = () => {
      const stack = new TerraformStack(Testing.app(), 's');
      new RepoReadOnly(stack, 'R', { instanceId: 'tcr-abcd1234', namespace: 'ns', repositories: ['b', 'a', 'b'] });
      new TcrInstanceAccess(stack, 'T', { access: AccessLevel.FULL });
      return Testing.synth(stack);
    };
    expect(build()).toBe(build());
  });
});
