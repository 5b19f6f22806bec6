// The examples of docs/constructs.md. test/docs/ runs every function; `npm run docs` copies the regions.
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import {
  AccessLevel,
  CcrAccess,
  CcrPermission,
  CcrPreset,
  GuardrailScope,
  IpUnsupportedApis,
  NamespaceAdmin,
  presetStatements,
  RepoReadOnly,
  TcrDeleteGuardrail,
  TcrInstanceAccess,
  TcrPolicy,
  TcrPreset,
  TcrPresetPolicy,
  TcrTeamAccess,
  TencentcloudProvider,
} from '../../lib';

/** A stack with the provider, as every example starts. */
function newStack(): TerraformStack {
  const stack = new TerraformStack(new App(), 'registry-access');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  return stack;
}

/** Synthesizes the stack and returns its Terraform JSON, so every example is proven to synthesize. */
function synth(stack: TerraformStack): Record<string, any> {
  return JSON.parse(Testing.synth(stack, true));
}

export function instanceAccess(): void {
  const stack = newStack();
  // #region instance-access
  new TcrInstanceAccess(stack, 'PlatformProd', {
    access: AccessLevel.FULL,
    instanceId: 'tcr-prod8k2m',
    region: 'ap-guangzhou',
    description: 'Platform team: full access to the production registry',
  });
  new TcrInstanceAccess(stack, 'Auditors', { access: AccessLevel.READ_ONLY }); // every Enterprise instance
  // #endregion instance-access
  synth(stack);
}

export function attachments(): void {
  const stack = newStack();
  // #region attachments
  const developers = new TerraformVariable(stack, 'developersGroupId', { type: 'string' });
  const admin = new NamespaceAdmin(stack, 'PaymentsAdmin', { instanceId: 'tcr-xxxxxxxx', namespace: 'payments' });
  admin
    .attachToUser('alice') //                    tencentcloud_cam_user_policy_attachment (user_name)
    .attachToGroup(developers.stringValue) //    tencentcloud_cam_group_policy_attachment (a token is fine)
    .attachToRole('4611686018427922725') //      tencentcloud_cam_role_policy_attachment
    .attachToRoleByName('payments-deployer'); // tencentcloud_cam_role_policy_attachment_by_name
  // #endregion attachments
  const tf = synth(stack);
  if (Object.keys(tf.resource).length !== 5) throw new Error('expected the policy and four attachment resource types');
}

export function presets(): void {
  const stack = newStack();
  const auditors = new TerraformVariable(stack, 'auditorsGroupId', { type: 'string' });
  // #region presets
  new TcrPresetPolicy(stack, 'Auditors', { preset: TcrPreset.READ_ONLY_ACCESS }).attachToGroup(auditors.stringValue);
  new TcrPresetPolicy(stack, 'LegacyCi', { preset: CcrPreset.FULL_ACCESS }).attachToRoleByName('legacy-ci');
  // A custom copy of a TCR preset, to change or to simulate:
  new TcrPolicy(stack, 'ReadOnlyCopy', { statements: presetStatements(TcrPreset.READ_ONLY_ACCESS) });
  // #endregion presets
  synth(stack);
}

export function conditions(): void {
  const stack = newStack();
  // #region conditions
  new RepoReadOnly(stack, 'OfficePull', {
    instanceId: 'tcr-xxxxxxxx',
    namespace: 'team-01',
    repository: 'app',
    allowedSourceIps: ['203.0.113.0/24'],
    ipUnsupportedApis: IpUnsupportedApis.ALLOW_WITHOUT_CONDITION,
  });
  // APIs that honour qcs:ip only from 203.0.113.0/24; tcr:PullRepository and the others that do not, from anywhere.
  // #endregion conditions
  synth(stack);
}

export function guardrails(): void {
  const stack = newStack();
  const developers = new TerraformVariable(stack, 'developersGroupId', { type: 'string' });
  // #region guardrails
  new TcrDeleteGuardrail(stack, 'NoDeletes') // the whole service
    .attachToGroup(developers.stringValue);
  new TcrDeleteGuardrail(stack, 'ProdNoDeletes', { scope: GuardrailScope.instance('tcr-prod8k2m') });
  new TcrDeleteGuardrail(stack, 'PaymentsNoDeletes', { scope: GuardrailScope.namespace('tcr-prod8k2m', 'payments') });
  new TcrDeleteGuardrail(stack, 'ToolsNoDeletes', { scope: GuardrailScope.personalNamespace('legacy-tools') });
  new TcrDeleteGuardrail(stack, 'CcrNoDeletes', { scope: GuardrailScope.ccrNamespace('foo') });
  // #endregion guardrails
  synth(stack);
}

export function ccr(): void {
  const stack = newStack();
  // #region ccr
  new CcrAccess(stack, 'CreateAnywhere', { permissions: [CcrPermission.CREATE_REPOSITORY] });
  new CcrAccess(stack, 'ManageFoo', {
    permissions: [CcrPermission.CREATE_REPOSITORY, CcrPermission.DELETE_REPOSITORY, CcrPermission.PUSH],
    namespaces: ['foo'],
  });
  new CcrAccess(stack, 'PullApp', { permissions: [CcrPermission.PULL], repositories: [{ namespace: 'foo', repository: 'app' }] });
  // #endregion ccr
  synth(stack);
}

export function team(): void {
  const stack = newStack();
  // #region team
  new TcrTeamAccess(stack, 'Payments', {
    instanceId: 'tcr-prod8k2m',
    namespace: 'payments',
    admins: { groupId: '100101' }, //                                        NamespaceAdmin
    developers: { groupId: '100102' }, //                                    pull and push in the namespace, no delete
    ci: { roleId: '4611686018427922701', repositories: ['checkout-api'] }, // pull and push on these only
    readers: { groupId: '100103' }, //                                       pull
  });
  // #endregion team
  const names = Object.values(synth(stack).resource.tencentcloud_cam_policy).map((p: any) => p.name).sort();
  const expected = ['Admins', 'Ci', 'Developers', 'Readers'].map((role) => `registry-access-Payments-${role}`);
  if (JSON.stringify(names) !== JSON.stringify(expected)) throw new Error(`team policies: ${names.join(', ')}`);
}
