/* eslint-disable no-bitwise -- host bits are masked on the address as a number. */
import { isIP } from 'net';

/**
 * Why `value` is not an IPv4/IPv6 address or CIDR block that a `qcs:ip` condition can hold, or
 * `undefined` when it is. A block with host bits set (`10.0.0.1/8`) is refused: it covers the whole
 * block, which is rarely what was meant, so the message names both readings.
 */
export function checkCidr(value: string): string | undefined {
  const shown = JSON.stringify(value);
  const slash = value.indexOf('/');
  const address = slash < 0 ? value : value.slice(0, slash);
  // A zone id (`fe80::1%eth0`) names an interface of the caller's own host, meaningless to CAM.
  const family = address.includes('%') ? 0 : isIP(address);
  if (family === 0) return `${shown} is not an IP address or CIDR block; write e.g. 10.0.0.0/8, 203.0.113.7 or 2001:db8::/32.`;
  if (slash < 0) return undefined;
  const bits = family === 4 ? 32 : 128;
  const prefixText = value.slice(slash + 1);
  const prefix = /^[0-9]{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= bits)) return `${shown} has the prefix length ${JSON.stringify(prefixText)}; an IPv${family} block takes 0-${bits}.`;
  const number = family === 4 ? ipv4ToBigInt(address) : ipv6ToBigInt(address);
  const hostMask = (1n << BigInt(bits - prefix)) - 1n;
  if ((number & hostMask) === 0n) return undefined;
  const network = format(number & ~hostMask, family);
  return `${shown} has host bits set, so it means the whole block ${network}/${prefix}. Write ${network}/${prefix} for the block, ` +
    `or ${address}/${bits} (or ${address}) for the one address.`;
}

function ipv4ToBigInt(address: string): bigint {
  return address.split('.').reduce((n, octet) => (n << 8n) + BigInt(Number(octet)), 0n);
}

/** Expands `::` and an embedded IPv4 tail; `address` is already known to be valid. */
function ipv6ToBigInt(address: string): bigint {
  let text = address;
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    const v4 = ipv4ToBigInt(text.slice(lastColon + 1));
    text = `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return groups.reduce((n, g) => (n << 16n) + BigInt(parseInt(g, 16)), 0n);
}

function format(n: bigint, family: number): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((shift) => ((n >> shift) & 0xffn).toString()).join('.');
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) => ((n >> shift) & 0xffffn).toString(16));
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}
