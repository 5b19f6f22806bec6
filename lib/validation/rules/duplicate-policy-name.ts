import { show } from '../private/json-values';
import { defineRule } from '../rule';

/** Two policies of one stack with the same name. */
export const duplicatePolicyName = defineRule({
  id: 'duplicate-policy-name',
  severity: 'error',
  title: 'Two policies use the same name',
  explanation: 'CAM policy names are unique per account: the second policy with a name fails the apply (PolicyNameInUse).',
  fix: 'Give one of the constructs a distinct policyName.',
  check({ options }) {
    const { policyName, policyNameUsedBy } = options;
    if (policyName === undefined || policyNameUsedBy === undefined) return [];
    return [{
      message: `Invalid policyName: ${show(policyName)} is already used by ${policyNameUsedBy}; CAM policy names are unique per account. Set a distinct policyName.`,
      path: '',
      prop: 'policyName',
      value: policyName,
    }];
  },
});
