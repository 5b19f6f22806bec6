import type { PropProblem } from './prop-check';
import type { RuleInfo } from './rule';
import type { RuleId } from './rules';

/**
 * The finding of one of the library's rules about a prop: what scenarios, grant conditions and construct
 * attachments report. Takes the rule itself (its id and severity come from the registry, never a string).
 */
export function propFinding(rule: RuleInfo & { readonly id: RuleId }, prop: string, value: string, message: string): PropProblem {
  return { ruleId: rule.id, severity: rule.severity, message, path: '', prop, value };
}
