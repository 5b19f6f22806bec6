import { defineRuleInfo } from '../rule';

/** `allowedSourceIps` on a grant that includes APIs ignoring `qcs:ip`. Reported by the constructs on their props. */
export const ipUnsupportedApis = defineRuleInfo({
  id: 'ip-unsupported-apis',
  severity: 'error',
  title: 'allowedSourceIps would leave APIs of the grant unrestricted by source IP',
  explanation: 'The CAM API list for TCR (https://www.tencentcloud.com/document/product/598/57160) marks IP restriction "not supported" for many TCR APIs (pull and push among them, and every CCR ' +
    'API): a qcs:ip condition does not restrict them, so the grant would read as IP-restricted and not be. A construct ' +
    'refuses this unless told what to do with those APIs.',
  fix: 'Set ipUnsupportedApis: IpUnsupportedApis.ALLOW_WITHOUT_CONDITION to grant the listed APIs without the condition, or drop allowedSourceIps.',
});
