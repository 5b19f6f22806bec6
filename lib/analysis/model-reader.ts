import type { ModelPolicy, PrincipalKind } from './access-model';
import { TerraformBlock, TerraformDocument, TerraformJsonError } from './terraform-json';
import { UnreadResource, unreadResource } from './unread-resources';
import { PolicyDocument } from '../policy/policy-document';
import { decodeTemplate, templateParts } from '../policy/terraform-template';
import { CcrPreset } from '../scenarios/ccr-presets';
import { presetStatements, TcrPreset } from '../scenarios/presets';

const PRESET_ID_CCR: Readonly<Record<string, string>> = { 419082: CcrPreset.FULL_ACCESS, 419084: CcrPreset.READ_ONLY_ACCESS };

export type Attach = (kind: PrincipalKind, id: string, policy: ModelPolicy) => void;

/** The resource types that define a CAM policy with a document. */
const POLICY_TYPES = ['tencentcloud_cam_policy', 'tencentcloud_cam_policy_by_name'];
/** The types read before the attachments: the policies and the versions that set their default. */
const READ_ELSEWHERE = [...POLICY_TYPES, 'tencentcloud_cam_policy_version', 'tencentcloud_cam_set_policy_version_config'];

/** A `tencentcloud_cam_group_membership`: the group's principal id and its members' (`user:<name>`). */
export interface Membership {
  readonly group: string;
  readonly users: readonly string[];
  readonly origin: string;
}

/** Reads the blocks of one Terraform JSON file into the model's policies and principals, resolving references within it. */
export class TerraformFileReader {
  private readonly byAddress = new Map<string, ModelPolicy>();
  private readonly byName = new Map<string, ModelPolicy>();
  /** The resources that set the default version of a policy of the file, by the policy's address. */
  private readonly versions = new Map<string, Array<{ readonly address: string; readonly body: unknown }>>();

  public constructor(
    private readonly doc: TerraformDocument,
    private readonly defined: ModelPolicy[],
    private readonly attach: Attach,
    private readonly memberships: Membership[],
    private readonly unread: UnreadResource[],
  ) {}

  public read(): void {
    this.readVersions();
    for (const [address, block] of this.doc.blocks) {
      if (POLICY_TYPES.includes(block.type)) this.define(address, this.camPolicy(address, block));
      if (block.mode === 'data' && block.type === 'tencentcloud_cam_policies') this.define(address, this.preset(address, block));
    }
    for (const [address, block] of this.doc.blocks) {
      if (block.mode !== 'resource') continue;
      const b = block.body;
      switch (block.type) {
        case 'tencentcloud_cam_user_policy_attachment':
          this.attach('user', `user:${this.name(b.user_name ?? b.user_id, 'tencentcloud_cam_user')}`, this.policyById(b.policy_id, address));
          break;
        case 'tencentcloud_cam_group_policy_attachment':
          this.attach('group', `group:${this.text(b.group_id, address, 'group_id')}`, this.policyById(b.policy_id, address));
          break;
        case 'tencentcloud_cam_role_policy_attachment':
          this.attachRole(b.role_id, this.policyById(b.policy_id, address), address);
          break;
        case 'tencentcloud_cam_role_policy_attachment_by_name':
          this.attach('role-name', `role-name:${this.name(b.role_name, 'tencentcloud_cam_role')}`, this.policyByName(b.policy_name, address));
          break;
        case 'tencentcloud_cam_group_membership':
          this.membership(address, b);
          break;
        case 'tencentcloud_tcr_service_account':
          this.serviceAccount(address, block);
          break;
        case 'tencentcloud_tcr_namespace':
          this.publicNamespace(address, block);
          break;
        default: {
          const unread = READ_ELSEWHERE.includes(block.type) ? undefined : unreadResource(this.doc.file, address, block);
          if (unread) this.unread.push(unread);
        }
      }
    }
  }

