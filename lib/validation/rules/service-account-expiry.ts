import { defineRuleInfo } from '../rule';

/** A TCR service account without an expiry, or with an invalid one. Reported by `TcrServiceAccount` on its props. */
export const serviceAccountExpiry = defineRuleInfo({
  id: 'service-account-expiry',
  severity: 'error',
  title: 'A TCR service account has no expiry, or an invalid one',
  explanation: 'A service account\'s password is a shared robot credential: its permissions prevail over CAM and its use cannot ' +
    'be traced to a person (https://www.tencentcloud.com/document/product/1051/54627). One that never expires by omission stays ' +
    'valid long after the pipeline that needed it is gone.',
  fix: 'Set expiresInDays (a whole number of days) and rotate the account, or neverExpires: true when it is meant to live until deleted.',
});
