import { defineRuleInfo } from '../rule';

/** `neverExpires: true` on a TCR service account. Reported by `TcrServiceAccount`; acknowledge it with a suppression. */
export const serviceAccountNeverExpires = defineRuleInfo({
  id: 'service-account-never-expires',
  severity: 'warning',
  title: 'A TCR service account never expires',
  explanation: 'The account\'s password stays valid until the account is disabled or deleted; its permissions prevail over CAM and ' +
    'its use cannot be traced to a person (https://www.tencentcloud.com/document/product/1051/54627).',
  fix: 'Use expiresInDays and rotate the account, or suppress the warning with the reason the robot must not expire.',
});
