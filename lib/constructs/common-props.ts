import type { GrantConditions } from '../scenarios/grant-conditions';

/**
 * Props every policy construct accepts. The conditions (`allowedSourceIps`, `resourceTags`,
 * `ipUnsupportedApis`) go on every allow statement the construct builds from its props; deny statements
 * keep none (a condition would narrow what they refuse), and statements added later with
 * `addStatements` are rendered as given.
 */
export interface TcrPolicyCommonProps extends GrantConditions {
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
   * @default - all regions (an empty region segment, as Tencent's templates)
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

/** The opt-in of the read-only constructs to the console's listing APIs. */
export interface ConsoleListingProps {
  /**
   * Also allow the operation-level Describe APIs the console needs to list instances, namespaces and
   * repositories (`consoleListingActions`), in a separate statement on `["*"]`. They expose the names
   * and metadata of every instance (Enterprise) or every namespace and repository (Personal) of the
   * account, never image contents: pulling stays as scoped as the rest of the policy.
   * @default false - the console shows nothing to list; the CLI and docker pull still work
   */
  readonly consoleListing?: boolean;
}

/** The opt-out of the Enterprise pull/push constructs from the registry login grant. */
export interface EnterpriseRegistryLoginProps {
  /**
   * Also allow `tcr:CreateInstanceToken` on the instance(s) the grant covers, in a statement of its own:
   * the identity's own `docker login` password (username = its UIN). Without it a sub-account cannot log
   * in at all. The same API also mints **long-term** tokens of the caller (valid until disabled or
   * deleted); `allowedSourceIps` applies to it (it supports `qcs:ip`), so a CI grant's tokens can only be
   * minted from CI addresses.
   * @default true - `false` renders Tencent's template alone
   */
  readonly registryLogin?: boolean;
}

/** The opt-out of `PersonalRepoAccess` from the registry login grant. */
export interface PersonalRegistryLoginProps {
  /**
   * Also allow `tcr:CreateUserPersonal` and `tcr:ModifyUserPasswordPersonal` (operation-level, so on
   * `["*"]`, in a statement of their own): the identity sets its own password for
   * `docker login ccr.ccs.tencentyun.com` (username = its UIN). They act on the caller's own registry
   * user only; `allowedSourceIps` applies to them (they support `qcs:ip`).
   * @default true - `false` renders Tencent's template alone
   */
  readonly registryLogin?: boolean;
}
