import { lintPolicy } from '../../../lib';
import { allow, doc, findingsOf, isToken, ruleIds, TOKEN } from '../lint-helpers';

const withCondition = (condition: unknown) => doc(allow(['tcr:DescribeInstances'], ['*'], { condition }));

describe('invalid-condition', () => {
  test.each([
    ['an unknown operator', { ip_equals: { 'qcs:ip': '10.0.0.1' } }, '/statement/0/condition/ip_equals', 'did you mean "ip_equal"?'],
    ['an uppercase operator', { IP_EQUAL: { 'qcs:ip': '10.0.0.1' } }, '/statement/0/condition/IP_EQUAL', 'did you mean "ip_equal"?'],
    ['qcs:ip not an IP', { ip_equal: { 'qcs:ip': '10.0.0' } }, '/statement/0/condition/ip_equal/qcs:ip', 'IP address or CIDR'],
    ['a CIDR prefix over 32', { ip_not_equal: { 'qcs:ip': ['10.0.0.0/8', '10.0.0.0/33'] } }, '/statement/0/condition/ip_not_equal/qcs:ip/1', 'CIDR'],
    ['a date that is no date', { date_less_than: { 'qcs:current_time': '2022-13-01' } }, '/statement/0/condition/date_less_than/qcs:current_time', 'ISO 8601'],
    ['a number that is no number', { numeric_equal: { 'cvm:cpu': 'four' } }, '/statement/0/condition/numeric_equal/cvm:cpu', 'a number'],
    ['a tag without &', { string_equal: { 'qcs:resource_tag': 'team' } }, '/statement/0/condition/string_equal/qcs:resource_tag', 'tagkey&tagvalue'],
    ['a wrongly cased key', { ip_equal: { 'qcs:IP': '10.0.0.1' } }, '/statement/0/condition/ip_equal/qcs:IP', 'must be written "qcs:ip"'],
    ['an empty list of values', { string_equal: { 'qcs:request_tag': [] } }, '/statement/0/condition/string_equal/qcs:request_tag', 'never match'],
  ])('non-compliant: %s', (_case, condition, path, text) => {
    const t = withCondition(condition);
    expect(ruleIds(t)).toEqual(['invalid-condition']);
    const findings = findingsOf('invalid-condition', t);
    expect(findings).toHaveLength(1);
    expect(findings[0].path).toBe(path);
    expect(findings[0].message).toContain(text);
  });

  test('compliant: every operator family, qualifiers, _if_exist, IPv6, dates, policy variables and tokens', () => {
    const t = withCondition({
      'ip_equal': { 'qcs:ip': ['10.0.0.0/8', '192.168.1.1', '2001:db8::/32'] },
      'date_less_than': { 'qcs:current_time': '2022-05-31 00:00:00' },
      'date_greater_than_equal': { 'qcs:current_time': '2022-05-31T00:00:00Z' },
      'for_any_value:string_equal': { 'qcs:resource_tag': ['team&payments'] },
      'string_equal_if_exist': { 'qcs:request_tag': ['env&prod'] },
      'string_like': { 'cos:content-type': 'image/*' },
      'numeric_greater_than_if_exist': { 'cvm:cpu': 4 },
      'bool_equal': { 'cvm:ssd': true },
      'string_not_equal': { 'qcs:create_uin': ['${uin}', TOKEN] },
    });
    expect(ruleIds(t, { isUnresolved: isToken })).toEqual([]);
  });

  test('an unknown operator is reported once, not per key', () => {
    expect(lintPolicy(withCondition({ ip_equals: { 'qcs:ip': '10.0.0.1', 'qcs:other': 'x' } }))).toHaveLength(1);
  });
});
