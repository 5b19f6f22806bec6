import { Fn, TerraformOutput, Token } from 'cdktf';
import { Construct } from 'constructs';
import { TcrServiceAccountResource } from '../provider';
import { checkPropTypes, SERVICE_ACCOUNT_PROP_TYPES } from './private/prop-types';
import { escapeLiteralText } from './private/terraform-value';
import { registerPolicy } from './private/validation-adapter';
import { checkWrittenSpecs } from './private/written-inputs';
import { serviceAccountGrant, ServiceAccountPermission } from '../scenarios/service-account';
import type { Finding } from '../validation/finding';
import { checkProps, PropSpec } from '../validation/prop-check';

/** What a TCR service account may do in one namespace. */
export interface TcrServiceAccountPermission extends ServiceAccountPermission {}

/** Props of {@link TcrServiceAccount}. */
export interface TcrServiceAccountProps {
  /** The TCR Enterprise instance, e.g. `tcr-xxxxxxxx` or a `tencentcloud_tcr_instance`'s `id` (may be a token). */
  readonly instanceId: string;
  /** The account name without the `tcr$` prefix TCR adds, e.g. `ci-payments` (may be a token). */
  readonly name: string;
  /**
   * One entry per namespace (a `tencentcloud_tcr_namespace`'s `name`, never its `id`): `RepositoryAccessLevel.PULL`
   * renders `tcr:PullRepository`, `PULL_PUSH` adds `tcr:PushRepository`. Service accounts are scoped to whole
   * namespaces; each namespace once.
   */
  readonly permissions: readonly TcrServiceAccountPermission[];
  /**
   * Days the account stays valid, counted from its creation (the provider's `duration`). Required unless
   * `neverExpires: true`.
   * @default - none: set this or `neverExpires`
   */
  readonly expiresInDays?: number;
  /**
   * The account never expires (no `duration`, no `expires_at`). A `service-account-never-expires` warning;
   * acknowledge it with a suppression that gives the reason.
   * @default false
   */
  readonly neverExpires?: boolean;
  /** @default - none */
  readonly description?: string;
  /**
   * Create the account disabled (the provider's `disable`).
   * @default false
   */
  readonly disabled?: boolean;
}

/** Service account names get this prefix from TCR (CreateServiceAccount, https://www.tencentcloud.com/document/product/1051/56785). */
const NAME_PREFIX = 'tcr$';

const isUnresolved = (v: string) => Token.isUnresolved(v);

/**
 * A TCR Enterprise service account (`tencentcloud_tcr_service_account`): a robot credential for CI or a
 * cluster, with namespace permissions rendered from the same definitions as the CAM grants. Its permissions
 * prevail over CAM and its use cannot be traced to a person
 * (https://www.tencentcloud.com/document/product/1051/54627): give it the fewest namespaces and an expiry.
 *
 * Checked at synth like the policy constructs: names, namespaces and the instance id by TCR's rules, each
 * namespace once, and an expiry (`expiresInDays`; without it and without `neverExpires: true`, synth fails).
 * `docker login <instance>.tencentcloudcr.com -u '<username>' -p '<password>'`.
 */
export class TcrServiceAccount extends Construct {
  /** The `tencentcloud_tcr_service_account` resource. */
  public readonly resource: TcrServiceAccountResource;
  /** The login name TCR gives the account: `tcr$<name>`. */
  public readonly username: string;
  /**
   * The account's password (a token, resolved at apply). The provider keeps it in state, marked sensitive;
   * the library never prints it. Read it from `passwordOutput` (`terraform output -raw <name>`) or pass it to
   * a secret store resource.
   */
  public readonly password: string;
  /** The sensitive Terraform output holding the password. */
  public readonly passwordOutput: TerraformOutput;
  private readonly specs: readonly PropSpec[];
  private readonly problems: readonly Finding[];
  private readonly rendered: boolean;

  public constructor(scope: Construct, id: string, props: TcrServiceAccountProps) {
    super(scope, id);
    // A prop of the wrong type (plain JavaScript) is reported by name and nothing reads the props further.
    const typeProblems = checkPropTypes(props, SERVICE_ACCOUNT_PROP_TYPES);
    if (typeProblems.length) props = { instanceId: '', name: '', permissions: [] };
    const grant = typeProblems.length ? { specs: [], problems: typeProblems, permissions: () => [] } : serviceAccountGrant(props, isUnresolved);
    this.specs = grant.specs;
    this.problems = grant.problems.map((p) => ({ ...p, constructPath: this.node.path }));
    // A literal bad prop never reaches the resource: its permissions stay empty and synth fails. Every name,
    // tokens included, is checked again once resolved (lint()), which is what decides whether synth writes.
    this.rendered = checkProps(grant.specs, isUnresolved).length === 0 && grant.problems.every((p) => p.severity !== 'error');

    this.resource = new TcrServiceAccountResource(this, 'Resource', {
      registryId: props.instanceId,
      name: props.name,
      permissions: this.rendered ? grant.permissions() : [],
      // Terraform reads ${…} and %{…} in any string: a literal description is written escaped, as text.
      description: props.description === undefined ? undefined : escapeLiteralText(props.description),
      duration: props.neverExpires ? undefined : props.expiresInDays,
      disable: props.disabled,
    });
    // `tcr$` + a token would render `tcr$${…}`, which Terraform reads as an escaped, literal `${…}`.
    this.username = isUnresolved(props.name) ? Fn.join('', [NAME_PREFIX, props.name]) : NAME_PREFIX + props.name;
    this.password = this.resource.password;
    this.passwordOutput = new TerraformOutput(this, 'Password', {
      value: this.resource.password,
      sensitive: true,
      description: `Password of the TCR service account ${isUnresolved(props.name) ? '' : NAME_PREFIX + props.name}`.trimEnd(),
    });
    registerPolicy(this, () => {
      const findings = this.lint();
      // Only the acknowledgeable warning may be suppressed; an invalid prop fails synth whatever the suppressions.
      return { findings, documentLinted: findings.every((f) => f.severity !== 'error') };
    });
  }

  /**
   * The findings synth reports about the props, before `Suppressions` are applied: the names as synth writes
   * them (values that resolve at synth resolved), then the permission and expiry problems.
   */
  public lint(): Finding[] {
    return [...checkWrittenSpecs(this, this.specs), ...this.problems];
  }
}
