import { lintInputs } from '../../../lib/validation/lint-policy';

describe('duplicate-policy-name', () => {
  test('non-compliant: the name is already used', () => {
    const [f] = lintInputs({ policyName: 'team-a', policyNameUsedBy: 'stack/A' });
    expect(f).toMatchObject({ ruleId: 'duplicate-policy-name', severity: 'error', prop: 'policyName', value: 'team-a' });
    expect(f.message).toContain('"team-a" is already used by stack/A');
  });

  test('compliant: a name nobody else uses', () => {
    expect(lintInputs({ policyName: 'team-a' })).toEqual([]);
  });
});