  /**
   * A policy version made the default (`tencentcloud_cam_policy_version` with `set_as_default` not false) or a
   * default chosen by number (`tencentcloud_cam_set_policy_version_config`) replaces the document CAM evaluates
   * for the policy it names: that policy's document is then unknown, never the one its own block writes.
   */
  private readVersions(): void {
    for (const [address, block] of this.doc.blocks) {
      if (block.mode !== 'resource') continue;
      const sets = block.type === 'tencentcloud_cam_set_policy_version_config'
        || (block.type === 'tencentcloud_cam_policy_version' && block.body.set_as_default !== false && block.body.set_as_default !== 'false');
      if (!sets) continue;
      const ref = referenceOf(block.body.policy_id);
      const target = ref?.mode === 'resource' && POLICY_TYPES.includes(ref.type) ? `${ref.type}.${ref.label}` : undefined;
      if (target !== undefined && this.doc.blocks.has(target)) {
        this.versions.set(target, [...(this.versions.get(target) ?? []), { address, body: block.body }]);
      } else {
        // The policy is not in the file (a literal id, another stack): the version is a policy of its own, which
        // the diff compares as unattached, so a new or widened default version is seen.
        this.define(address, block.type === 'tencentcloud_cam_policy_version'
          ? this.documentPolicy(address, undefined, block.body.policy_document)
          : { origin: this.originOf(address), address, plane: 'cam', unknown: 'it sets the default version of a policy that is not in the input', identity: `${address} ${JSON.stringify(block.body)}` });
      }
    }
  }

  /** Where a block of this file is defined: `file#address`. */
  private originOf(address: string): string {
    return `${this.doc.file}#${address}`;
  }

  private define(address: string, policy: ModelPolicy): void {
    this.defined.push(policy);
    this.byAddress.set(address, policy);
    if (policy.name !== undefined && policy.address?.startsWith('tencentcloud_')) this.byName.set(policy.name, policy);
  }

  private camPolicy(address: string, block: TerraformBlock): ModelPolicy {
    const name = literal(block.body.name);
    const written = block.body.document;
    const versions = this.versions.get(address);
    if (versions) {
      const by = versions.map((v) => this.originOf(v.address)).join(', ');
      const identity = `${address} ${JSON.stringify(written)} ${JSON.stringify(versions)}`;
      return { origin: this.originOf(address), address, name, plane: 'cam', unknown: `its default version is set by ${by}`, identity };
    }
    return this.documentPolicy(address, name, written);
  }

  /** A policy of the file with the document it writes: unknown when only Terraform knows the text. */
  private documentPolicy(address: string, name: string | undefined, written: unknown): ModelPolicy {
    const origin = this.originOf(address);
    const base = { origin, address, name, plane: 'cam' as const };
    if (typeof written !== 'string') return { ...base, unknown: 'its document is not a string', identity: `${address} ${JSON.stringify(written)}` };
    const document = decodeTemplate(written);
    // `${jsonencode(...)}`, `${file(...)}`, `${data.x.json}`: only Terraform knows the text.
    if (isWholeExpression(written)) return { ...base, unknown: `its document is the Terraform expression ${written}`, identity: `${address} ${written}` };
    return { ...base, document, identity: `${address} ${document}` };
  }

  private preset(address: string, block: TerraformBlock): ModelPolicy {
    const name = literal(block.body.name);
    return presetPolicy(name, this.originOf(address), address);
  }

