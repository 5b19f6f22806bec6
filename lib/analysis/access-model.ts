import * as fs from 'fs';
import { external, Membership, TerraformFileReader } from './model-reader';
import { isTerraformJson, readTerraformJson } from './terraform-json';
import type { UnreadResource } from './unread-resources';
import { readJson } from '../policy/json/read-json';

/**
 * The kinds of principal: CAM users by name, groups and roles by id, roles by name, TCR service accounts, and
 * anyone at all (`anonymous`: the pulls a public TCR namespace allows without a login).
 */
export type PrincipalKind = 'user' | 'group' | 'role' | 'role-name' | 'service-account' | 'anonymous';

/** One policy as the model knows it. */
export interface ModelPolicy {
  /** Where it is defined: `file#tencentcloud_cam_policy.x`, `preset QcloudTCRFullAccess`, or the file of a plain document. */
  readonly origin: string;
  /** The Terraform address (`tencentcloud_cam_policy.x`, `data.tencentcloud_cam_policies.x`). @default - a plain policy document file */
  readonly address?: string;
  /** The CAM policy name. @default - unnamed */
  readonly name?: string;
  /**
   * CAM, the TCR service-account plane (a service account's permissions, which CAM does not govern), or a
   * namespace's public access level (what anyone may do without a login).
   */
  readonly plane: 'cam' | 'service-account' | 'public';
  /** The policy JSON text, when known. @default - unknown: see `unknown` */
  readonly document?: string;
  /** Why the document is not known (a Terraform interpolation, a policy not in the input, an unpublished preset). */
  readonly unknown?: string;
  /** The same policy in another synth (address and text, without the file): how a diff matches unknown policies. */
  readonly identity: string;
}

/** A principal and every policy that applies to it. */
export interface ModelPrincipal {
  /** `user:<name>`, `group:<id>`, `role:<id>`, `role-name:<name>`, `service-account:<instance>/<name>`, `anonymous`. */
  readonly id: string;
  readonly kind: PrincipalKind;
  /** Its policies, sorted by origin. */
  readonly policies: readonly ModelPolicy[];
}

/** One input: a file name and its text. */
export interface ModelInput {
  readonly file: string;
  readonly text: string;
}

/**
 * Who can do what in a synth: for every principal, the policies that apply to it, read from Terraform JSON
 * (`cdk.tf.json` of any stack, or a hand-written `.tf.json`), without cdktf. Read: `tencentcloud_cam_policy`
 * and `tencentcloud_cam_policy_by_name` documents (unknown when a policy version of the file sets their
 * default); presets through the `tencentcloud_cam_policies` data source (the TCR presets' documents from
 * seed 002; any other preset is unknown, never empty); attachments to users, groups, roles by id and roles by
 * name; group membership (`tencentcloud_cam_group_membership`: a member has its group's policies, unknown when
 * the group has no attachment in the input); `tencentcloud_tcr_service_account` permissions, a second
 * enforcement plane beside CAM; and public namespaces (`tencentcloud_tcr_namespace` with `is_public`), what the
 * principal `anonymous` may pull. Every other CAM or TCR resource that may change access is listed in `unread`.
 * Terraform references are resolved to the block they name within their file. Plain CAM policy documents are
 * read too, as unattached policies.
 */
export class AccessModel {
  /** Builds the model of one or more Terraform JSON documents (or policy documents). */
  public static fromTerraform(inputs: readonly ModelInput[]): AccessModel {
    return new AccessModel(inputs);
  }

  /** Reads the files (Terraform JSON or policy documents) and builds their model. */
  public static fromFiles(files: readonly string[]): AccessModel {
    return new AccessModel(files.map((file) => ({ file, text: fs.readFileSync(file, 'utf8') })));
  }

  /** Every principal with at least one attachment, sorted by id. */
  public readonly principals: readonly ModelPrincipal[];
  /** Policies defined in the input that no attachment of the input names. */
  public readonly unattached: readonly ModelPolicy[];
  /** Every policy defined or looked up in the input, in input order. */
  public readonly policies: readonly ModelPolicy[];
  /**
   * The CAM and TCR resources that may change who may do what but that the model does not evaluate (a role's
   * trust policy, a permission boundary, a type it does not know), in input order.
   */
  public readonly unread: readonly UnreadResource[];

  private constructor(inputs: readonly ModelInput[]) {
    const principals = new Map<string, { kind: PrincipalKind; policies: Map<string, ModelPolicy> }>();
    const defined: ModelPolicy[] = [];
    const attached = new Set<ModelPolicy>();
    const attach = (kind: PrincipalKind, id: string, policy: ModelPolicy) => {
      let p = principals.get(id);
      if (!p) principals.set(id, p = { kind, policies: new Map() });
      p.policies.set(policy.origin, policy);
      attached.add(policy);
    };
    const memberships: Membership[] = [];
    const unread: UnreadResource[] = [];
    for (const input of inputs) {
      const json = readJson(input.text);
      if (json.error || !isTerraformJson(json.root)) {
        // A plain policy document: unattached; the simulator reports its errors when it is compiled.
        defined.push({ origin: input.file, plane: 'cam', document: input.text, identity: `document ${input.text}` });
        continue;
      }
      new TerraformFileReader(readTerraformJson(input.file, input.text), defined, attach, memberships, unread).read();
    }
    // A member has its group's policies: read once every attachment of every input is known.
    for (const { group, users, origin } of memberships) {
      const policies = principals.get(group)?.policies;
      const groupPolicies = policies?.size ? [...policies.values()]
        : [external(`the policies of ${group} (its members are added by ${origin})`, 'the group has no attachment in the input')];
      for (const user of users) groupPolicies.forEach((policy) => attach('user', user, policy));
    }
    this.policies = defined;
    this.unread = unread;
    this.unattached = defined.filter((p) => !attached.has(p) && p.plane === 'cam');
    this.principals = [...principals.entries()]
      .map(([id, p]) => ({ id, kind: p.kind, policies: [...p.policies.values()].sort((a, b) => compare(a.origin, b.origin)) }))
      .sort((a, b) => compare(a.id, b.id));
  }

  /** The principal with this id, or `undefined`. */
  public principal(id: string): ModelPrincipal | undefined {
    return this.principals.find((p) => p.id === id);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
