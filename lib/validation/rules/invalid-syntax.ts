import { pointer } from '../../policy/json/pointer';
import { POLICY_VERSION } from '../../policy/policy-document';
import type { StatementView } from '../../policy/policy-view';
import { has, isObject, JsonObject, own, show, typeName } from '../private/json-values';
import { defineRule } from '../rule';
import type { RuleHit } from '../rule';

const TOP_LEVEL = ['version', 'statement'];
const STATEMENT_ELEMENTS = ['effect', 'action', 'resource', 'condition', 'principal'];
const EFFECTS = ['allow', 'deny'];
/** `service:Name` (wildcards allowed), optionally `name/`-prefixed; the bare `*`; or a feature set `permid/<n>`. */
const ACTION_FORM = /^(?:name\/)?(?:\*|[A-Za-z0-9_*-]+:[A-Za-z0-9_.*-]+)$|^permid\/[0-9]+$/;

/** The document's shape breaks the CAM grammar. */
export const invalidSyntax = defineRule({
  id: 'invalid-syntax',
  severity: 'error',
  title: 'The document breaks the CAM policy grammar',
  explanation: 'CAM rejects a policy whose version is not "2.0", whose statement is not a list, or whose statements ' +
    'lack effect, action or resource, use other element names (they must be lowercase) or values of the wrong type. ' +
    'An object that repeats a member (two "effect", two "statement") is refused too: which one CAM reads is undocumented.',
  fix: 'Write {"version":"2.0","statement":[{"effect":"allow","action":[...],"resource":[...]}]} with lowercase element names, each once.',
  check({ document, options }) {
    if (!document) return [];
    const root = document.root;
    if (!isObject(root)) {
      return [{ message: `The document must be a JSON object {"version":"2.0","statement":[...]}, got ${typeName(root)}.`, path: '' }];
    }
    const hits: RuleHit[] = document.duplicates.map((d) => ({
      message: `${show(d.key)} appears more than once in the same object (again at line ${d.line}, column ${d.column}). ` +
        'CAM does not document which one it reads, and either reading may grant more than the other: keep one.',
      path: d.path,
      value: d.key,
    }));
    hits.push(...unknownElements(root, TOP_LEVEL, '', 'at the top level of the document'));
    const version = own(root, 'version');
    if (!has(root, 'version')) {
      if (!hasCaseVariant(root, 'version')) hits.push({ message: `"version" is missing; add "version": "${POLICY_VERSION}".`, path: '' });
    } else if (version !== POLICY_VERSION) {
      hits.push({ message: `"version" is ${describe(version)}; CAM accepts only the string "${POLICY_VERSION}".`, path: '/version' });
    }
    const statements = own(root, 'statement');
    if (!has(root, 'statement')) {
      if (!hasCaseVariant(root, 'statement')) hits.push({ message: '"statement" is missing; add "statement": [ … ] with at least one statement.', path: '' });
    } else if (!Array.isArray(statements)) {
      const wrap = isObject(statements) ? ' Wrap the statement in a list: "statement": [{ … }].' : '';
      hits.push({ message: `"statement" must be a list of statements, got ${typeName(statements)}.${wrap}`, path: '/statement' });
    } else if (statements.length === 0) {
      hits.push({ message: '"statement" is empty: the policy grants and denies nothing. Add a statement.', path: '/statement' });
    }
    for (const s of document.statements) {
      if (!isObject(s.raw)) {
        hits.push({ message: `Statement ${s.index} must be an object with effect, action and resource, got ${typeName(s.raw)}.`, path: s.path });
        continue;
      }
      hits.push(...checkStatement(s, s.raw, options.isUnresolved));
    }
    return hits;
  },
});

