/**
 * Suppressions: acknowledging a finding by rule id, optionally narrowed to one value, with a reason.
 * Suppressed findings are still reported (marked), never dropped; a suppression that matches nothing
 * is itself reported.
 */
import type { AppliedSuppression, Finding } from './finding';
import { closest } from './private/closest';
import { show } from './private/json-values';

/** An acknowledged finding. */
export interface Suppression {
  /** The rule id to suppress, e.g. `broad-grant`. */
  readonly ruleId: string;
  /** Why the finding is acceptable: at least 10 visible characters, shown wherever the suppressed finding is reported. */
  readonly reason: string;
  /**
   * Narrows the suppression to findings about this one value: an action (`tcr:*`), a resource, a name.
   * @default - every finding of the rule
   */
  readonly appliesTo?: string;
}

/** The shortest reason accepted. */
export const MIN_SUPPRESSION_REASON_LENGTH = 10;

/**
 * Rule ids no suppression can acknowledge: those about suppressions themselves (suppressing them would hide
 * a suppression mistake), and those whose finding means the output is broken, so that acknowledging it
 * would only hide a failing apply (text that is not a policy, a document CAM refuses for its length).
 */
export const UNSUPPRESSIBLE_RULE_IDS: readonly string[] = ['invalid-suppression', 'unused-suppression', 'invalid-json', 'invalid-syntax', 'document-too-long'];

/** The characters of a reason a reader sees: not whitespace, not invisible format characters (zero-width space, joiners, BOM). */
export function visibleLength(text: string): number {
  return [...text].filter((c) => !/[\s\p{Cf}\p{Cc}\p{Z}\p{M}]/u.test(c)).length;
}

/** What is wrong with a suppression (empty when it is valid); `ruleIds` are the ids it may name. */
export function checkSuppression(suppression: Suppression, ruleIds: readonly string[]): string[] {
  const problems: string[] = [];
  const { ruleId, reason, appliesTo } = suppression as { ruleId: unknown; reason: unknown; appliesTo: unknown };
  const label = typeof ruleId === 'string' ? `Suppression of ${show(ruleId)}` : 'Suppression';
  if (typeof ruleId !== 'string' || !ruleIds.includes(ruleId)) {
    const hint = typeof ruleId === 'string' ? closest(ruleId, ruleIds) : undefined;
    problems.push(`${label}: ${typeof ruleId === 'string' ? `there is no rule ${show(ruleId)}` : 'ruleId must be a rule id string'}.` +
      (hint ? ` Did you mean ${show(hint)}?` : ` Known rule ids: ${ruleIds.join(', ')}.`));
  } else if (UNSUPPRESSIBLE_RULE_IDS.includes(ruleId)) {
    problems.push(`${label}: ${ruleId} findings cannot be suppressed; fix or remove the suppression they are about.`);
  }
  if (typeof reason !== 'string' || visibleLength(reason) < MIN_SUPPRESSION_REASON_LENGTH) {
    const got = typeof reason === 'string' ? `got ${show(reason)} (${visibleLength(reason)} visible)` : 'got none';
    problems.push(`${label}: the reason must say in at least ${MIN_SUPPRESSION_REASON_LENGTH} visible characters (whitespace and ` +
      `zero-width characters do not count) why the finding is acceptable; ${got}.`);
  }
  if (appliesTo !== undefined && (typeof appliesTo !== 'string' || appliesTo === '')) {
    problems.push(`${label}: appliesTo must be the value to narrow to (an action, a resource or a name); leave it out to suppress every finding of the rule.`);
  }
  return problems;
}

/** Whether `suppression` acknowledges `finding`. */
export function suppressionMatches(suppression: Suppression, finding: Finding): boolean {
  return suppression.ruleId === finding.ruleId &&
    !UNSUPPRESSIBLE_RULE_IDS.includes(finding.ruleId) &&
    (suppression.appliesTo === undefined || suppression.appliesTo === finding.value);
}

/** Findings with suppressions applied, and whether each suppression matched at least one finding. */
export interface SuppressionResult {
  /** The findings in the same order; the suppressed ones carry `suppression` (the first that matched). */
  readonly findings: Finding[];
  /** `used[i]` tells whether `suppressions[i]` matched a finding. */
  readonly used: boolean[];
}

/** Applies valid suppressions (check them first with `checkSuppression`) to findings. */
export function applySuppressions(findings: readonly Finding[], suppressions: readonly AppliedSuppression[]): SuppressionResult {
  const used = suppressions.map(() => false);
  const out = findings.map((finding) => {
    if (finding.suppression) return finding;
    let first: AppliedSuppression | undefined;
    suppressions.forEach((s, i) => {
      if (!suppressionMatches(s, finding)) return;
      used[i] = true;
      first = first ?? s;
    });
    return first ? { ...finding, suppression: first } : finding;
  });
  return { findings: out, used };
}

/** The message of an `unused-suppression` finding. */
export function unusedSuppressionMessage(suppression: AppliedSuppression): string {
  const narrowed = suppression.appliesTo !== undefined ? ` for ${show(suppression.appliesTo)}` : '';
  const where = suppression.scope !== undefined ? ` under ${suppression.scope}` : '';
  return `Suppression of ${show(suppression.ruleId)}${narrowed}${where} matches no finding: remove it, or correct its ruleId or appliesTo (reason given: ${show(suppression.reason)}).`;
}
