import { Construct } from 'constructs';
import { PolicyAttachments, PrincipalKind } from './private/policy-attachments';

/**
 * What every attachable policy construct shares (custom policies and presets): the four `attachTo*`
 * methods, each creating one `tencentcloud_cam_*_policy_attachment` per synthesized policy. Repeats and
 * bad ids are findings at synth, never resources.
 */
export abstract class TcrAttachable extends Construct {
  /** The principals and their attachment resources. */
  protected readonly attachments: PolicyAttachments;

  protected constructor(scope: Construct, id: string) {
    super(scope, id);
    this.attachments = new PolicyAttachments(this);
  }

  /**
   * Attaches every policy of this construct to a CAM sub-user (`tencentcloud_cam_user_policy_attachment`
   * with `user_name`).
   * @param userName the sub-user's name (may be a token)
   */
  public attachToUser(userName: string): this {
    return this.attach('user', userName);
  }

  /**
   * Attaches every policy of this construct to a user group (`tencentcloud_cam_group_policy_attachment`).
   * @param groupId the numeric group id, e.g. a `tencentcloud_cam_group`'s `id` (may be a token)
   */
  public attachToGroup(groupId: string): this {
    return this.attach('group', groupId);
  }

  /**
   * Attaches every policy of this construct to a role (`tencentcloud_cam_role_policy_attachment`).
   * @param roleId the numeric role id (may be a token)
   */
  public attachToRole(roleId: string): this {
    return this.attach('role', roleId);
  }

  /**
   * Attaches every policy of this construct to a role by name
   * (`tencentcloud_cam_role_policy_attachment_by_name`; for a custom policy its `policy_name` references
   * the policy, so Terraform creates the policy first; a preset is named directly).
   * @param roleName the role's name (may be a token)
   */
  public attachToRoleByName(roleName: string): this {
    return this.attach('roleName', roleName);
  }

  /** Creates the attachment resources the recorded principals need for the current policies. */
  protected abstract syncAttachments(): void;

  private attach(kind: PrincipalKind, principal: string): this {
    this.attachments.add(kind, principal);
    this.syncAttachments();
    return this;
  }
}
