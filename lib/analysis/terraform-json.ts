import { readJson } from '../policy/json/read-json';
import { isObject } from '../policy/private/is-object';

/** A Terraform JSON document that cannot be read: a syntax error, a repeated member, a block of the wrong shape. */
export class TerraformJsonError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'TerraformJsonError';
  }
}

/** One `resource` or `data` block of a Terraform JSON document. */
export interface TerraformBlock {
  readonly mode: 'resource' | 'data';
  readonly type: string;
  readonly label: string;
  /** The block's arguments (`//` metadata members removed). */
  readonly body: Readonly<Record<string, unknown>>;
}

/** The blocks of one Terraform JSON document, by address (`type.label`, `data.type.label`). */
export interface TerraformDocument {
  readonly file: string;
  readonly blocks: ReadonlyMap<string, TerraformBlock>;
}

/**
 * Reads a Terraform JSON document (`cdk.tf.json` or a hand-written `.tf.json`). Both forms of the JSON syntax
 * are read: a block type holding an object of labels or an array of such objects, and a label holding an object
 * or an array of one object. A member repeated in one object is refused (its meaning depends on the reader),
 * and so is a block declared twice (Terraform refuses it too): never half-read.
 *
 * @see https://developer.hashicorp.com/terraform/language/syntax/json#resource-blocks
 */
export function readTerraformJson(file: string, text: string): TerraformDocument {
  const json = readJson(text);
  if (json.error) throw new TerraformJsonError(`${file}: line ${json.error.line} column ${json.error.column}: not valid JSON: ${json.error.reason}`);
  if (json.duplicates.length) {
    const d = json.duplicates[0];
    throw new TerraformJsonError(`${file}:${d.line}:${d.column}: member ${JSON.stringify(d.key)} is repeated at ${d.path}; `
      + 'Terraform JSON with repeated members is refused (readers disagree on which one wins): merge them into one');
  }
  if (!isObject(json.root)) throw new TerraformJsonError(`${file}: a Terraform JSON document must be an object`);
  const blocks = new Map<string, TerraformBlock>();
  for (const mode of ['resource', 'data'] as const) {
    for (const [type, labels] of members(json.root[mode], `${file}: "${mode}"`)) {
      for (const [label, raw] of members(labels, `${file}: ${mode} "${type}"`)) {
        const bodies = Array.isArray(raw) ? raw : [raw];
        if (bodies.length !== 1 || !isObject(bodies[0])) {
          throw new TerraformJsonError(`${file}: ${mode} "${type}" "${label}" must be one object (or an array of one object)`);
        }
        const address = mode === 'data' ? `data.${type}.${label}` : `${type}.${label}`;
        if (blocks.has(address)) throw new TerraformJsonError(`${file}: ${address} is declared twice`);
        const body = Object.fromEntries(Object.entries(bodies[0]).filter(([k]) => !k.startsWith('//')));
        blocks.set(address, { mode, type, label, body });
      }
    }
  }
  return { file, blocks };
}

/** The members of an object, or of each object of an array of objects (the two JSON forms of a block level). */
function members(value: unknown, where: string): Array<[string, unknown]> {
  if (value === undefined) return [];
  const objects = Array.isArray(value) ? value : [value];
  return objects.flatMap((o) => {
    if (!isObject(o)) throw new TerraformJsonError(`${where} must be an object or an array of objects, got ${JSON.stringify(o)?.slice(0, 60)}`);
    return Object.entries(o).filter(([k]) => !k.startsWith('//'));
  });
}

/** Whether a parsed JSON value looks like Terraform JSON (rather than a CAM policy document). */
export function isTerraformJson(root: unknown): boolean {
  return isObject(root) && !('statement' in root) && ['resource', 'data', 'terraform', 'provider', 'variable', 'output', 'locals', 'module'].some((k) => k in root);
}
