import { ParsedCondition } from './parse-document';
import { RequestView } from './request-view';
import * as tri from './truth';
import type { Truth } from './truth';
import { inBlock, IpBlock, readCidr } from '../../policy/cidr';

// Local copies: some loaders (tsx, bundlers) export bindings through getters, too slow for the inner loop.
const { NO, UNKNOWN, YES } = tri;

/** The condition keys and operators the simulator evaluates; anything else is unknown (fail-closed). */
const SUPPORTED_CONDITIONS: Readonly<Record<string, readonly string[]>> = {
  'qcs:ip': ['ip_equal', 'ip_not_equal'],
  'qcs:resource_tag': ['string_equal', 'string_not_equal', 'for_any_value:string_equal'],
};

/** One compiled `condition[operator][key]` entry. */
export interface ConditionCheck {
  readonly operator: string;
  readonly key: string;
  readonly values: readonly string[];
  /** Values that are not a valid address/block or `key&value`; they never match (fail-closed). */
  readonly malformed: readonly string[];
  /** The best outcome over every possible request: `NO` = can never hold, `UNKNOWN` = never evaluable. */
  readonly best: Truth;
  /** Whether the condition holds for the request. */
  evaluate(view: RequestView): Truth;
  /** Why the condition did not hold (NO) or could not be evaluated (UNKNOWN) for the request. */
  whyNot(view: RequestView): string;
}

/** Compiles one condition entry. */
export function compileCondition(c: ParsedCondition): ConditionCheck {
  const operators = SUPPORTED_CONDITIONS[c.key];
  if (!operators?.includes(c.operator)) return unsupported(c);
  return c.key === 'qcs:ip' ? ipCondition(c) : tagCondition(c);
}

/** Why a `qcs:ip` condition is not evaluated for an API (the simulator's reasons and explain's say it alike). */
export function ipNotHonoured(action: string): string {
  return `the CAM page does not list ${action} as supporting IP restriction`;
}

/** The text of a condition entry for messages: `ip_equal qcs:ip ["10.0.0.0/8"]`. */
export function describeCondition(c: { operator: string; key: string; values: readonly string[] }): string {
  return `${c.operator} ${c.key} ${JSON.stringify(c.values)}`;
}

function unsupported(c: ParsedCondition): ConditionCheck {
  const supported = SUPPORTED_CONDITIONS[c.key];
  const why = supported
    ? `operator ${c.operator} on ${c.key} is not evaluated by the simulator (supported: ${supported.join(', ')})`
    : `condition key ${c.key} is not evaluated by the simulator (supported: ${Object.keys(SUPPORTED_CONDITIONS).join(', ')})`;
  return { ...c, malformed: [], best: UNKNOWN, evaluate: () => UNKNOWN, whyNot: () => `${describeCondition(c)}: ${why}` };
}

/**
 * `ip_equal` holds when the address is inside any block; `ip_not_equal` when it is inside none. A value
 * that props and lint refuse (not an address or block, a zone id, host bits set: `readCidr`) only ever makes
 * the outcome unknown: it can neither grant nor lift a deny. For an API whose IP restriction the CAM page
 * marks "not supported" (or does not document), how CAM treats the condition is not known, so it is unknown.
 */
function ipCondition(c: ParsedCondition): ConditionCheck {
  const positive = c.operator === 'ip_equal';
  const blocks: IpBlock[] = [];
  const malformed: string[] = [];
  for (const v of c.values) {
    const block = readCidr(v).block;
    if (block) blocks.push(block);
    else malformed.push(v);
  }
  const evaluate = (view: RequestView): Truth => {
    const ip = view.ip;
    if (!ip || !view.ipHonoured) return UNKNOWN;
    let inside = false;
    for (let i = 0; i < blocks.length && !inside; i++) inside = inBlock(ip, blocks[i]);
    return resolve(positive, inside, malformed.length > 0);
  };
  return {
    ...c,
    malformed,
    best: bestCase(positive, blocks.length, malformed.length),
    evaluate,
    whyNot: (view) => {
      const text = describeCondition(c);
      // Not honoured first: an address would not settle it either.
      if (!view.ipHonoured) {
        return `${text}: ${ipNotHonoured(view.action)} (https://www.tencentcloud.com/document/product/598/57160), `
          + 'so whether CAM applies the condition to it is not known';
      }
      if (!view.ip) return `${text}: the request gives no sourceIp`;
      if (evaluate(view) === UNKNOWN) return `${text}: ${quoteList(malformed)} is not an IP address or CIDR block, so it cannot be compared`;
      return `${text} does not hold for ${view.sourceIp}`;
    },
  };
}

/**
 * The resource's tags are a set of `key&value` strings: `string_equal` and `for_any_value:string_equal` hold
 * when any tag equals any value, `string_not_equal` when none does.
 */
function tagCondition(c: ParsedCondition): ConditionCheck {
  const positive = c.operator !== 'string_not_equal';
  const wellFormed = c.values.filter((v) => v.indexOf('&') > 0);
  const malformed = c.values.filter((v) => v.indexOf('&') <= 0);
  const evaluate = (view: RequestView): Truth => {
    const tags = view.tags;
    if (!tags) return UNKNOWN;
    return resolve(positive, anyTagEquals(tags, wellFormed), malformed.length > 0);
  };
  return {
    ...c,
    malformed,
    best: bestCase(positive, wellFormed.length, malformed.length),
    evaluate,
    whyNot: (view) => {
      const text = describeCondition(c);
      if (!view.tags) return `${text}: the request gives no resourceTags`;
      if (evaluate(view) === UNKNOWN) return `${text}: ${quoteList(malformed)} is not of the form key&value, so it cannot be compared`;
      const tags = Object.keys(view.tags).map((k) => `${k}&${view.tags![k]}`);
      return `${text} does not hold for the resource tags ${JSON.stringify(tags)}`;
    },
  };
}

/** Whether `key&value` of some tag equals one of the values, without building the strings. */
function anyTagEquals(tags: Readonly<Record<string, string>>, values: readonly string[]): boolean {
  for (const key in tags) {
    const value = tags[key];
    const length = key.length + 1 + value.length;
    for (const v of values) {
      if (v.length === length && v.charCodeAt(key.length) === 38 && v.startsWith(key) && v.endsWith(value)) return true;
    }
  }
  return false;
}

/** A hit decides; otherwise a malformed value could have been the hit, so the outcome is unknown. */
function resolve(positive: boolean, hit: boolean, anyMalformed: boolean): Truth {
  if (hit) return positive ? YES : NO;
  if (anyMalformed) return UNKNOWN;
  return positive ? NO : YES;
}

function bestCase(positive: boolean, valid: number, malformed: number): Truth {
  if (positive) return valid > 0 ? YES : malformed > 0 ? UNKNOWN : NO;
  return malformed > 0 ? UNKNOWN : YES;
}

function quoteList(values: readonly string[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}
