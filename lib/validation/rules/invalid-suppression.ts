import { defineRule } from '../rule';
import type { RuleHit } from '../rule';
import { checkSuppression } from '../suppression';

/** A suppression without a proper reason or naming no rule. */
export const invalidSuppression = defineRule({
  id: 'invalid-suppression',
  severity: 'error',
  title: 'A suppression has no proper reason or names no rule',
  explanation: 'A suppression is an audited decision: it must name an existing rule id and say in at least 10 characters ' +
    'why the finding is acceptable. An invalid suppression is not applied.',
  fix: 'Give the suppression an existing ruleId and a reason of at least 10 characters.',
  check({ options }) {
    const hits: RuleHit[] = [];
    options.suppressions.forEach((s, i) => {
      for (const problem of checkSuppression(s, options.ruleIds)) {
        hits.push({ message: problem, path: '', prop: `suppressions[${i}]`, ...(typeof s.ruleId === 'string' ? { value: s.ruleId } : {}) });
      }
    });
    return hits;
  },
});
