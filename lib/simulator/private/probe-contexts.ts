/* eslint-disable no-bitwise -- block boundaries are bit arithmetic on addresses. */
import { ConditionCheck } from './condition-operators';
import { IpBlock, parseCidr } from '../../policy/cidr';
import { SimulationRequest } from '../request';

/** The context part of a probe: source address and resource tags. */
export type ProbeContext = Pick<SimulationRequest, 'sourceIp' | 'resourceTags'>;

/** Addresses outside any private or documentation block, one per family, to probe the outside of every block. */
const OUTSIDE = ['203.0.113.7', '2400:cb00::7'];

/**
 * The request contexts that reach every boundary of the conditions: no context; each block's first and last
 * address and the addresses just outside it (IPv4 and IPv6); each tag `key&value`, the same key with another
 * value, and an untagged resource; and each address with each tag context, for statements that test both.
 */
export function boundaryContexts(conditions: readonly ConditionCheck[]): ProbeContext[] {
  const ips = new Set<string>();
  const tags = new Map<string, Record<string, string>>();
  for (const c of conditions) {
    if (c.key === 'qcs:ip') {
      for (const v of c.values) {
        const block = parseCidr(v);
        if (block) boundaries(block).forEach((a) => ips.add(a));
      }
    }
    if (c.key === 'qcs:resource_tag') {
      for (const v of c.values) {
        const amp = v.indexOf('&');
        if (amp <= 0) continue;
        const key = v.slice(0, amp);
        const value = v.slice(amp + 1);
        tags.set(`${key}&${value}`, { [key]: value });
        tags.set(`${key}&${value}~other`, { [key]: `${value}-other` });
      }
    }
  }
  if (ips.size) OUTSIDE.forEach((a) => ips.add(a));
  const ipList = [...ips].sort();
  const tagList = [...tags.keys()].sort().map((k) => tags.get(k)!);
  if (tagList.length) tagList.push({});
  const out: ProbeContext[] = [{}];
  for (const sourceIp of ipList) out.push({ sourceIp });
  for (const resourceTags of tagList) out.push({ resourceTags });
  for (const sourceIp of ipList) for (const resourceTags of tagList) out.push({ sourceIp, resourceTags });
  return out;
}

/** First and last address of a block, and the neighbours just outside it (when they exist). */
function boundaries(block: IpBlock): string[] {
  const bits = block.family === 4 ? 32 : 128;
  const value = block.words.reduce((n, w) => (n << 32n) | BigInt(w >>> 0), 0n);
  const size = 1n << BigInt(bits - block.prefix);
  const first = value;
  const last = value + size - 1n;
  const max = (1n << BigInt(bits)) - 1n;
  const out = [first, last];
  if (first > 0n) out.push(first - 1n);
  if (last < max) out.push(last + 1n);
  return out.map((n) => format(n, block.family));
}

function format(n: bigint, family: 4 | 6): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join('.');
  const groups: string[] = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(((n >> s) & 0xffffn).toString(16));
  return groups.join(':');
}
