import { getAction, lintPolicy, matchActions } from '../../../lib';
import { allow, deny, doc, ruleIds } from '../lint-helpers';

const OFFICE = { ip_equal: { 'qcs:ip': ['203.0.113.0/24'] } };
const REPO = ['qcs::tcr:::repository/tcr-abc123/ns/app'];

describe('ip-condition-unsupported', () => {
  beforeAll(() => {
    // Seed 000: pulls cannot be IP-restricted; instance token APIs can.
    expect(getAction('tcr:PullRepository')?.ipRestriction).toBe(false);
    expect(getAction('tcr:CreateInstanceToken')?.ipRestriction).toBe(true);
  });

  test('non-compliant: a qcs:ip condition on a pull', () => {
    const text = doc(allow(['tcr:PullRepository'], REPO, { condition: OFFICE }));
    expect(ruleIds(text)).toEqual(['ip-condition-unsupported']);
    expect(lintPolicy(text)[0]).toMatchObject({ severity: 'warning', path: '/statement/0/action/0', value: 'tcr:PullRepository' });
  });

  test('non-compliant: a wildcard lists the unsupported APIs it covers; a deny too', () => {
    const unsupported = matchActions('tcr:Pull*').filter((a) => !a.ipRestriction).map((a) => a.name);
    const [f] = lintPolicy(doc(deny(['tcr:Pull*'], REPO, { condition: { ip_not_equal: { 'qcs:ip': ['203.0.113.0/24'] } } })));
    expect(f.ruleId).toBe('ip-condition-unsupported');
    for (const name of unsupported) expect(f.message).toContain(name);
  });

  test('compliant: supported APIs under the condition, and unsupported ones without it', () => {
    const text = doc(
      allow(['tcr:CreateInstanceToken'], ['qcs::tcr:::instance/tcr-abc123'], { condition: OFFICE }),
      allow(['tcr:PullRepository'], REPO),
    );
    expect(ruleIds(text)).toEqual([]);
  });
});
