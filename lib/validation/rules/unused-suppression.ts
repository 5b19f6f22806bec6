import { defineRuleInfo } from '../rule';

/**
 * A suppression that matched no finding. Reported by the engine after every rule ran (no check of
 * its own: it needs the other rules' findings).
 */
export const unusedSuppression = defineRuleInfo({
  id: 'unused-suppression',
  severity: 'warning',
  title: 'A suppression matches no finding',
  explanation: 'A suppression left behind after a fix, or with a mistyped ruleId or appliesTo, hides nothing today but would ' +
    'silently hide a future finding; and it may mean the finding it was meant for is still reported under another value.',
  fix: 'Remove the suppression, or correct its ruleId or appliesTo.',
});
