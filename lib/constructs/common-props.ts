/** Props every policy construct accepts. */
export interface TcrPolicyCommonProps {
  /**
   * The CAM policy name (1-128 of `A-Za-z0-9+=,.@_-`). CAM names are unique per account, and a
   * rename replaces the policy (the provider's `name` is ForceNew).
   * @default - the stack id and the construct path joined with `-`, e.g. `registry-access-DemoPull`
   */
  readonly policyName?: string;
  /**
   * At most 300 bytes.
   * @default - none
   */
  readonly description?: string;
  /**
   * The region of the resources, e.g. `ap-guangzhou`.
   * @default - all regions (an empty region segment, as the seed templates)
   */
  readonly region?: string;
  /**
   * The root account uin that owns the resources.
   * @default - the root account of whoever creates the policy (an empty account segment)
   */
  readonly ownerUin?: string;
  /**
   * Tags of the `tencentcloud_cam_policy` (provider 1.82.55 or later).
   * @default - none
   */
  readonly tags?: Record<string, string>;
}
