import { lintPolicy } from '../../../lib';
import { allow, doc, ruleIds } from '../lint-helpers';

describe('string-not-array', () => {
  test('non-compliant: a string resource, even "*"', () => {
    const text = doc({ effect: 'allow', action: ['tcr:Describe*'], resource: '*' });
    expect(ruleIds(text)).toEqual(['string-not-array']);
    const [f] = lintPolicy(text);
    expect(f).toMatchObject({ path: '/statement/0/resource', value: '*', severity: 'error' });
    expect(f.message).toContain('Write ["*"]');
  });

  test('non-compliant: a string action and a string principal.qcs', () => {
    const text = doc({
      effect: 'allow',
      action: 'ccr:CreateRepository',
      resource: ['qcs::ccr:::repo/foo/*'],
      principal: { qcs: 'qcs::cam::uin/100000000001:uin/100000000002' },
    });
    expect(ruleIds(text)).toEqual(['string-not-array']);
    expect(lintPolicy(text).map((f) => f.path)).toEqual(['/statement/0/action', '/statement/0/principal/qcs']);
  });

  test('compliant: one-element lists', () => {
    expect(ruleIds(doc(allow(['ccr:CreateRepository'], ['qcs::ccr:::repo/foo/*'])))).toEqual([]);
  });
});
