import { lintPolicy, simulate } from '../../lib';
import { parseIp, readCidr } from '../../lib/policy/cidr';
import { checkGrantConditions } from '../../lib/scenarios/grant-conditions';
import { allow, doc } from '../validation/lint-helpers';

/**
 * One reading of `qcs:ip` values: the prop check (allowedSourceIps), lint (invalid-condition) and the simulator
 * (a value it cannot read never grants) accept exactly the same values, on every generated input.
 */
const ADDRESSES = [
  '10.0.0.0', '10.1.2.3', '203.0.113.7', '0.0.0.0', '255.255.255.255', '010.0.0.1', '10.0.0', '256.0.0.1', ' 10.0.0.1',
  '2001:db8::', '2001:db8::1', '::', '::1', 'fe80::1', 'fe80::1%eth0', 'fe80::%1', '::ffff:10.1.2.3', '::ffff:10.0.0.0',
  '::ffff:1.2.3', '1::2::3', '2001:DB8::', 'x',
];
const SUFFIXES = ['', '/0', '/8', '/08', '/24', '/32', '/33', '/96', '/104', '/120', '/128', '/129', '/', '/8 ', '/-1', '/8/8'];
const VALUES = ADDRESSES.flatMap((a) => SUFFIXES.map((s) => a + s));

function propAccepts(value: string): boolean {
  return checkGrantConditions({ allowedSourceIps: [value] }).length === 0;
}

function lintAccepts(value: string): boolean {
  const text = doc(allow(['tcr:DescribeInstances'], ['*'], { condition: { ip_equal: { 'qcs:ip': [value] } } }));
  return !lintPolicy(text).some((f) => f.ruleId === 'invalid-condition');
}

/**
 * The simulator reads the value when a caller at the written address (inside its block, if any) is allowed, on an
 * API that honours qcs:ip (an operation-level one, on `*`).
 */
function simulatorAccepts(value: string): boolean {
  const address = value.split('/')[0].split('%')[0].trim();
  if (!parseIp(address)) return false;
  const text = doc(allow(['tcr:DescribeInstances'], ['*'], { condition: { ip_equal: { 'qcs:ip': [value] } } }));
  return simulate([text], { action: 'tcr:DescribeInstances', resource: '*', sourceIp: address }).decision === 'allow';
}

describe('prop check, lint and simulator read qcs:ip values alike', () => {
  test(`${VALUES.length} generated values`, () => {
    const disagreements = VALUES.map((v) => ({ v, prop: propAccepts(v), lint: lintAccepts(v), simulator: simulatorAccepts(v) }))
      .filter((r) => r.prop !== r.lint || r.lint !== r.simulator);
    expect(disagreements).toEqual([]);
    // The table covers both outcomes, including each documented edge.
    expect(VALUES.filter(propAccepts).length).toBeGreaterThan(40);
    expect(VALUES.filter((v) => !propAccepts(v)).length).toBeGreaterThan(200);
  });

  test.each([
    ['fe80::1%eth0', false, 'a zone id names an interface of the caller\'s host'],
    ['10.0.0.1/8', false, 'host bits set: block or address is undocumented'],
    ['010.0.0.1', false, 'leading zeros are octal to some parsers'],
    ['10.0.0.0/08', false, 'a prefix with a leading zero'],
    ['::ffff:10.0.0.0/104', true, 'IPv4-mapped: the IPv4 block 10.0.0.0/8'],
    ['::ffff:10.0.0.0/95', false, 'IPv4-mapped prefix below 96'],
    ['2001:db8::/32', true, 'IPv6 block'],
  ])('%s → accepted %s (%s)', (value, accepted) => {
    expect([propAccepts(value), lintAccepts(value), simulatorAccepts(value)]).toEqual([accepted, accepted, accepted]);
  });

  test('an IPv4-mapped block is the IPv4 block it maps, for the simulator too', () => {
    expect(readCidr('::ffff:10.0.0.0/104').block).toEqual(readCidr('10.0.0.0/8').block);
    const text = doc(allow(['tcr:DescribeInstances'], ['*'], { condition: { ip_equal: { 'qcs:ip': ['::ffff:10.0.0.0/104'] } } }));
    expect(simulate([text], { action: 'tcr:DescribeInstances', resource: '*', sourceIp: '10.9.8.7' }).decision).toBe('allow');
    expect(simulate([text], { action: 'tcr:DescribeInstances', resource: '*', sourceIp: '11.9.8.7' }).decision).toBe('implicit-deny');
  });

  test('a refused value in a deny still denies (fail-closed)', () => {
    const text = doc(
      allow(['tcr:DescribeInstances'], ['*']),
      { effect: 'deny', action: ['tcr:DescribeInstances'], resource: ['*'], condition: { ip_equal: { 'qcs:ip': ['10.0.0.1/8'] } } },
    );
    expect(simulate([text], { action: 'tcr:DescribeInstances', resource: '*', sourceIp: '192.0.2.1' }).decision).not.toBe('allow');
  });
});
