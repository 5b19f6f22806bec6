import type { Finding } from './finding';
import type { PropProblem } from './prop-check';
import type { RuleInfo } from './rule';
import { getRule, RuleId } from './rules';

/**
 * The finding of one of the library's rules about a prop: what scenarios, grant conditions and construct
 * attachments report. Takes the rule itself (its id and severity come from the registry, never a string).
 */
export function propFinding(rule: RuleInfo & { readonly id: RuleId }, prop: string, value: string, message: string): PropProblem {
  return { ruleId: rule.id, severity: rule.severity, message, path: '', prop, value };
}

/**
 * The finding of one of the library's rules named by id (its severity from the registry) about a value a
 * construct writes: what the construct adapters report for inputs checked as written and for attachments.
 */
export function ruleFinding(
  ruleId: RuleId, value: string, message: string, where: { readonly prop?: string; readonly constructPath: string },
): Finding {
  const { severity } = registered(ruleId);
  return { ruleId, severity, message, path: '', value, ...(where.prop !== undefined ? { prop: where.prop } : {}), constructPath: where.constructPath };
}

/** {@link propFinding} of a rule named by id. */
export function propFindingOf(ruleId: RuleId, prop: string, value: string, message: string): PropProblem {
  return propFinding(registered(ruleId), prop, value, message);
}

/** The registry's entry of a rule id. */
function registered(ruleId: RuleId): RuleInfo & { readonly id: RuleId } {
  const rule = getRule(ruleId);
  // A RuleId is a registry id by its type; only a cast could get here.
  if (!rule) throw new Error(`${ruleId} is not a rule of the registry`);
  return { ...rule, id: ruleId };
}