function checkStatement(statement: StatementView, raw: JsonObject, isUnresolved: (v: string) => boolean): RuleHit[] {
  const { index, path } = statement;
  const hits = unknownElements(raw, STATEMENT_ELEMENTS, path, `in statement ${index}`);
  const missing = (element: string, example: string) => {
    if (!has(raw, element) && !hasCaseVariant(raw, element)) {
      hits.push({ message: `Statement ${index} has no "${element}"; add it, e.g. "${element}": ${example}.`, path });
    }
  };
  missing('effect', '"allow"');
  missing('action', '["tcr:PullRepository"]');
  missing('resource', '["*"]');

  const effect = own(raw, 'effect');
  if (has(raw, 'effect') && (typeof effect !== 'string' || !EFFECTS.includes(effect))) {
    const lower = typeof effect === 'string' ? effect.toLowerCase() : '';
    const hint = EFFECTS.includes(lower) ? ` Write ${JSON.stringify(lower)}.` : '';
    hits.push({ message: `"effect" is ${describe(effect)}; CAM accepts "allow" or "deny" (lowercase).${hint}`, path: `${path}/effect`, ...valueOf(effect) });
  }
  for (const element of ['action', 'resource']) {
    if (has(raw, element)) hits.push(...checkList(own(raw, element), element, `${path}/${element}`, index));
  }
  for (const a of statement.actions) {
    if (!isUnresolved(a.value) && !ACTION_FORM.test(a.value)) {
      const trimmed = a.value.trim() !== a.value ? ' Remove the surrounding whitespace.' : '';
      hits.push({
        message: `Action ${show(a.value)} is not of the form service:ApiName (e.g. "tcr:PullRepository", "tcr:Describe*", "name/tcr:*" or "*").${trimmed}`,
        path: a.path,
        value: a.value,
      });
    }
  }
  if (has(raw, 'principal')) hits.push(...checkPrincipal(own(raw, 'principal'), `${path}/principal`));
  if (has(raw, 'condition')) hits.push(...checkConditionShape(own(raw, 'condition'), `${path}/condition`));
  return hits;
}

/** `action`/`resource`: a string (string-not-array reports that) or a non-empty list of strings. */
function checkList(value: unknown, element: string, path: string, index: number): RuleHit[] {
  if (typeof value === 'string') return [];
  if (!Array.isArray(value)) return [{ message: `"${element}" must be a list of strings, got ${typeName(value)}.`, path }];
  if (value.length === 0) return [{ message: `"${element}" of statement ${index} is empty, so the statement applies to nothing; list at least one.`, path }];
  const hits: RuleHit[] = [];
  value.forEach((v, i) => {
    if (typeof v !== 'string') hits.push({ message: `Every "${element}" entry must be a string, got ${typeName(v)}.`, path: `${path}/${i}` });
  });
  return hits;
}

function checkPrincipal(value: unknown, path: string): RuleHit[] {
  if (!isObject(value)) return [{ message: `"principal" must be an object {"qcs": [ … ]}, got ${typeName(value)}.`, path }];
  const hits = unknownElements(value, ['qcs'], path, 'in "principal"');
  if (!has(value, 'qcs')) return hits;
  const qcs = own(value, 'qcs');
  if (typeof qcs === 'string') return hits;
  if (!Array.isArray(qcs) || qcs.length === 0) {
    hits.push({ message: `"principal.qcs" must be a non-empty list of strings, got ${Array.isArray(qcs) ? 'an empty list' : typeName(qcs)}.`, path: `${path}/qcs` });
  } else {
    qcs.forEach((v, i) => {
      if (typeof v !== 'string') hits.push({ message: `Every "principal.qcs" entry must be a string, got ${typeName(v)}.`, path: `${path}/qcs/${i}` });
    });
  }
  return hits;
}

/** The condition's shape; operators and values are invalid-condition's business. */
function checkConditionShape(value: unknown, path: string): RuleHit[] {
  if (!isObject(value)) return [{ message: `"condition" must be an object {"<operator>": {"<key>": <value>}}, got ${typeName(value)}.`, path }];
  const hits: RuleHit[] = [];
  for (const operator of Object.keys(value)) {
    const block = value[operator];
    if (!isObject(block)) {
      hits.push({ message: `Condition operator ${show(operator)} must map to an object {"<key>": <value>}, got ${typeName(block)}.`, path: path + pointer(operator) });
    }
  }
  return hits;
}

/** Keys other than `allowed`; a case variant of an allowed one gets the lowercase spelling. */
function unknownElements(obj: JsonObject, allowed: readonly string[], path: string, where: string): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const key of Object.keys(obj)) {
    if (allowed.includes(key)) continue;
    const lower = key.toLowerCase();
    const message = allowed.includes(lower)
      ? `Element ${show(key)} ${where} must be lowercase: write "${lower}".`
      : `Unknown element ${show(key)} ${where}; CAM knows ${allowed.map((a) => `"${a}"`).join(', ')}.`;
    hits.push({ message, path: path + pointer(key), value: key });
  }
  return hits;
}

function hasCaseVariant(obj: JsonObject, key: string): boolean {
  return Object.keys(obj).some((k) => k !== key && k.toLowerCase() === key);
}

/** A value for a message; containers by type only (printing a deeply nested one could overflow the stack). */
function describe(value: unknown): string {
  if (typeof value === 'string') return show(value);
  return typeof value === 'object' && value !== null ? typeName(value) : `${typeName(value)} (${String(value)})`;
}

function valueOf(value: unknown): { value?: string } {
  return typeof value === 'string' ? { value } : {};
}
