// Re-exports of the generated tencentcloud provider bindings in ./generated/
// (regenerate with `npm run gen:provider`). Only re-exports belong here.
export { TencentcloudProvider } from './generated/providers/tencentcloud/provider';
export type {
  TencentcloudProviderConfig,
  TencentcloudProviderAssumeRole,
} from './generated/providers/tencentcloud/provider';

export { CamPolicy } from './generated/providers/tencentcloud/cam-policy';
export type { CamPolicyConfig } from './generated/providers/tencentcloud/cam-policy';

export { CamUserPolicyAttachment } from './generated/providers/tencentcloud/cam-user-policy-attachment';
export type { CamUserPolicyAttachmentConfig } from './generated/providers/tencentcloud/cam-user-policy-attachment';

export { CamGroupPolicyAttachment } from './generated/providers/tencentcloud/cam-group-policy-attachment';
export type { CamGroupPolicyAttachmentConfig } from './generated/providers/tencentcloud/cam-group-policy-attachment';

export { CamRolePolicyAttachment } from './generated/providers/tencentcloud/cam-role-policy-attachment';
export type { CamRolePolicyAttachmentConfig } from './generated/providers/tencentcloud/cam-role-policy-attachment';

export { CamRolePolicyAttachmentByName } from './generated/providers/tencentcloud/cam-role-policy-attachment-by-name';
export type { CamRolePolicyAttachmentByNameConfig } from './generated/providers/tencentcloud/cam-role-policy-attachment-by-name';

export {
  DataTencentcloudCamPolicies,
  DataTencentcloudCamPoliciesPolicyListStructList,
  DataTencentcloudCamPoliciesPolicyListStructOutputReference,
} from './generated/providers/tencentcloud/data-tencentcloud-cam-policies';
export type {
  DataTencentcloudCamPoliciesConfig,
  DataTencentcloudCamPoliciesPolicyListStruct,
} from './generated/providers/tencentcloud/data-tencentcloud-cam-policies';