  private serviceAccount(address: string, block: TerraformBlock): void {
    const b = block.body;
    const instance = this.text(b.registry_id, address, 'registry_id');
    const name = this.text(b.name, address, 'name');
    const origin = this.originOf(address);
    const base = { origin, address, name, plane: 'service-account' as const };
    const permissions = Array.isArray(b.permissions) ? b.permissions : b.permissions === undefined ? [] : [b.permissions];
    let policy: ModelPolicy;
    if (b.disable === true) {
      // A disabled account cannot log in: no permission applies.
      policy = { ...base, document: new PolicyDocument({ statements: [] }).render(), identity: `${address} disabled` };
    } else if (typeof b.disable === 'string' || permissions.some((p) => typeof p !== 'object' || p === null)) {
      policy = { ...base, unknown: 'its permissions or disable flag are Terraform expressions', identity: `${address} ${JSON.stringify(b)}` };
    } else {
      // Each permission block: `resource` is a namespace name of the instance, `actions` the TCR actions on it.
      const statement = permissions.map((p: Record<string, unknown>) => {
        const namespace = this.text(p.resource, address, 'permissions.resource');
        const actions = Array.isArray(p.actions) ? p.actions.map((a) => this.text(a, address, 'permissions.actions')) : [this.text(p.actions, address, 'permissions.actions')];
        return { effect: 'allow', action: actions, resource: [`qcs::tcr:::repository/${instance}/${namespace}`, `qcs::tcr:::repository/${instance}/${namespace}/*`] };
      });
      const document = JSON.stringify({ version: '2.0', statement });
      policy = { ...base, document, identity: `${address} ${document}` };
    }
    this.defined.push(policy);
    this.attach('service-account', `service-account:${instance}/${name}`, policy);
  }

  /**
   * The members of a group (`user_names`, or the deprecated `user_ids`, which are user names too). A list that is
   * one Terraform expression is one member named by it: only Terraform knows who, so the group's access is still
   * reported for someone.
   */
  private membership(address: string, b: Readonly<Record<string, unknown>>): void {
    const listed = b.user_names ?? b.user_ids;
    const members = Array.isArray(listed) ? listed : listed === undefined ? [] : [listed];
    this.memberships.push({
      group: `group:${this.text(b.group_id, address, 'group_id')}`,
      users: members.map((m) => `user:${typeof m === 'string' ? this.name(m, 'tencentcloud_cam_user') : this.text(m, address, 'user_names')}`),
      origin: this.originOf(address),
    });
  }

  /**
   * A public namespace: anyone may pull its images and Helm charts without logging in; its repositories inherit
   * the access level (https://www.tencentcloud.com/document/product/1051/35487). A private one grants nothing.
   */
  private publicNamespace(address: string, block: TerraformBlock): void {
    const b = block.body;
    if (b.is_public === undefined || b.is_public === false || b.is_public === 'false') return;
    const instance = this.text(b.instance_id, address, 'instance_id');
    const namespace = this.text(b.name, address, 'name');
    const base = { origin: this.originOf(address), address, name: namespace, plane: 'public' as const };
    const policy: ModelPolicy = b.is_public === true || b.is_public === 'true'
      ? { ...base, document: publicDocument(instance, namespace), identity: `${address} public ${instance}/${namespace}` }
      : { ...base, unknown: 'whether the namespace is public is a Terraform expression', identity: `${address} ${JSON.stringify(b.is_public)}` };
    this.defined.push(policy);
    this.attach('anonymous', 'anonymous', policy);
  }

  private attachRole(roleId: unknown, policy: ModelPolicy, address: string): void {
    // A role created in the file and referenced by id is the role of its name: one principal, by id or by name.
    const ref = referenceOf(roleId);
    const role = ref ? this.doc.blocks.get(`${ref.type}.${ref.label}`) : undefined;
    const name = role?.type === 'tencentcloud_cam_role' || role?.type === 'tencentcloud_cam_role_by_name' ? literal(role.body.name) : undefined;
    if (name !== undefined) this.attach('role-name', `role-name:${name}`, policy);
    else this.attach('role', `role:${this.text(roleId, address, 'role_id')}`, policy);
  }

  /** The policy an attachment's `policy_id` names. */
  private policyById(value: unknown, address: string): ModelPolicy {
    const ref = referenceOf(value);
    if (ref) {
      const target = this.byAddress.get(ref.mode === 'data' ? `data.${ref.type}.${ref.label}` : `${ref.type}.${ref.label}`);
      if (target) return target;
    }
    const id = typeof value === 'string' ? decodeTemplate(value) : String(value);
    if (PRESET_ID_CCR[id]) return presetPolicy(PRESET_ID_CCR[id], `preset ${PRESET_ID_CCR[id]}`, undefined);
    return external(`policy ${JSON.stringify(id)} (attached by ${this.originOf(address)})`, 'it is not defined in the input');
  }

