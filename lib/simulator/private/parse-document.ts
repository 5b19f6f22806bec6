import { readPolicyText } from '../../policy/policy-view';
import { isObject } from '../../policy/private/is-object';
import { ResourceName } from '../../policy/resource-name';
import { PolicyDocumentError } from '../errors';

/** One condition entry: `condition[operator][key] = values`. */
export interface ParsedCondition {
  readonly operator: string;
  readonly key: string;
  readonly values: readonly string[];
}

/** A statement with every field normalized to arrays. */
export interface ParsedStatement {
  readonly effect: 'allow' | 'deny';
  readonly actions: readonly string[];
  readonly resources: readonly string[];
  readonly conditions: readonly ParsedCondition[];
}

const DOCUMENT_KEYS = ['version', 'statement'];
// `principal` is accepted and ignored: the simulator evaluates the policies attached to the caller.
const STATEMENT_KEYS = ['effect', 'action', 'resource', 'condition', 'principal'];

/**
 * Parses one CAM policy document, read by the one policy reader (so a repeated member or nesting past its
 * depth limit is refused here as lint refuses it). Keys must be lowercase (CAM's element reference); `action` and `resource`
 * may be a string or an array (CAM accepts both). Anything else is a {@link PolicyDocumentError} naming the
 * document (and statement) index: an unread element could change what the policy means.
 */
export function parseDocument(text: string, documentIndex: number): ParsedStatement[] {
  const where = `Document ${documentIndex}`;
  const fail = (message: string, statementIndex?: number): never => {
    const at = statementIndex === undefined ? where : `${where} statement ${statementIndex}`;
    throw new PolicyDocumentError(`${at}: ${message}`, documentIndex, statementIndex);
  };
  if (typeof text !== 'string') fail(`expected the policy JSON text, got ${typeof text}.`);
  const read = readPolicyText(text);
  if (read.error) return fail(`is not valid JSON (${read.error.reason} at line ${read.error.line}, column ${read.error.column}).`);
  const duplicate = read.document.duplicates[0];
  if (duplicate) {
    // Which of two members CAM reads is undocumented: either reading could grant more, so refuse (as lint does).
    const statement = /^\/statement\/([0-9]+)/.exec(duplicate.path);
    fail(`repeats ${JSON.stringify(duplicate.key)} at ${duplicate.path} (line ${duplicate.line}, column ${duplicate.column}); CAM's reading of a repeated member is undocumented.`,
      statement ? Number(statement[1]) : undefined);
  }
  const json = read.document.root;
  if (!isObject(json)) return fail('must be a JSON object {"version":"2.0","statement":[...]}.');
  checkKeys(json, DOCUMENT_KEYS, (m) => fail(m));
  if (json.version !== '2.0') fail(`"version" must be "2.0" (the only version CAM accepts), got ${JSON.stringify(json.version)}.`);
  if (!Array.isArray(json.statement)) return fail('"statement" must be an array of statements.');
  return json.statement.map((raw: unknown, i: number) => parseStatement(raw, (m) => fail(m, i)));
}

function parseStatement(raw: unknown, fail: (message: string) => never): ParsedStatement {
  if (!isObject(raw)) return fail('must be an object with "effect", "action" and "resource".');
  checkKeys(raw, STATEMENT_KEYS, fail);
  if (raw.effect !== 'allow' && raw.effect !== 'deny') {
    fail(`"effect" must be "allow" or "deny" (lowercase), got ${JSON.stringify(raw.effect)}.`);
  }
  const actions = stringList(raw.action, 'action', fail);
  const resources = stringList(raw.resource, 'resource', fail);
  for (const r of resources) {
    // A type is required before the `/`; the sixth segment may contain `:` (CCR tags).
    if (r !== '*' && !ResourceName.split(r)?.resourceType) {
      fail(`resource ${JSON.stringify(r)} is neither "*" nor a six-segment name qcs:project:service:region:account:type/path.`);
    }
  }
  return { effect: raw.effect as 'allow' | 'deny', actions, resources, conditions: parseConditions(raw.condition, fail) };
}

function parseConditions(raw: unknown, fail: (message: string) => never): ParsedCondition[] {
  if (raw === undefined) return [];
  if (!isObject(raw)) return fail('"condition" must be an object {"<operator>": {"<key>": value or [values]}}.');
  const out: ParsedCondition[] = [];
  for (const [operator, byKey] of Object.entries(raw)) {
    if (!isObject(byKey)) fail(`condition operator ${JSON.stringify(operator)} must map condition keys to values.`);
    for (const [key, value] of Object.entries(byKey as Record<string, unknown>)) {
      const list = Array.isArray(value) ? value : [value];
      if (list.some((v) => !['string', 'number', 'boolean'].includes(typeof v))) {
        fail(`condition ${operator} ${JSON.stringify(key)} must be a string or an array of strings, got ${JSON.stringify(value)}.`);
      }
      out.push({ operator, key, values: list.map(String) });
    }
  }
  return out;
}

function stringList(raw: unknown, field: string, fail: (message: string) => never): string[] {
  const list = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(list) || list.length === 0 || list.some((v) => typeof v !== 'string' || v === '')) {
    fail(`"${field}" must be a non-empty string or a non-empty array of non-empty strings, got ${JSON.stringify(raw)}.`);
  }
  return list as string[];
}

function checkKeys(obj: Record<string, unknown>, allowed: readonly string[], fail: (message: string) => never): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      fail(`unknown element ${JSON.stringify(key)}; CAM elements are lowercase: ${allowed.join(', ')}.`);
    }
  }
}
