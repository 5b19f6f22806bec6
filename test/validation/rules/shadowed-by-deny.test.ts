import { lintPolicy } from '../../../lib';
import { allow, deny, doc, ruleIds } from '../lint-helpers';

const NS = 'qcs::tcr:::repository/tcr-abc123/ns';

describe('shadowed-by-deny', () => {
  test('non-compliant: every pair denied, by a wildcard deny', () => {
    const text = doc(allow(['tcr:PullRepository', 'tcr:PushRepository'], [`${NS}/app`, `${NS}/web`]), deny(['tcr:*'], [`${NS}/*`]));
    expect(ruleIds(text)).toEqual(['shadowed-by-deny']);
    const [f] = lintPolicy(text);
    expect(f).toMatchObject({ severity: 'warning', path: '/statement/0' });
    expect(f.message).toContain('denied by statement 1');
  });

  test('non-compliant: pairs covered by two different denies', () => {
    const text = doc(
      allow(['tcr:PullRepository', 'tcr:PushRepository'], [`${NS}/app`]),
      deny(['tcr:PullRepository'], ['*']),
      deny(['tcr:Push*'], [`${NS}/*`]),
    );
    expect(lintPolicy(text).find((f) => f.ruleId === 'shadowed-by-deny')?.message).toContain('denied by statement 1, 2');
  });

  test('compliant: one pair left, a conditional deny, or a deny narrower than the allow wildcard', () => {
    expect(ruleIds(doc(allow(['tcr:PullRepository', 'tcr:PushRepository'], [`${NS}/app`]), deny(['tcr:PushRepository'], ['*'])))).toEqual([]);
    expect(ruleIds(doc(
      allow(['tcr:PullRepository'], [`${NS}/app`]),
      deny(['tcr:*'], ['*'], { condition: { date_greater_than: { 'qcs:current_time': '2030-01-01 00:00:00' } } }),
    ))).toEqual([]);
    expect(ruleIds(doc(allow(['tcr:Pull*'], [`${NS}/app`]), deny(['tcr:PullRepository'], ['*'])))).toEqual([]);
  });
});
