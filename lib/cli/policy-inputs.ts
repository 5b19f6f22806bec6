import { readInput } from './io';
import { readJson } from '../policy/json/read-json';
import { isObject, own } from '../policy/private/is-object';
import { decodeTemplate } from '../policy/terraform-template';
import type { AppliedSuppression } from '../validation/finding';

/** One policy document found in an input file. */
export interface PolicyInput {
  /** The file it came from. */
  readonly file: string;
  /** For a Terraform JSON file: the resource address, e.g. `tencentcloud_cam_policy.DemoPull`. @default - the file is a document */
  readonly resource?: string;
  /** The document's JSON text. */
  readonly text: string;
  /** The `name` of the Terraform resource. @default - none */
  readonly policyName?: string;
  /** The `description` of the Terraform resource. @default - none */
  readonly description?: string;
  /** Set when the document cannot be read statically (a Terraform interpolation): why it was skipped. */
  readonly skipped?: string;
  /**
   * The suppressions synth recorded for the resource (in the file's `"//": { "tcr_access": { "suppressions": {
   * "tencentcloud_cam_policy": { "<label>": [...] } } } }`, or, as 0.1.0 wrote them, in the resource's own `"//"`):
   * those that acknowledged a finding of this document in code, so that lint and synth agree. @default - none
   */
  readonly suppressions?: AppliedSuppression[];
}

/** Top-level keys of Terraform JSON; a policy document has `version` and `statement` instead. */
const TERRAFORM_KEYS = ['resource', 'terraform', 'provider', 'data', 'variable', 'output', 'locals', 'module'];

/**
 * The documents of a file: the file itself when it is a policy document (or not JSON at all, which
 * lint then reports), or every `tencentcloud_cam_policy` of a Terraform JSON file.
 */
export function readPolicyInputs(file: string): PolicyInput[] {
  const text = readInput(file);
  // The one JSON reader: text it cannot read (a syntax error, nesting too deep) goes to lint as a document.
  const { root, error } = readJson(text);
  if (error) return [{ file, text }];
  if (!isObject(root) || 'statement' in root || !TERRAFORM_KEYS.some((k) => k in root)) return [{ file, text }];
  const policies = isObject(root.resource) && isObject(root.resource.tencentcloud_cam_policy) ? root.resource.tencentcloud_cam_policy : {};
  const recorded = path(root, ['//', 'tcr_access', 'suppressions', 'tencentcloud_cam_policy']);
  return Object.entries(policies).map(([label, body]) =>
    fromResource(file, `tencentcloud_cam_policy.${label}`, body, isObject(recorded) ? own(recorded, label) : undefined));
}

/** The value at a path of own object members (a parsed `"constructor"` is data), if every step is an object. */
function path(value: unknown, keys: readonly string[]): unknown {
  let at = value;
  for (const key of keys) at = isObject(at) ? own(at, key) : undefined;
  return at;
}

function fromResource(file: string, resource: string, body: unknown, recorded: unknown): PolicyInput {
  const attrs = isObject(body) ? body : {};
  // Terraform reads every string as a template: `$${uin}` is the literal `${uin}` CAM receives.
  const name = typeof attrs.name === 'string' ? decodeTemplate(attrs.name) : undefined;
  const description = typeof attrs.description === 'string' ? decodeTemplate(attrs.description) : undefined;
  const document = typeof attrs.document === 'string' ? decodeTemplate(attrs.document) : attrs.document;
  const base = { file, resource, policyName: name, description, ...recordedSuppressions(recorded ?? path(attrs, ['//', 'tcr_access', 'suppressions'])) };
  if (typeof document !== 'string') return { ...base, text: '', skipped: 'its document is not a string' };
  // `${jsonencode(...)}`, `${file(...)}`, `${data.x.json}`: only Terraform knows the text; do not guess.
  if (isInterpolation(document)) return { ...base, text: document, skipped: 'its document is a Terraform interpolation' };
  return { ...base, text: document };
}

/** The suppressions a synth recorded for a resource; anything malformed there is ignored (lint then reports the finding). */
function recordedSuppressions(list: unknown): { suppressions?: AppliedSuppression[] } {
  if (!Array.isArray(list)) return {};
  const suppressions = list.filter((s): s is AppliedSuppression => isObject(s) && typeof s.ruleId === 'string' && typeof s.reason === 'string' &&
    (s.appliesTo === undefined || typeof s.appliesTo === 'string') && (s.scope === undefined || typeof s.scope === 'string'));
  return suppressions.length ? { suppressions } : {};
}

/** A whole-string `${...}` expression (not JSON with interpolations inside its strings). */
function isInterpolation(document: string): boolean {
  const t = document.trim();
  return t.startsWith('${') && t.endsWith('}');
}

/** Whether a value holds a Terraform interpolation, resolved only at apply time. */
export function hasInterpolation(value: string): boolean {
  return value.includes('${');
}
