/* eslint-disable no-bitwise -- CIDR masks are bit operations on 32-bit words. */
/**
 * The one reader of IP addresses and CIDR blocks (props, lint and the simulator all use it), parsed by hand,
 * with one behaviour everywhere:
 * - rejected as not an address: zone ids (`fe80::1%eth0`, an interface of the caller's own host, meaningless
 *   to CAM), leading zeros (`010.0.0.1`, octal to some parsers), surrounding spaces, prefix lengths out of range
 *   or with leading zeros;
 * - a block with host bits set (`10.0.0.1/8`) is refused in a policy ({@link readCidr}): CAM does not document
 *   whether it means the block or the address, so props and lint refuse it and the simulator cannot evaluate
 *   it (it neither grants nor lifts a deny);
 * - IPv4-mapped IPv6 (`::ffff:a.b.c.d`, `::ffff:a.b.c.d/n` with n >= 96) is the IPv4 address or block it maps.
 */

/** A parsed address: IPv4 as one unsigned 32-bit word, IPv6 as four. */
export interface IpAddress {
  /** IPv4 or IPv6. */
  readonly family: 4 | 6;
  /** The address as unsigned 32-bit words: one for IPv4, four for IPv6. */
  readonly words: readonly number[];
}

/** A parsed CIDR block; a bare address is a block of full length. */
export interface IpBlock extends IpAddress {
  /** The prefix length: 0-32 for IPv4, 0-128 for IPv6. */
  readonly prefix: number;
}

/** Parses an IPv4 or IPv6 address; IPv4-mapped IPv6 (`::ffff:a.b.c.d`) becomes IPv4. `undefined` if invalid. */
export function parseIp(text: string): IpAddress | undefined {
  if (text.includes(':')) {
    const words = parseIpv6(text);
    if (!words) return undefined;
    return isV4Mapped(words) ? { family: 4, words: [words[3]] } : { family: 6, words };
  }
  const v4 = parseIpv4(text, 0, text.length);
  return v4 === undefined ? undefined : { family: 4, words: [v4] };
}

/** Parses `address` or `address/prefix`. `undefined` if invalid. */
export function parseCidr(text: string): IpBlock | undefined {
  const slash = text.indexOf('/');
  const address = parseIp(slash < 0 ? text : text.slice(0, slash));
  if (!address) return undefined;
  const mapped = address.family === 4 && text.includes(':');
  const full = address.family === 4 ? 32 : 128;
  let prefix = slash < 0 ? (mapped ? 128 : full) : parseDecimal(text, slash + 1, text.length, mapped ? 128 : full);
  if (prefix === undefined) return undefined;
  if (mapped) {
    // `::ffff:a.b.c.d/n` covers IPv4 addresses only when n reaches into the mapped part.
    if (prefix < 96) return undefined;
    prefix -= 96;
  }
  return { family: address.family, words: maskWords(address.words, prefix), prefix };
}

/** Whether `address` lies inside `block` (different families never match). */
export function inBlock(address: IpAddress, block: IpBlock): boolean {
  if (address.family !== block.family) return false;
  let bits = block.prefix;
  for (let i = 0; i < block.words.length; i++, bits -= 32) {
    if (bits <= 0) return true;
    const mask = bits >= 32 ? 0xffffffff : (0xffffffff << (32 - bits)) >>> 0;
    if (((address.words[i] ^ block.words[i]) & mask) !== 0) return false;
  }
  return true;
}

function maskWords(words: readonly number[], prefix: number): number[] {
  let bits = prefix;
  return words.map((w) => {
    const mask = bits >= 32 ? 0xffffffff : bits <= 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    bits -= 32;
    return (w & mask) >>> 0;
  });
}

/** A decimal integer in [0, max] without leading zeros, from text[start, end). */
function parseDecimal(text: string, start: number, end: number, max: number): number | undefined {
  if (end <= start || end - start > 3 || (text.charCodeAt(start) === 48 && end - start > 1)) return undefined;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  return n <= max ? n : undefined;
}

/** Dotted-quad IPv4 from text[start, end) as an unsigned 32-bit number. */
function parseIpv4(text: string, start: number, end: number): number | undefined {
  let value = 0;
  let from = start;
  for (let octet = 0; octet < 4; octet++) {
    let to = end;
    if (octet < 3) {
      to = text.indexOf('.', from);
      if (to < 0 || to >= end) return undefined;
    }
    // The last octet runs to `end`: a fifth part leaves a '.' in it, which parseDecimal rejects.
    const n = parseDecimal(text, from, to, 255);
    if (n === undefined) return undefined;
    value = value * 256 + n;
    from = to + 1;
  }
  return value;
}

