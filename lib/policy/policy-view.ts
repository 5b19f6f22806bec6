/**
 * The one reader of policy documents given as text (lint, simulator, explain and the CLI all use it): the
 * JSON value with every string entry of `action`, `resource`, `principal.qcs` and `condition` and its JSON
 * pointer, whatever the shape of the input, plus what makes the text unreadable (syntax errors, nesting
 * past `MAX_JSON_DEPTH`) or ambiguous (repeated members). Entries of the wrong type are left out of
 * the view; each consumer decides how strict to be about them (lint reports, the simulator refuses).
 */
import { pointer } from './json/pointer';
import { DuplicateMember, readJson } from './json/read-json';
import type { JsonSyntaxError } from './json/syntax-error';
import { isObject, own } from './private/is-object';

type JsonObject = Record<string, unknown>;

/** A string of the document with its JSON pointer. */
export interface ValueAt {
  /** The string as written. */
  readonly value: string;
  /** Its JSON pointer, e.g. `/statement/0/action/1` (or `/statement/0/action` for a string-valued element). */
  readonly path: string;
}

/** One condition value (a scalar of any JSON type) with its JSON pointer. */
export interface ConditionValueAt {
  /** The value as parsed. */
  readonly value: unknown;
  /** Its JSON pointer. */
  readonly path: string;
}

/** One `condition[operator][key]` of a statement. */
export interface ConditionAt {
  /** The condition operator, e.g. `ip_equal`. */
  readonly operator: string;
  /** The condition key, e.g. `qcs:ip`. */
  readonly key: string;
  /** JSON pointer of the key, e.g. `/statement/0/condition/ip_equal/qcs:ip`. */
  readonly path: string;
  /** The values: an array value gives one entry per element, a scalar one entry. */
  readonly values: readonly ConditionValueAt[];
  /** The value as written (scalar or array). */
  readonly raw: unknown;
}

/** One statement of the document. */
export interface StatementView {
  /** Position in `statement`. */
  readonly index: number;
  /** JSON pointer of the statement, e.g. `/statement/0`. */
  readonly path: string;
  /** The statement as parsed (any JSON value). */
  readonly raw: unknown;
  /** `effect` when it is a string. @default - missing or not a string */
  readonly effect?: string;
  /** String entries of `action` (a string `action` counts as one entry). */
  readonly actions: readonly ValueAt[];
  /** String entries of `resource`. */
  readonly resources: readonly ValueAt[];
  /** String entries of `principal.qcs`. */
  readonly principals: readonly ValueAt[];
  /** Every operator/key pair of `condition` whose operator block is an object. */
  readonly conditions: readonly ConditionAt[];
}

/** A parsed document as the rules see it. */
export interface PolicyView {
  /** The JSON text as given. */
  readonly text: string;
  /** The parsed value (any JSON value: `invalid-syntax` reports a non-object). */
  readonly root: unknown;
  /** The statements, when `statement` is an array; otherwise empty. */
  readonly statements: readonly StatementView[];
  /** Members an object of the text repeats (two `"effect"`, two `"statement"`): CAM's reading is undocumented. */
  readonly duplicates: readonly DuplicateMember[];
}

/** A policy text read: the view, or why the text cannot be read at all. */
export type PolicyText =
  | { readonly document: PolicyView; readonly error?: undefined }
  | { readonly document?: undefined; readonly error: JsonSyntaxError };

/** Reads a policy document's text; never throws. */
export function readPolicyText(text: string): PolicyText {
  const json = readJson(text);
  if (json.error) return { error: json.error };
  return { document: viewPolicy(text, json.root, json.duplicates) };
}

/** Builds the view of a parsed document (a value that did not come from text has no repeated members). */
export function viewPolicy(text: string, root: unknown, duplicates: readonly DuplicateMember[] = []): PolicyView {
  const list = isObject(root) ? own(root, 'statement') : undefined;
  const statements = Array.isArray(list) ? list.map((raw, index) => viewStatement(raw, index)) : [];
  return { text, root, statements, duplicates };
}

function viewStatement(raw: unknown, index: number): StatementView {
  const path = pointer('statement', index);
  if (!isObject(raw)) return { index, path, raw, actions: [], resources: [], principals: [], conditions: [] };
  const effect = own(raw, 'effect');
  const principal = own(raw, 'principal');
  return {
    index,
    path,
    raw,
    effect: typeof effect === 'string' ? effect : undefined,
    actions: strings(own(raw, 'action'), `${path}/action`),
    resources: strings(own(raw, 'resource'), `${path}/resource`),
    principals: isObject(principal) ? strings(own(principal, 'qcs'), `${path}/principal/qcs`) : [],
    conditions: conditions(own(raw, 'condition'), `${path}/condition`),
  };
}

/** The strings of a string-or-array element. */
function strings(value: unknown, path: string): ValueAt[] {
  if (typeof value === 'string') return [{ value, path }];
  if (!Array.isArray(value)) return [];
  const out: ValueAt[] = [];
  value.forEach((v, i) => {
    if (typeof v === 'string') out.push({ value: v, path: `${path}/${i}` });
  });
  return out;
}

function conditions(value: unknown, path: string): ConditionAt[] {
  if (!isObject(value)) return [];
  const out: ConditionAt[] = [];
  for (const operator of Object.keys(value)) {
    const block = value[operator];
    if (!isObject(block)) continue;
    for (const key of Object.keys(block as JsonObject)) {
      const raw = block[key];
      const keyPath = path + pointer(operator, key);
      const values = Array.isArray(raw) ? raw.map((v, i) => ({ value: v, path: `${keyPath}/${i}` })) : [{ value: raw, path: keyPath }];
      out.push({ operator, key, path: keyPath, values, raw });
    }
  }
  return out;
}
