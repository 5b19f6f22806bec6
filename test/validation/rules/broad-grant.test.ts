import { lintPolicy } from '../../../lib';
import { allow, deny, doc, ruleIds } from '../lint-helpers';

describe('broad-grant', () => {
  test.each([['tcr:*'], ['name/ccr:*'], ['*']])('non-compliant: %s on "*"', (action) => {
    const text = doc(allow([action], ['*']));
    expect(ruleIds(text)).toEqual(['broad-grant']);
    expect(lintPolicy(text)[0]).toMatchObject({ severity: 'warning', path: '/statement/0/action/0', value: action });
  });

  test('compliant: tcr:* scoped to an instance (operation-level warning aside), a narrower wildcard on "*", a deny', () => {
    expect(ruleIds(doc(allow(['tcr:*'], ['qcs::tcr:::instance/tcr-abc123'])))).not.toContain('broad-grant');
    expect(ruleIds(doc(allow(['tcr:Describe*', 'tcr:PullRepository*'], ['*'])))).toEqual([]);
    expect(ruleIds(doc(deny(['tcr:*'], ['*'])))).toEqual([]);
  });
});
