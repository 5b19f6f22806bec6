import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformOutput, TerraformStack, Testing } from 'cdktf';
import 'cdktf/lib/testing/adapters/jest';
import {
  CamGroupPolicyAttachment,
  CamPolicy,
  CamRolePolicyAttachment,
  CamGroup,
  CamRole,
  CamRolePolicyAttachmentByName,
  CamUser,
  CamUserPolicyAttachment,
  DataTencentcloudCamPolicies,
  TcrInstance,
  TcrNamespace,
  TcrServiceAccountResource,
  TencentcloudProvider,
} from '../../lib/provider';
import { generate, HEADER, listFiles, OUT_DIR, OUT_DIRS, SCHEMA_PATH } from '../../tools/provider-gen/generate';

Testing.setupJest();

const tempDirs: string[] = [];

function testApp(): App {
  const app = Testing.app();
  tempDirs.push(app.outdir);
  return app;
}

function buildStack(): TerraformStack {
  const stack = new TerraformStack(testApp(), 'bindings');
  new TencentcloudProvider(stack, 'tencentcloud', {
    region: 'ap-guangzhou',
    assumeRole: { roleArn: 'qcs::cam::uin/100000000001:roleName/deployer', sessionName: 'cdktf', sessionDuration: 3600 },
  });
  const policy = new CamPolicy(stack, 'policy', {
    name: 'tcr-pull',
    document: JSON.stringify({
      version: '2.0',
      statement: [{ effect: 'allow', action: ['tcr:PullRepository'], resource: ['*'] }],
    }),
    description: 'pull only',
    tags: { team: 'platform' },
  });
  const preset = new DataTencentcloudCamPolicies(stack, 'preset', {
    name: 'QcloudTCRReadOnlyAccess',
    scope: 'QCS',
    type: 2,
  });
  new CamUserPolicyAttachment(stack, 'user', { userName: 'ci-bot', policyId: policy.id });
  new CamGroupPolicyAttachment(stack, 'group', { groupId: '12345', policyId: policy.id });
  new CamRolePolicyAttachment(stack, 'role', {
    roleId: '4611686018427922725',
    policyId: preset.policyList.get(0).policyId,
  });
  new CamRolePolicyAttachmentByName(stack, 'role-by-name', {
    roleName: 'deployer',
    policyName: 'QcloudTCRReadOnlyAccess',
  });
  return stack;
}

afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('generated tencentcloud bindings', () => {
  test('a stack with the provider, every resource and the data source synthesizes', () => {
    const synthesized = Testing.synth(buildStack());
    const json = JSON.parse(synthesized);

    expect(json.terraform.required_providers.tencentcloud).toEqual({ source: 'tencentcloudstack/tencentcloud' });
    expect(synthesized).toHaveProvider({ tfResourceType: TencentcloudProvider.tfResourceType });
    expect(json.provider.tencentcloud).toEqual([
      {
        region: 'ap-guangzhou',
        // A max_items=1 block is a single object in the bindings and in the JSON (Terraform accepts both forms).
        assume_role: { role_arn: 'qcs::cam::uin/100000000001:roleName/deployer', session_name: 'cdktf', session_duration: 3600 },
      },
    ]);

    expect(Object.keys(json.resource).sort()).toEqual([
      'tencentcloud_cam_group_policy_attachment',
      'tencentcloud_cam_policy',
      'tencentcloud_cam_role_policy_attachment',
      'tencentcloud_cam_role_policy_attachment_by_name',
      'tencentcloud_cam_user_policy_attachment',
    ]);
    expect(Object.keys(json.data)).toEqual(['tencentcloud_cam_policies']);

    expect(synthesized).toHaveResourceWithProperties(CamPolicy, {
      name: 'tcr-pull',
      description: 'pull only',
      tags: { team: 'platform' },
    });
    expect(json.resource.tencentcloud_cam_policy.policy.document).toContain('"resource":["*"]');
    expect(synthesized).toHaveResourceWithProperties(CamUserPolicyAttachment, {
      user_name: 'ci-bot',
      policy_id: '${tencentcloud_cam_policy.policy.id}',
    });
    expect(synthesized).toHaveResourceWithProperties(CamGroupPolicyAttachment, {
      group_id: '12345',
      policy_id: '${tencentcloud_cam_policy.policy.id}',
    });
    expect(synthesized).toHaveResourceWithProperties(CamRolePolicyAttachment, {
      role_id: '4611686018427922725',
      policy_id: '${data.tencentcloud_cam_policies.preset.policy_list[0].policy_id}',
    });
    expect(synthesized).toHaveResourceWithProperties(CamRolePolicyAttachmentByName, {
      role_name: 'deployer',
      policy_name: 'QcloudTCRReadOnlyAccess',
    });
    expect(synthesized).toHaveDataSourceWithProperties(DataTencentcloudCamPolicies, {
      name: 'QcloudTCRReadOnlyAccess',
      scope: 'QCS',
      type: 2,
    });
    // Unset optional arguments (e.g. the deprecated user_id) are left out.
    expect(json.resource.tencentcloud_cam_user_policy_attachment.user).not.toHaveProperty('user_id');
  });

  test('the registry resources: instance, namespace, service account, user, group and role', () => {
    const stack = new TerraformStack(testApp(), 'registry');
    new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
    const instance = new TcrInstance(stack, 'instance', { name: 'prod', instanceType: 'basic', securityPolicy: [{ cidrBlock: '10.0.0.0/8' }] });
    const namespace = new TcrNamespace(stack, 'ns', { instanceId: instance.id, name: 'payments', cveWhitelistItems: [{ cveId: 'CVE-1' }] });
    const account = new TcrServiceAccountResource(stack, 'robot', {
      registryId: instance.id, name: 'ci', duration: 30, permissions: [{ resource: namespace.name, actions: ['tcr:PullRepository'] }],
    });
    const user = new CamUser(stack, 'user', { name: 'dev', useApi: false });
    new CamGroup(stack, 'group', { name: 'devs', remark: 'developers' });
    new CamRole(stack, 'role', { name: 'ci', document: '{"version":"2.0","statement":[]}' });
    // The computed attributes a registry stack wires: the instance's domain, the account's password, the user's uin.
    new TerraformOutput(stack, 'domain', { value: instance.publicDomain });
    new TerraformOutput(stack, 'password', { value: account.password, sensitive: true });
    new TerraformOutput(stack, 'uin', { value: user.uin });
    const json = JSON.parse(Testing.synth(stack));
    expect(json.resource.tencentcloud_tcr_instance.instance).toEqual({ name: 'prod', instance_type: 'basic', security_policy: [{ cidr_block: '10.0.0.0/8' }] });
    expect(json.resource.tencentcloud_tcr_namespace.ns).toEqual({ instance_id: '${tencentcloud_tcr_instance.instance.id}', name: 'payments', cve_whitelist_items: [{ cve_id: 'CVE-1' }] });
    expect(json.resource.tencentcloud_tcr_service_account.robot).toEqual({
      registry_id: '${tencentcloud_tcr_instance.instance.id}',
      name: 'ci',
      duration: 30,
      permissions: [{ resource: '${tencentcloud_tcr_namespace.ns.name}', actions: ['tcr:PullRepository'] }],
    });
    expect(json.resource.tencentcloud_cam_user.user).toEqual({ name: 'dev', use_api: false });
    expect(Object.keys(json.resource).sort()).toEqual([
      'tencentcloud_cam_group', 'tencentcloud_cam_role', 'tencentcloud_cam_user', 'tencentcloud_tcr_instance', 'tencentcloud_tcr_namespace',
      'tencentcloud_tcr_service_account',
    ]);
    expect(Object.values(json.output).map((o: any) => o.value))
      .toEqual(['${tencentcloud_tcr_instance.instance.public_domain}', '${tencentcloud_tcr_service_account.robot.password}', '${tencentcloud_cam_user.user.uin}']);
  });

  test('HCL synthesis writes the attributes too', () => {
    const hcl: string = Testing.synthHcl(buildStack());
    // Top-level blocks start at column 0 in cdktf's HCL output.
    const blocks = hcl.split(/\n(?=(?:resource|data|provider|terraform) )/);
    const block = (header: string): string => blocks.find((b) => b.startsWith(`${header} {`)) ?? '';

    expect(block('resource "tencentcloud_cam_user_policy_attachment" "user"')).toMatch(/^user_name = "ci-bot"$/m);
    expect(block('resource "tencentcloud_cam_group_policy_attachment" "group"')).toMatch(/^group_id = "12345"$/m);
    expect(block('resource "tencentcloud_cam_role_policy_attachment" "role"')).toMatch(/^role_id = "4611686018427922725"$/m);
    expect(block('resource "tencentcloud_cam_role_policy_attachment_by_name" "role-by-name"')).toMatch(/^role_name = "deployer"$/m);
    expect(block('resource "tencentcloud_cam_policy" "policy"')).toMatch(/^name = "tcr-pull"$/m);
    expect(block('data "tencentcloud_cam_policies" "preset"')).toMatch(/^scope = "QCS"$/m);
    expect(block('provider "tencentcloud"')).toMatch(/^assume_role \{\nrole_arn = /m);
  });

  test.each(['cdktf', 'cdktn'] as const)('every generated .ts file of the %s bindings begins with the header', (framework) => {
    const tsFiles = listFiles(OUT_DIRS[framework]).filter((f) => f.endsWith('.ts'));
    expect(tsFiles.length).toBeGreaterThanOrEqual(7);
    for (const file of tsFiles) {
      expect([file, fs.readFileSync(path.join(OUT_DIRS[framework], file), 'utf8').startsWith(HEADER)]).toEqual([file, true]);
    }
  });

  test.each(['cdktf', 'cdktn'] as const)('re-running the %s generator reproduces the committed files byte for byte', async (framework) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provider-gen-check.'));
    tempDirs.push(dir);
    const out = path.join(dir, 'generated');
    await generate(out, SCHEMA_PATH, framework);

    const expected = listFiles(OUT_DIRS[framework]);
    expect(listFiles(out)).toEqual(expected);
    for (const file of expected) {
      const same = fs.readFileSync(path.join(out, file)).equals(fs.readFileSync(path.join(OUT_DIRS[framework], file)));
      expect([file, same]).toEqual([file, true]);
    }
    // The two frameworks' bindings are one schema: the same files, differing only in the framework's name.
    expect(listFiles(OUT_DIRS.cdktn)).toEqual(listFiles(OUT_DIR));
  }, 60_000);
});
