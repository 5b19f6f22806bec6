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

export { TcrInstance } from './generated/providers/tencentcloud/tcr-instance';
export type { TcrInstanceConfig, TcrInstanceReplications, TcrInstanceSecurityPolicy } from './generated/providers/tencentcloud/tcr-instance';

export { TcrNamespace } from './generated/providers/tencentcloud/tcr-namespace';
export type { TcrNamespaceConfig, TcrNamespaceCveWhitelistItems } from './generated/providers/tencentcloud/tcr-namespace';

// The binding is re-exported as TcrServiceAccountResource: `TcrServiceAccount` is the library's construct,
// which checks names and expiry and renders the permissions from the scenarios.
export { TcrServiceAccount as TcrServiceAccountResource } from './generated/providers/tencentcloud/tcr-service-account';
export type { TcrServiceAccountConfig, TcrServiceAccountPermissions } from './generated/providers/tencentcloud/tcr-service-account';

export { CamUser } from './generated/providers/tencentcloud/cam-user';
export type { CamUserConfig } from './generated/providers/tencentcloud/cam-user';

export { CamGroup } from './generated/providers/tencentcloud/cam-group';
export type { CamGroupConfig } from './generated/providers/tencentcloud/cam-group';

export { CamRole } from './generated/providers/tencentcloud/cam-role';
export type { CamRoleConfig } from './generated/providers/tencentcloud/cam-role';
