import { allowOn, policyDocument, terraform } from './support/terraform';
import { AccessModel, diffModels } from '../../lib/analysis';

/**
 * Every CAM and TCR resource type of the tencentcloud provider v1.83.25 (website/docs/r/cam_* and tcr_*), and
 * one it may add later: each is read by the model, or never grants access, or is not compared when new.
 */
const PROVIDER_TYPES = [
  'cam_access_key', 'cam_group', 'cam_group_membership', 'cam_group_policy_attachment', 'cam_message_receiver', 'cam_mfa_flag',
  'cam_oidc_sso', 'cam_policy', 'cam_policy_by_name', 'cam_policy_version', 'cam_role', 'cam_role_by_name',
  'cam_role_permission_boundary_attachment', 'cam_role_policy_attachment', 'cam_role_policy_attachment_by_name', 'cam_role_sso',
  'cam_saml_provider', 'cam_service_linked_role', 'cam_set_policy_version_config', 'cam_tag_role_attachment', 'cam_user',
  'cam_user_permission_boundary_attachment', 'cam_user_policy_attachment', 'cam_user_saml_config',
  'tcr_create_image_signature_operation', 'tcr_customized_domain', 'tcr_delete_image_operation', 'tcr_immutable_tag_rule',
  'tcr_instance', 'tcr_manage_replication_operation', 'tcr_namespace', 'tcr_replication', 'tcr_repository', 'tcr_service_account',
  'tcr_tag_retention_execution_config', 'tcr_tag_retention_rule', 'tcr_token', 'tcr_vpc_attachment', 'tcr_webhook_trigger',
  'cam_some_future_type',
].map((t) => `tencentcloud_${t}`);

/** The types that never change who may do what in TCR (lib/analysis/unread-resources.ts says why for each). */
const NOT_ACCESS = new Set([
  'cam_user', 'cam_group', 'cam_access_key', 'cam_message_receiver', 'cam_mfa_flag', 'tcr_instance', 'tcr_vpc_attachment',
  'tcr_customized_domain', 'tcr_replication', 'tcr_manage_replication_operation', 'tcr_repository', 'tcr_immutable_tag_rule',
  'tcr_tag_retention_rule', 'tcr_tag_retention_execution_config', 'tcr_webhook_trigger', 'tcr_create_image_signature_operation',
  'tcr_delete_image_operation', 'tcr_token',
].map((t) => `tencentcloud_${t}`));

/** The types that only narrow access: their removal, not their addition, may widen it. */
const NARROWING = new Set(['tencentcloud_cam_role_permission_boundary_attachment', 'tencentcloud_cam_user_permission_boundary_attachment']);

/** Arguments that make a resource of the type grant something, where the type needs particular ones. */
const GRANTING: Record<string, object> = {
  tencentcloud_cam_group_membership: { group_id: '${tencentcloud_cam_group.Ci.id}', user_names: ['alice'] },
  tencentcloud_cam_group_policy_attachment: { group_id: 'g-new', policy_id: '${tencentcloud_cam_policy.Push.id}' },
  tencentcloud_cam_policy: { name: 'new', document: policyDocument(allowOn(['tcr:DeleteRepository'], 'payments')) },
  tencentcloud_cam_policy_by_name: { name: 'new', document: policyDocument(allowOn(['tcr:DeleteRepository'], 'payments')) },
  tencentcloud_cam_policy_version: { policy_id: '${tencentcloud_cam_policy.Push.id}', set_as_default: true, policy_document: '{}' },
  tencentcloud_cam_set_policy_version_config: { policy_id: '${tencentcloud_cam_policy.Push.id}', version_id: 3 },
  tencentcloud_cam_role_policy_attachment: { role_id: '4611686018427922701', policy_id: '${tencentcloud_cam_policy.Push.id}' },
  tencentcloud_cam_role_policy_attachment_by_name: { role_name: 'ci', policy_name: 'QcloudTCRFullAccess' },
  tencentcloud_cam_user_policy_attachment: { user_name: 'bob', policy_id: '${tencentcloud_cam_policy.Push.id}' },
  tencentcloud_tcr_namespace: { instance_id: 'tcr-prod8k2m', name: 'public-images', is_public: true },
  tencentcloud_tcr_service_account: { registry_id: 'tcr-prod8k2m', name: 'robot', permissions: [{ resource: 'payments', actions: ['tcr:PushRepository'] }] },
};

const base = {
  tencentcloud_cam_policy: { Push: { name: 'push', document: policyDocument(allowOn(['tcr:PushRepository'], 'payments')) } },
  tencentcloud_cam_group: { Ci: { name: 'ci' } },
  tencentcloud_cam_group_policy_attachment: { CiPush: { group_id: '${tencentcloud_cam_group.Ci.id}', policy_id: '${tencentcloud_cam_policy.Push.id}' } },
};
const model = (extra: Record<string, Record<string, object>> = {}) =>
  AccessModel.fromTerraform([{ file: 'x.tf.json', text: terraform({ ...base, ...extra }) }]);
