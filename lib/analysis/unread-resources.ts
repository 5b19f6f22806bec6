import type { TerraformBlock } from './terraform-json';

/**
 * A CAM or TCR resource of the input that may change who may do what, but whose effect the analysis does
 * not evaluate (a role's trust policy, a permission boundary, a type it does not know).
 * A diff reports each one that is new or changed as not compared, so the gate fails instead of passing it.
 */
export interface UnreadResource {
  /** `file#address`. */
  readonly origin: string;
  /** The Terraform address, `tencentcloud_cam_role.x`. */
  readonly address: string;
  /** What it may change that the analysis does not evaluate. */
  readonly why: string;
  /** The address and the arguments that matter: the same resource in another synth has the same identity. */
  readonly identity: string;
  /** It can only narrow access (a permission boundary): only its removal or change may widen access. */
  readonly narrowsOnly: boolean;
}

/**
 * The CAM and TCR resource types that never change who may do what in TCR, with why. The types the model
 * reads (policies, attachments, memberships, policy versions, service accounts, namespaces) are not listed;
 * every other `tencentcloud_cam_*` or `tencentcloud_tcr_*` type is unread, including ones the provider adds later.
 */
const NOT_ACCESS: Readonly<Record<string, string>> = {
  tencentcloud_cam_user: 'a user is granted access only by its attachments and groups',
  tencentcloud_cam_group: 'a group is granted access only by its attachments',
  tencentcloud_cam_access_key: 'credentials of a user, not permissions',
  tencentcloud_cam_message_receiver: 'a contact for notifications',
  tencentcloud_cam_mfa_flag: 'login protection, which only narrows sign-in',
  tencentcloud_tcr_instance: 'the instance and its network settings, not permissions',
  tencentcloud_tcr_vpc_attachment: 'network reachability, not permissions',
  tencentcloud_tcr_customized_domain: 'a domain name of the instance',
  tencentcloud_tcr_replication: 'replication between instances',
  tencentcloud_tcr_manage_replication_operation: 'replication between instances',
  tencentcloud_tcr_repository: 'a repository; it inherits its namespace\'s access level',
  tencentcloud_tcr_immutable_tag_rule: 'a tag protection rule',
  tencentcloud_tcr_tag_retention_rule: 'a tag retention rule',
  tencentcloud_tcr_tag_retention_execution_config: 'a tag retention schedule',
  tencentcloud_tcr_webhook_trigger: 'a webhook',
  tencentcloud_tcr_create_image_signature_operation: 'an image signature',
  tencentcloud_tcr_delete_image_operation: 'an image deletion',
  tencentcloud_tcr_token: 'a login token of the identity that applies the stack: credentials, not permissions',
};

const NARROWS = 'a permission boundary only narrows access: removed or changed, it may widen access the analysis does not evaluate';

/**
 * Whether a resource the model does not read may still change access, and then what the diff must compare:
 * `undefined` for data sources, for types outside CAM and TCR, and for the types that never grant access.
 */
export function unreadResource(file: string, address: string, block: TerraformBlock): UnreadResource | undefined {
  if (block.mode !== 'resource' || !/^tencentcloud_(?:cam|tcr)_/.test(block.type) || block.type in NOT_ACCESS) return undefined;
  const b = block.body;
  const unread = (why: string, args: unknown, narrowsOnly = false): UnreadResource =>
    ({ origin: `${file}#${address}`, address, why, identity: `${address} ${JSON.stringify(args)}`, narrowsOnly });
  switch (block.type) {
    case 'tencentcloud_cam_role':
    case 'tencentcloud_cam_role_by_name':
      return unread('its trust policy decides who may assume the role, which the analysis does not evaluate', { document: b.document });
    case 'tencentcloud_cam_role_permission_boundary_attachment':
    case 'tencentcloud_cam_user_permission_boundary_attachment':
      return unread(NARROWS, b, true);
    default:
      return unread(`the analysis does not read ${block.type}, which may change who may do what`, b);
  }
}
