import { defineRuleInfo } from '../rule';

/**
 * A policy construct attached twice to the same user, group or role. Reported by the constructs (no
 * document check: it is about the attach calls).
 */
export const duplicateAttachment = defineRuleInfo({
  id: 'duplicate-attachment',
  severity: 'error',
  title: 'A policy is attached twice to the same user, group or role',
  explanation: 'Two attachment resources for one policy and one principal have the same Terraform-side identity ' +
    '(<principal>#<policy id>): the second fails the apply or fights the first on every plan. The second call creates nothing.',
  fix: 'Remove the repeated attachTo… call (with a Terraform reference, two references to the same resource count as the same principal).',
});