/** `extra`'s blocks merged into the base, each type's labels added to the base's own. */
const withBlock = (type: string, body: object) => model({ [type]: { ...(base as Record<string, Record<string, object>>)[type], New: body } });

describe('every CAM and TCR resource is read, never grants access, or is not compared', () => {
  const before = model();

  test.each(PROVIDER_TYPES.filter((t) => !NOT_ACCESS.has(t) && !NARROWING.has(t)))('a new %s: new access or not compared, so the gate fails', (type) => {
    const diff = diffModels(before, withBlock(type, GRANTING[type] ?? { name: 'new', document: '{"statement":[]}', some_argument: 'x' }));
    expect(diff.added.length + diff.notCompared.length).toBeGreaterThan(0);
  });

  test.each([...NARROWING])('a %s removed: not compared, so the gate fails', (type) => {
    expect(diffModels(withBlock(type, { uin: 100000000011, policy_id: '1' }), before).notCompared).toHaveLength(1);
  });

  test('every type the tables name is a provider type', () => {
    expect(PROVIDER_TYPES.filter((t) => NOT_ACCESS.has(t) || NARROWING.has(t))).toHaveLength(NOT_ACCESS.size + NARROWING.size);
  });

  test.each([...NOT_ACCESS])('a new %s changes no access', (type) => {
    expect(diffModels(before, withBlock(type, { name: 'new', instance_id: 'tcr-prod8k2m' }))).toMatchObject({ added: [], notCompared: [] });
  });

  test('a namespace made public: anyone may pull from it without a login, new access for anonymous; a private one is nothing', () => {
    const ns = (isPublic: unknown) => model({ tencentcloud_tcr_namespace: { N: { instance_id: 'tcr-prod8k2m', name: 'payments', is_public: isPublic } } });
    const opened = diffModels(ns(false), ns(true));
    expect(opened.added).toContainEqual(expect.objectContaining({
      principal: 'anonymous', action: 'tcr:PullRepository', resource: expect.stringMatching(/:repository\/tcr-prod8k2m\/payments\/[^/]+$/),
    }));
    expect(new Set(opened.added.map((c) => c.action))).toEqual(new Set(['tcr:PullRepository', 'tcr:DownloadHelmChart']));
    expect(diffModels(ns(false), ns('${var.public}')).notCompared).toContainEqual(expect.objectContaining({ principal: 'anonymous' }));
    expect(diffModels(before, ns(false))).toMatchObject({ added: [], notCompared: [] });
    expect(diffModels(ns(true), ns(true))).toMatchObject({ added: [], notCompared: [] });
    expect(ns(true).principal('anonymous')!.policies[0]).toMatchObject({ plane: 'public', name: 'payments' });
  });

  test('a role: its trust policy changed is not compared; its description is not', () => {
    const role = (document: string, description: string) => model({ tencentcloud_cam_role: { R: { name: 'ci', document, description } } });
    const trust = (uin: string) => JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['name/sts:AssumeRole'], principal: { qcs: [`qcs::cam::uin/${uin}:root`] } }] });
    expect(diffModels(role(trust('100000000001'), 'a'), role(trust('200000000002'), 'a')).notCompared).toContainEqual(
      expect.objectContaining({ statement: 'x.tf.json#tencentcloud_cam_role.R', reason: expect.stringContaining('trust policy') }));
    expect(diffModels(role(trust('100000000001'), 'a'), role(trust('100000000001'), 'b')).notCompared).toEqual([]);
  });

  test('a permission boundary removed or changed is not compared; one added is nothing (it only narrows)', () => {
    const boundary = (policy: string) => ({ tencentcloud_cam_user_permission_boundary_attachment: { B: { uin: 100000000011, policy_id: policy } } });
    expect(diffModels(model(boundary('1')), before).notCompared).toEqual([
      expect.objectContaining({ statement: 'x.tf.json#tencentcloud_cam_user_permission_boundary_attachment.B', reason: expect.stringMatching(/^removed or changed: /) }),
    ]);
    expect(diffModels(model(boundary('1')), model(boundary('2'))).notCompared).toHaveLength(1);
    expect(diffModels(before, model(boundary('1'))).notCompared).toEqual([]);
  });

  test('data sources and other services are not CAM or TCR resources', () => {
    expect(model({ tencentcloud_cos_bucket: { B: { bucket: 'x' } } }).unread).toEqual([]);
    const data = AccessModel.fromTerraform([{ file: 'x.tf.json', text: terraform(base, { tencentcloud_cam_users: { U: { name: 'alice' } } }) }]);
    expect(data.unread).toEqual([]);
  });
});
