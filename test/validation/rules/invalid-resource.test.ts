import { lintPolicy } from '../../../lib';
import { allow, doc, findingsOf, isToken, ruleIds, TOKEN } from '../lint-helpers';

const pull = (resource: string) => doc(allow(['tcr:PullRepository'], [resource]));

describe('invalid-resource', () => {
  test.each([
    ['not six segments', 'tcr:::repository/tcr-abc123/ns/app', 'six-segment'],
    ['a project', 'qcs:1:tcr:::repository/tcr-abc123/ns/app', 'project segment "1" must be empty'],
    ['an unknown service', 'qcs::tcrr:::repository/tcr-abc123/ns/app', 'did you mean "tcr"?'],
    ['a legacy region', 'qcs::tcr:gz::repository/tcr-abc123/ns/app', 'region "gz"'],
    ['an account without uin/', 'qcs::tcr::100000000001:repository/tcr-abc123/ns/app', 'account "100000000001"'],
    ['an empty uin', 'qcs::tcr::uin/:repository/tcr-abc123/ns/app', 'account "uin/"'],
    ['an empty path segment', 'qcs::tcr:::repository/tcr-abc123//*', 'empty segment'],
    ['a trailing slash', 'qcs::tcr:::repository/tcr-abc123/ns/', 'empty segment'],
    ['an unknown tcr type', 'qcs::tcr:::repositry/tcr-abc123/ns/app', 'did you mean "repository"?'],
    ['no type', 'qcs::tcr:::tcr-abc123', '<type>/<path>'],
    ['whitespace around *', ' *', 'whitespace'],
  ])('non-compliant: %s', (_case, resource, text) => {
    const findings = findingsOf('invalid-resource', pull(resource));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: '/statement/0/resource/0', value: resource, severity: 'error' });
    expect(findings[0].message).toContain(text);
  });

  test('non-compliant: exactly the invalid-resource rule for a bad region', () => {
    expect(ruleIds(pull('qcs::tcr:guangzhou::repository/tcr-abc123/ns/app'))).toEqual(['invalid-resource']);
  });

  test('compliant: "*", full names, empty region and account, policy variables, other services of the statement', () => {
    const text = doc(
      allow(['tcr:PullRepository'], [
        'qcs::tcr:ap-shanghai-fsi:uin/100000000001:repository/tcr-abc123/ns/app',
        'qcs::tcr:::repository/tcr-abc123/ns/*',
        'qcs::tcr::uin/${owner_uin}:repository/tcr-abc123/ns/app',
      ]),
      allow(['cos:GetObject'], ['qcs::cos:ap-guangzhou:uid/1250000000:prefix//1250000000/bucket1/*']),
      allow(['tcr:DescribeInstances'], ['*']),
    );
    expect(ruleIds(text)).toEqual([]);
  });

  test('a Terraform token is never flagged, but the rest of the resource still is', () => {
    expect(ruleIds(pull(`qcs::tcr:${TOKEN}::repository/${TOKEN}/ns/app`), { isUnresolved: isToken })).toEqual([]);
    expect(ruleIds(pull(TOKEN), { isUnresolved: isToken })).toEqual([]);
    const [f] = lintPolicy(pull(`qcs::tcr:gz::repository/${TOKEN}/ns/app`), { isUnresolved: isToken });
    expect(f.ruleId).toBe('invalid-resource');
    expect(f.message).toContain('region "gz"');
  });
});
