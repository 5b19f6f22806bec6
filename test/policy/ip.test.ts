import { inBlock, parseCidr, parseIp } from '../../lib/policy/cidr';

const inside = (ip: string, cidr: string) => inBlock(parseIp(ip)!, parseCidr(cidr)!);

describe('IP addresses and CIDR blocks', () => {
  test.each([
    ['10.0.0.0', '10.0.0.0/8', true],
    ['10.255.255.255', '10.0.0.0/8', true],
    ['9.255.255.255', '10.0.0.0/8', false],
    ['11.0.0.0', '10.0.0.0/8', false],
    ['192.168.1.0', '192.168.1.0/24', true],
    ['192.168.1.255', '192.168.1.0/24', true],
    ['192.168.0.255', '192.168.1.0/24', false],
    ['192.168.2.0', '192.168.1.0/24', false],
    ['203.0.113.7', '203.0.113.7', true],
    ['203.0.113.8', '203.0.113.7', false],
    ['203.0.113.7', '203.0.113.7/32', true],
    ['1.2.3.4', '0.0.0.0/0', true],
    ['255.255.255.255', '128.0.0.0/1', true],
    ['127.255.255.255', '128.0.0.0/1', false],
    // Host bits in the block are ignored, as in every CIDR parser.
    ['10.217.182.9', '10.217.182.3/24', true],
    ['2001:db8::1', '2001:db8::/32', true],
    ['2001:db9::1', '2001:db8::/32', false],
    ['2001:db8:ffff:ffff:ffff:ffff:ffff:ffff', '2001:db8::/32', true],
    ['::1', '::1', true],
    ['::2', '::1/128', false],
    ['fe80::1', '::/0', true],
    // IPv4-mapped IPv6 is the IPv4 address.
    ['::ffff:10.1.2.3', '10.0.0.0/8', true],
    ['10.1.2.3', '::ffff:10.0.0.0/104', true],
    ['11.1.2.3', '::ffff:10.0.0.0/104', false],
    // Families never match each other.
    ['10.0.0.1', '::/0', false],
    ['::1', '0.0.0.0/0', false],
  ])('%s in %s → %s', (ip, cidr, expected) => {
    expect(inside(ip, cidr)).toBe(expected);
  });

  test.each([
    '', '10.0.0', '10.0.0.0.0', '256.0.0.1', '10.0.0.01', '010.0.0.1', '10.0.0.-1', '10..0.1', 'a.b.c.d', ' 10.0.0.1',
    '10.0.0.1 ', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '1::2::3', 'fe80::1%eth0', '12345::1', 'g::1', '::ffff:1.2.3',
  ])('%j is not an address', (text) => {
    expect(parseIp(text)).toBeUndefined();
  });

  test.each(['10.0.0.0/33', '10.0.0.0/-1', '10.0.0.0/', '10.0.0.0/08', '10.0.0.0/8/8', '10.0.0.0/a', '::/129', '::ffff:10.0.0.0/95', 'x/8'])(
    '%j is not a block', (text) => {
      expect(parseCidr(text)).toBeUndefined();
    },
  );

  test('parses the full forms', () => {
    expect(parseIp('192.168.1.2')).toEqual({ family: 4, words: [0xc0a80102] });
    expect(parseIp('2001:db8::8a2e:370:7334')).toEqual({ family: 6, words: [0x20010db8, 0, 0x8a2e, 0x03707334] });
    expect(parseIp('::ffff:192.168.1.2')).toEqual({ family: 4, words: [0xc0a80102] });
    expect(parseCidr('10.1.2.3/8')).toEqual({ family: 4, words: [0x0a000000], prefix: 8 });
  });
});
