import { Construct } from 'constructs';
import { EnterpriseRegistryLoginProps } from './common-props';
import { NamespaceAdmin } from './namespace-admin';
import { checkPropTypes, teamAccessPropTypes } from './private/prop-types';
import { RepositoryAccess } from './repository-access';
import { TcrServiceAccount, TcrServiceAccountProps } from './tcr-service-account';
import type { GrantConditions } from '../scenarios/grant-conditions';
import { RepositoryAccessLevel } from '../scenarios/repository-access';

/** A CAM user group of a team. */
export interface TeamGroup {
  /** The numeric group id, e.g. a `tencentcloud_cam_group`'s `id` (may be a token). */
  readonly groupId: string;
}

/** The CI role of a team. */
export interface TeamCiRole {
  /** The numeric role id (may be a token). */
  readonly roleId: string;
  /** The repositories of the namespace the pipeline pushes to (and pulls from), exactly: `app` never reaches `app/secret`. */
  readonly repositories: readonly string[];
}

/** A team's CI as a TCR service account (a robot) instead of a CAM role. */
export interface TeamCiServiceAccount {
  /**
   * The account: its name (without `tcr$`) and expiry. It gets pull and push on the team's whole namespace
   * (service accounts are scoped to namespaces, never to repositories).
   */
  readonly serviceAccount: Omit<TcrServiceAccountProps, 'instanceId' | 'permissions'>;
}

/** Props of {@link TcrTeamAccess}. */
export interface TcrTeamAccessProps extends GrantConditions, EnterpriseRegistryLoginProps {
  /** The TCR Enterprise instance, e.g. `tcr-xxxxxxxx` (may be a token). */
  readonly instanceId: string;
  /** The team's namespace (may be a token). */
  readonly namespace: string;
  /** Gets `NamespaceAdmin`: everything in the namespace. @default - no admin policy */
  readonly admins?: TeamGroup;
  /** Gets pull and push on every repository of the namespace; no delete. @default - no developer policy */
  readonly developers?: TeamGroup;
  /**
   * A CAM role that gets pull and push on exactly `repositories`, or a TCR service account
   * (`{ serviceAccount: { name, expiresInDays } }`) with pull and push on the namespace.
   * @default - no CI access
   */
  readonly ci?: TeamCiRole | TeamCiServiceAccount;
  /** Gets pull on every repository of the namespace. @default - no reader policy */
  readonly readers?: TeamGroup;
  /** The region of the resources. @default - all regions */
  readonly region?: string;
  /** The root account uin that owns the resources. @default - the policy creator's root account */
  readonly ownerUin?: string;
}

/**
 * One team's access to its TCR Enterprise namespace: a policy per role, each attached to the role's
 * group or CAM role. Child ids are stable (`Admins`, `Developers`, `Ci`, `Readers`), so the default
 * policy names are `<stack>-<team id>-Admins` and so on. The conditions (`allowedSourceIps`,
 * `resourceTags`) and `registryLogin` apply to every role's policy.
 */
export class TcrTeamAccess extends Construct {
  /** `NamespaceAdmin` for the admins, attached to their group. */
  public readonly admins?: NamespaceAdmin;
  /** Pull and push in the namespace, attached to the developers' group. */
  public readonly developers?: RepositoryAccess;
  /** Pull and push on the CI repositories, attached to the CI role (when `ci` is a role). */
  public readonly ci?: RepositoryAccess;
  /** The CI's TCR service account (when `ci` is a service account), child id `CiServiceAccount`. */
  public readonly ciServiceAccount?: TcrServiceAccount;
  /** Pull in the namespace, attached to the readers' group. */
  public readonly readers?: RepositoryAccess;

  public constructor(scope: Construct, id: string, props: TcrTeamAccessProps) {
    super(scope, id);
    const typeProblems = checkPropTypes(props, teamAccessPropTypes(props));
    if (typeProblems.length) {
      // Wrong types build nothing: synth fails with each prop named.
      this.node.addValidation({ validate: () => typeProblems.map((p) => `[${p.ruleId}] ${p.message}`) });
      return;
    }
    const { admins, developers, ci, readers, ...shared } = props;
    if (admins) this.admins = new NamespaceAdmin(this, 'Admins', shared).attachToGroup(admins.groupId);
    if (developers) {
      this.developers = new RepositoryAccess(this, 'Developers', { ...shared, access: RepositoryAccessLevel.PULL_PUSH }).attachToGroup(developers.groupId);
    }
    if (ci && 'serviceAccount' in ci) {
      this.ciServiceAccount = new TcrServiceAccount(this, 'CiServiceAccount', {
        ...ci.serviceAccount,
        instanceId: props.instanceId,
        permissions: [{ namespace: props.namespace, access: RepositoryAccessLevel.PULL_PUSH }],
      });
    } else if (ci) {
      this.ci = new RepositoryAccess(this, 'Ci', { ...shared, access: RepositoryAccessLevel.PULL_PUSH, repositories: ci.repositories }).attachToRole(ci.roleId);
    }
    if (readers) this.readers = new RepositoryAccess(this, 'Readers', { ...shared, access: RepositoryAccessLevel.PULL }).attachToGroup(readers.groupId);
  }
}