  /** The policy an attachment's `policy_name` names: a policy of the file with that name, or a preset. */
  private policyByName(value: unknown, address: string): ModelPolicy {
    const ref = referenceOf(value);
    if (ref) {
      const target = this.byAddress.get(`${ref.type}.${ref.label}`);
      if (target) return target;
    }
    const name = typeof value === 'string' ? decodeTemplate(value) : String(value);
    const local = this.byName.get(name);
    if (local) return local;
    if (isPreset(name)) return presetPolicy(name, `preset ${name}`, undefined);
    return external(`policy named ${JSON.stringify(name)} (attached by ${this.originOf(address)})`, 'it is not defined in the input');
  }

  /** A user or role name: a literal, or the literal `name` of the block a reference names. */
  private name(value: unknown, type: string): string {
    const ref = referenceOf(value);
    if (ref && ref.type === type) {
      const target = this.doc.blocks.get(`${ref.type}.${ref.label}`);
      const name = target ? literal(target.body.name) : undefined;
      if (name !== undefined) return name;
    }
    return typeof value === 'string' ? decodeTemplate(value) : String(value);
  }

  /** A string argument as written (literal text decoded, expressions kept), for ids. */
  private text(value: unknown, address: string, field: string): string {
    if (typeof value === 'string') return decodeTemplate(value);
    if (typeof value === 'number') return String(value);
    throw new TerraformJsonError(`${this.doc.file}: ${address}.${field} must be a string, got ${JSON.stringify(value)}`);
  }
}

/** What a public namespace allows anyone: pulling images and downloading Helm charts, in any region of the instance. */
function publicDocument(instance: string, namespace: string): string {
  const statement = [{ effect: 'allow', action: ['tcr:PullRepository', 'tcr:DownloadHelmChart'], resource: [`qcs::tcr:::repository/${instance}/${namespace}/*`] }];
  return JSON.stringify({ version: '2.0', statement });
}

function presetPolicy(name: string | undefined, origin: string, address: string | undefined): ModelPolicy {
  const base = { origin, address, name, plane: 'cam' as const, identity: `preset ${name}` };
  if (name === TcrPreset.FULL_ACCESS || name === TcrPreset.READ_ONLY_ACCESS) {
    return { ...base, document: new PolicyDocument({ statements: presetStatements(name) }).render() };
  }
  const why = name === undefined ? 'the preset is looked up by a Terraform expression'
    : isPreset(name) ? `Tencent does not publish the document of ${name}` : `${JSON.stringify(name)} is not a preset whose document is known`;
  return { ...base, unknown: why };
}

/** A policy the input names but does not hold: unknown, matched across synths by its origin without the attachment. */
export function external(origin: string, why: string): ModelPolicy {
  return { origin, plane: 'cam', unknown: why, identity: origin.replace(/ \(attached by .*\)$/, '') };
}

function isPreset(name: string): boolean {
  return (Object.values(TcrPreset) as string[]).includes(name) || (Object.values(CcrPreset) as string[]).includes(name);
}

/** A literal string argument (escapes decoded), or `undefined` for anything with an expression. */
function literal(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = templateParts(value);
  return parts.some((p) => p.kind === 'expression') ? undefined : parts.map((p) => p.text).join('');
}

function isWholeExpression(written: string): boolean {
  const t = written.trim();
  return t.startsWith('${') && t.endsWith('}') && !t.startsWith('$${');
}

/** `${type.label.…}` or `${data.type.label.…}`: the block a whole-string reference names. */
function referenceOf(value: unknown): { mode: 'resource' | 'data'; type: string; label: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\$\{(data\.)?([a-z0-9_]+)\.([A-Za-z0-9_-]+)[.[][^}]*\}$/.exec(value.trim());
  return m ? { mode: m[1] ? 'data' : 'resource', type: m[2], label: m[3] } : undefined;
}
