import { lintPolicy, matchActions } from '../../../lib';
import { allow, doc, ruleIds } from '../lint-helpers';

const INSTANCE = ['qcs::tcr:::instance/tcr-xxxxxxxx'];

describe('operation-level-via-wildcard', () => {
  test('non-compliant: tcr:DescribeInstance* on one instance lists the operation-level APIs it covers', () => {
    const expected = matchActions('tcr:DescribeInstance*').filter((a) => a.granularity === 'operation').map((a) => a.name);
    expect(expected.length).toBeGreaterThan(0);
    const text = doc(allow(['tcr:DescribeInstance*'], INSTANCE));
    expect(ruleIds(text)).toEqual(['operation-level-via-wildcard']);
    const [f] = lintPolicy(text);
    expect(f).toMatchObject({ severity: 'warning', path: '/statement/0/action/0', value: 'tcr:DescribeInstance*' });
    for (const name of expected) expect(f.message).toContain(name);
  });

  test('compliant: the same wildcard on "*", or a wildcard covering only resource-level APIs', () => {
    expect(matchActions('tcr:PullRepository*').every((a) => a.granularity === 'resource')).toBe(true);
    expect(ruleIds(doc(allow(['tcr:DescribeInstance*'], ['*'])))).toEqual([]);
    expect(ruleIds(doc(allow(['tcr:PullRepository*'], ['qcs::tcr:::repository/tcr-xxxxxxxx/*'])))).toEqual([]);
  });
});
