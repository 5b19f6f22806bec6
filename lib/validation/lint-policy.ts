import type { Finding } from './finding';
import type { LintOptions, ResolvedLintOptions } from './lint-options';
import { readPolicyText, viewPolicy } from '../policy/policy-view';
import { runRules } from './private/engine';
import { typeName } from './private/json-values';
import type { Rule, RuleContext } from './rule';
import { LINT_RULES, RULES } from './rules';
import { applySuppressions, checkSuppression, unusedSuppressionMessage } from './suppression';
import { jsonErrorAt } from '../policy/json/syntax-error';

/**
 * Lints the raw JSON text of a CAM policy document (as a user would paste it) and returns every
 * finding, in rule order. Never throws: malformed JSON is an `invalid-json` finding with line and
 * column, and a rule that crashes becomes a finding.
 *
 * @param document the JSON text of the policy
 * @param options inputs to check with it (policy name, description, names), suppressions, placeholders
 * @returns the findings; suppressed ones carry `suppression`
 */
export function lintPolicy(document: string, options: LintOptions = {}): Finding[] {
  const resolved = resolve(options);
  const context: RuleContext = typeof document === 'string'
    ? parse(document, resolved)
    : { jsonError: jsonErrorAt('', 0, `expected the policy document as JSON text (a string), got ${typeName(document)}`), options: resolved };
  return suppress(runRules(options.rules ?? LINT_RULES, context, options.constructPath), resolved, options.constructPath);
}

/**
 * Lints a document this library rendered from its own model (`PolicyDocument.render`, no token resolved into
 * the text): the same findings as {@link lintPolicy}, read with the platform's JSON parser, because
 * `JSON.stringify` writes no syntax error, no repeated member and no nesting past the reader's limit, which
 * are all the one reader adds. A text from anywhere else must go through `lintPolicy`.
 */
export function lintRenderedPolicy(document: string, options: LintOptions = {}): Finding[] {
  const resolved = resolve(options);
  const context: RuleContext = { document: viewPolicy(document, JSON.parse(document)), options: resolved };
  return suppress(runRules(options.rules ?? LINT_RULES, context, options.constructPath), resolved, options.constructPath);
}

/**
 * Checks only the inputs of a policy (names, policy name, description), without a document: what a
 * construct runs on its props before it renders anything.
 */
export function lintInputs(inputs: LintOptions): Finding[] {
  const resolved = resolve(inputs);
  return suppress(runRules(inputs.rules ?? LINT_RULES, { options: resolved }, inputs.constructPath), resolved, inputs.constructPath);
}

/** The ids a suppression may name, per rule list: computed once, not for each of thousands of documents. */
const RULE_IDS = new WeakMap<readonly Rule[], readonly string[]>();

function resolve(options: LintOptions): ResolvedLintOptions {
  const rules = options.rules ?? LINT_RULES;
  let ruleIds = RULE_IDS.get(rules);
  if (!ruleIds) {
    ruleIds = Object.freeze([...new Set([...rules.map((r) => r.id), ...RULES.map((r) => r.id)])]);
    RULE_IDS.set(rules, ruleIds);
  }
  return {
    ...options,
    isUnresolved: options.isUnresolved ?? (() => false),
    suppressions: options.suppressions ?? [],
    ruleIds,
  };
}

function parse(text: string, options: ResolvedLintOptions): RuleContext {
  const read = readPolicyText(text);
  return read.error ? { jsonError: read.error, options } : { document: read.document, options };
}

/** Applies the valid suppressions and adds an `unused-suppression` finding for each that matched nothing. */
function suppress(findings: Finding[], options: ResolvedLintOptions, constructPath?: string): Finding[] {
  const valid = options.suppressions.filter((s) => checkSuppression(s, options.ruleIds).length === 0);
  if (valid.length === 0) return findings;
  const result = applySuppressions(findings, valid);
  const unused: Finding[] = valid
    .filter((_, i) => !result.used[i])
    .map((s) => ({
      ruleId: 'unused-suppression',
      severity: 'warning',
      message: unusedSuppressionMessage(s),
      path: '',
      value: s.ruleId,
      ...(constructPath !== undefined ? { constructPath } : {}),
    }));
  return [...result.findings, ...unused];
}
