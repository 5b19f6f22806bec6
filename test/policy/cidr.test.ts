import { checkCidr } from '../../lib';

describe('checkCidr', () => {
  test.each(['10.0.0.0/8', '203.0.113.7', '203.0.113.7/32', '0.0.0.0/0', '2001:db8::/32', '2001:db8::1', '::/0', '::ffff:198.51.100.0/120'])('accepts %s', (v) => {
    expect(checkCidr(v)).toBeUndefined();
  });

  test.each([
    ['abc', 'is not an IP address or CIDR block'],
    ['10.0.0', 'is not an IP address or CIDR block'],
    ['10.0.0.0/33', 'an IPv4 block takes 0-32'],
    ['2001:db8::/129', 'an IPv6 block takes 0-128'],
    ['10.0.0.0/', 'has the prefix length ""'],
    ['10.0.0.0/8 ', 'has the prefix length "8 "'],
    ['fe80::1%eth0', 'is not an IP address'],
    ['', 'is not an IP address'],
  ])('refuses %j: %s', (v, text) => {
    expect(checkCidr(v)).toContain(text);
    expect(checkCidr(v)).toContain(JSON.stringify(v));
  });

  test('a block with host bits set names both readings', () => {
    expect(checkCidr('10.1.2.3/8')).toBe('"10.1.2.3/8" has host bits set, so it means the whole block 10.0.0.0/8. Write 10.0.0.0/8 for the block, or 10.1.2.3/32 (or 10.1.2.3) for the one address.');
    expect(checkCidr('2001:db8::1/32')).toContain('the whole block 2001:db8::/32');
    expect(checkCidr('2001:db8::1/32')).toContain('2001:db8::1/128');
  });
});