/** IPv6 (with `::` and an optional dotted IPv4 tail) as four unsigned 32-bit words. */
function parseIpv6(text: string): number[] | undefined {
  const gap = text.indexOf('::');
  if (gap >= 0 && text.indexOf('::', gap + 1) >= 0) return undefined;
  const left = gap < 0 ? text : text.slice(0, gap);
  const right = gap < 0 ? '' : text.slice(gap + 2);
  const head = groups(left, gap < 0);
  const tail = gap < 0 ? [] : groups(right, true);
  if (!head || !tail) return undefined;
  const count = head.length + tail.length;
  if (gap < 0 ? count !== 8 : count > 7) return undefined;
  const all = [...head, ...new Array<number>(8 - count).fill(0), ...tail];
  return [0, 1, 2, 3].map((i) => (all[2 * i] * 0x10000 + all[2 * i + 1]) >>> 0);
}

/** The 16-bit groups of one side of `::`; a dotted IPv4 may end the last side. */
function groups(side: string, mayEndWithV4: boolean): number[] | undefined {
  if (side === '') return [];
  const parts = side.split(':');
  const out: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (mayEndWithV4 && i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part, 0, part.length);
      if (v4 === undefined) return undefined;
      out.push(Math.floor(v4 / 0x10000), v4 % 0x10000);
      continue;
    }
    if (part.length < 1 || part.length > 4) return undefined;
    let n = 0;
    for (let j = 0; j < part.length; j++) {
      const d = hexDigit(part.charCodeAt(j));
      if (d < 0) return undefined;
      n = n * 16 + d;
    }
    out.push(n);
  }
  return out;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function isV4Mapped(words: readonly number[]): boolean {
  return words[0] === 0 && words[1] === 0 && words[2] === 0xffff;
}

/** A CIDR block of a policy, or why CAM's reading of the text is not certain. */
export type CidrReading = { readonly block: IpBlock; readonly error?: undefined } | { readonly block?: undefined; readonly error: string };

/**
 * Reads a `qcs:ip` value as a policy holds it: an address or a block without host bits. The error names
 * the value and the fix.
 */
export function readCidr(value: string): CidrReading {
  const shown = JSON.stringify(value);
  const slash = value.indexOf('/');
  const addressText = slash < 0 ? value : value.slice(0, slash);
  const address = parseIp(addressText);
  if (!address) return { error: `${shown} is not an IP address or CIDR block; write e.g. 10.0.0.0/8, 203.0.113.7 or 2001:db8::/32.` };
  const written = addressText.includes(':') ? 6 : 4;
  const block = parseCidr(value);
  if (!block) {
    const prefixText = value.slice(slash + 1);
    const range = address.family === 4 && written === 6 ? '96-128 (an IPv4-mapped block)' : `0-${written === 4 ? 32 : 128}`;
    return { error: `${shown} has the prefix length ${JSON.stringify(prefixText)}; an IPv${written} block takes ${range}, without leading zeros.` };
  }
  if (block.words.every((w, i) => w === address.words[i])) return { block };
  const bits = address.family === 4 ? 32 : 128;
  const network = `${formatIp(block)}/${block.prefix}`;
  const one = `${formatIp(address)}/${bits}`;
  return {
    error: `${shown} has host bits set, so it means the whole block ${network}. Write ${network} for the block, ` +
      `or ${one} (or ${formatIp(address)}) for the one address.`,
  };
}

/**
 * Why `value` is not an IPv4/IPv6 address or CIDR block that a `qcs:ip` condition can hold, or
 * `undefined` when it is (see {@link readCidr}).
 */
export function checkCidr(value: string): string | undefined {
  return readCidr(value).error;
}

/** An address in its usual text form (IPv6 with the longest run of zero groups as `::`). */
function formatIp(address: IpAddress): string {
  if (address.family === 4) return [24, 16, 8, 0].map((shift) => (address.words[0] >>> shift) & 0xff).join('.');
  const hex = address.words.flatMap((w) => [(w >>> 16).toString(16), (w & 0xffff).toString(16)]);
  let best = { at: -1, length: 1 };
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && hex[j] === '0') j++;
    if (j - i > best.length) best = { at: i, length: j - i };
  }
  if (best.at < 0) return hex.join(':');
  return `${hex.slice(0, best.at).join(':')}::${hex.slice(best.at + best.length).join(':')}`;
}
