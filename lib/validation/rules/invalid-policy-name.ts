import { checkDescription, checkPolicyName } from '../../policy/policy-name';
import { defineRule } from '../rule';
import type { RuleHit } from '../rule';

/** A policy name or description CAM rejects. */
export const invalidPolicyName = defineRule({
  id: 'invalid-policy-name',
  severity: 'error',
  title: 'The policy name or description breaks CAM\'s rules',
  explanation: 'CAM accepts policy names of 1-128 letters, digits and + = , . @ _ - and descriptions of at most 300 bytes; ' +
    'anything else fails the apply (PolicyNameError, DescriptionLengthOverlimit).',
  fix: 'Set policyName to 1-128 of A-Za-z0-9+=,.@_- and shorten the description to 300 bytes.',
  check({ options }) {
    const { policyName, description, isUnresolved } = options;
    const hits: RuleHit[] = [];
    if (policyName !== undefined && !isUnresolved(policyName)) {
      const problem = checkPolicyName(policyName);
      if (problem) hits.push({ message: `Invalid policyName: ${problem}`, path: '', prop: 'policyName', value: policyName });
    }
    if (description !== undefined && !isUnresolved(description)) {
      const problem = checkDescription(description);
      if (problem) hits.push({ message: `Invalid description: ${problem}`, path: '', prop: 'description', value: description });
    }
    return hits;
  },
});
