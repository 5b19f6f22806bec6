import { getAction, lintPolicy } from '../../../lib';
import { allow, deny, doc, isToken, ruleIds, TOKEN } from '../lint-helpers';

const INSTANCE = ['qcs::tcr:ap-guangzhou::instance/tcr-abc123'];

describe('operation-level-scoped', () => {
  beforeAll(() => {
    // The catalog (https://www.tencentcloud.com/document/product/598/57160) is the source of truth for the granularity.
    expect(getAction('tcr:DescribeInstances')?.granularity).toBe('operation');
    expect(getAction('tcr:DescribeInstanceStatus')?.granularity).toBe('resource');
  });

  test('non-compliant: an operation-level API allowed on a specific instance', () => {
    const text = doc(allow(['tcr:DescribeInstanceStatus', 'tcr:DescribeInstances'], INSTANCE));
    expect(ruleIds(text)).toEqual(['operation-level-scoped']);
    const [f] = lintPolicy(text);
    expect(f).toMatchObject({ path: '/statement/0/action/1', value: 'tcr:DescribeInstances', severity: 'error' });
    expect(f.message).toContain('separate statement with "resource": ["*"]');
  });

  test('compliant: the operation-level API in its own statement on "*"', () => {
    expect(ruleIds(doc(allow(['tcr:DescribeInstanceStatus'], INSTANCE), allow(['tcr:DescribeInstances'], ['*'])))).toEqual([]);
  });

  test('non-compliant: a token inside a six-segment name cannot make it "*"', () => {
    expect(ruleIds(doc(allow(['tcr:DescribeInstances'], [`qcs::tcr:::instance/${TOKEN}`])), { isUnresolved: isToken })).toEqual(['operation-level-scoped']);
  });

  test('not applicable: deny statements, and resources that are tokens (they may be "*")', () => {
    expect(ruleIds(doc(deny(['tcr:DescribeInstances'], INSTANCE)))).toEqual([]);
    expect(ruleIds(doc(allow(['tcr:DescribeInstances'], [TOKEN])), { isUnresolved: isToken })).toEqual([]);
  });
});
