import { ConditionCheck } from './condition-operators';
import { ResourcePattern } from './match-resource';
import { Glob } from '../../catalog/glob';
import { IpBlock, inBlock, parseCidr } from '../../policy/cidr';
import { ResourceName } from '../../policy/resource-name';

/**
 * Proofs of inclusion between policy entries, used by the access diff to show that a new statement grants
 * nothing an old one did not (and that an old deny still denies). Every function answers `true` only when the
 * inclusion holds for every request; `false` means "not proven" (the diff then probes, and reports what it
 * cannot decide as not compared). Nothing here is ever read as "not included".
 */

/** A character no CAM name contains: stands for "any text" when one pattern is matched against another. */
const ANY = '\u0000';

/**
 * Whether every text `inner` matches is matched by `outer` (both `*`-only wildcard patterns): `outer` must
 * match `inner` written with each `*` as a symbol only a `*` of `outer` can absorb. If it does, whatever text
 * replaces the symbol is absorbed by the same `*`, so the inclusion holds.
 */
export function globContains(outer: string, inner: string): boolean {
  if (outer === inner) return true;
  return new Glob(outer).matches(inner.split('*').join(ANY));
}

/** Segments 1-5 of a resource entry read exactly, or `undefined` when the simulator cannot (tokens, legacy forms, case). */
function exactParts(r: ResourcePattern): ReturnType<typeof ResourceName.split> | undefined {
  if (r.isAll || r.staticUnknown || /[A-Z]/.test(r.text)) return undefined;
  return ResourceName.split(r.text);
}

/** Whether every resource `inner` matches (for any request context) is matched by `outer`. */
export function resourceContains(outer: ResourcePattern, inner: ResourcePattern): boolean {
  if (outer.isAll || outer.text === inner.text) return true;
  if (inner.isAll) return false;
  const o = exactParts(outer);
  const i = exactParts(inner);
  if (!o || !i) return false;
  // An empty project or region means any; an empty account means the owner's, so it only contains itself.
  return (o.project === '' || o.project === i.project)
    && o.service === i.service
    && (o.region === '' || o.region === i.region)
    && o.account === i.account
    && globContains(`${o.resourceType}/${o.resourcePath}`, `${i.resourceType}/${i.resourcePath}`);
}

const POSITIVE_TAG = new Set(['string_equal', 'for_any_value:string_equal']);

/**
 * Whether the conditions `outer` hold whenever the conditions `inner` hold (all of each list must hold): every
 * condition of `outer` is implied by one of `inner`. Only what the simulator evaluates is reasoned about; any
 * other condition is implied only by an identical one.
 */
export function conditionsImplied(outer: readonly ConditionCheck[], inner: readonly ConditionCheck[]): boolean {
  return outer.every((o) => inner.some((i) => implies(i, o)));
}

function implies(i: ConditionCheck, o: ConditionCheck): boolean {
  if (i.key === o.key && i.operator === o.operator && sameValues(i.values, o.values)) return true;
  if (i.malformed.length > 0 || o.malformed.length > 0 || i.key !== o.key) return false;
  if (i.key === 'qcs:ip') {
    const iBlocks = blocks(i.values);
    const oBlocks = blocks(o.values);
    if (!iBlocks || !oBlocks) return false;
    // `ip_equal`: the address lies in one of inner's blocks, each inside one of outer's.
    if (i.operator === 'ip_equal' && o.operator === 'ip_equal') return iBlocks.every((b) => oBlocks.some((c) => blockContains(c, b)));
    // `ip_not_equal`: the address avoids inner's blocks, which cover each of outer's.
    if (i.operator === 'ip_not_equal' && o.operator === 'ip_not_equal') return oBlocks.every((b) => iBlocks.some((c) => blockContains(c, b)));
    return false;
  }
  if (i.key === 'qcs:resource_tag') {
    if (POSITIVE_TAG.has(i.operator) && POSITIVE_TAG.has(o.operator)) return i.values.every((v) => o.values.includes(v));
    if (i.operator === 'string_not_equal' && o.operator === 'string_not_equal') return o.malformed.length === 0 && o.values.every((v) => i.values.includes(v));
  }
  return false;
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
}

function blocks(values: readonly string[]): IpBlock[] | undefined {
  const out: IpBlock[] = [];
  for (const v of values) {
    const b = parseCidr(v);
    if (!b) return undefined;
    out.push(b);
  }
  return out;
}

function blockContains(outer: IpBlock, inner: IpBlock): boolean {
  return outer.family === inner.family && outer.prefix <= inner.prefix && inBlock(inner, outer);
}
