import { splitByIpSupport } from './ip-support';
import { ScenarioProblem } from './scenario-problem';
import { checkCidr } from '../policy/cidr';
import { Effect, PolicyStatement } from '../policy/policy-statement';
import { propFinding } from '../validation/rule-finding';
import { invalidCondition } from '../validation/rules/invalid-condition';
import { ipUnsupportedApis } from '../validation/rules/ip-unsupported-apis';

/** What a construct does with the APIs of its grant that ignore a `qcs:ip` condition ("IP Restriction: not supported" in https://www.tencentcloud.com/document/product/598/57160). */
export enum IpUnsupportedApis {
  /** Refuse to synthesize: an `ip-unsupported-apis` error names the APIs and this setting. */
  ERROR = 'error',
  /**
   * Grant them in a separate statement without the `qcs:ip` condition, listed by name (never by
   * wildcard, so an API Tencent adds later is not granted unrestricted). They are then **not
   * restricted by source IP**; the other APIs keep the condition.
   */
  ALLOW_WITHOUT_CONDITION = 'allow-without-condition',
}

/** The operator and key of the source-address condition. */
export const IP_CONDITION = { operator: 'ip_equal', key: 'qcs:ip' } as const;

/**
 * The operator and key of the resource-tag condition: the TCR tag examples' `for_any_value:string_equal`
 * (a resource has a set of tags; the condition holds when one of them is among the values).
 */
export const TAG_CONDITION = { operator: 'for_any_value:string_equal', key: 'qcs:resource_tag' } as const;

/** Conditions every allow statement of a grant gets. */
export interface GrantConditions {
  /**
   * Source addresses the calls must come from: IPv4/IPv6 addresses or CIDR blocks, rendered as
   * `ip_equal` on `qcs:ip`.
   * @default - no IP restriction
   */
  readonly allowedSourceIps?: readonly string[];
  /**
   * Resource tags, rendered as `for_any_value:string_equal` on `qcs:resource_tag` with `key&value`: the
   * resource must carry **at least one** of them.
   * @default - no tag condition
   */
  readonly resourceTags?: Readonly<Record<string, string>>;
  /** @default IpUnsupportedApis.ERROR */
  readonly ipUnsupportedApis?: IpUnsupportedApis;
}

/**
 * A backslash before `/`: the provider reads the document back with every `\/` replaced by `/`
 * (resource_tc_cam_policy.go), so such a value would come back different and the plan would never settle.
 */
const READ_BACK_CHANGES = '\\/';

const READ_BACK_MESSAGE = (text: string) => `${JSON.stringify(text)} holds a backslash before "/"; the tencentcloud provider reads the ` +
  'document back with "\\/" replaced by "/", so the value would change on every plan. Remove the backslash.';

/** Checks the condition values themselves: every CIDR, every tag. Tokens are not judged. */
export function checkGrantConditions(input: GrantConditions, isUnresolved: (v: string) => boolean = () => false): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const problem = (prop: string, value: string, message: string) => problems.push(propFinding(invalidCondition, prop, value, `Invalid ${prop}: ${message}`));
  const ips = input.allowedSourceIps;
  if (ips !== undefined && ips.length === 0) {
    problem('allowedSourceIps', '', 'the list is empty, so no address could call at all. List at least one address or CIDR block, or leave allowedSourceIps unset for no IP restriction.');
  }
  ips?.forEach((ip, i) => {
    const message = isUnresolved(ip) ? undefined : checkCidr(ip);
    if (message) problem(`allowedSourceIps[${i}]`, ip, message);
  });
  const tags = input.resourceTags;
  if (tags !== undefined && Object.keys(tags).length === 0) {
    problem('resourceTags', '', 'no tag is given, so no resource could match. Name at least one tag, or leave resourceTags unset for no tag condition.');
  }
  for (const [key, value] of Object.entries(tags ?? {})) {
    if (isUnresolved(key)) continue;
    if (key === '') problem('resourceTags', `&${value}`, 'a tag key is empty. Use the tag key as Tencent Cloud shows it.');
    else if (key.includes('&')) problem('resourceTags', key, `the tag key ${JSON.stringify(key)} contains "&", which separates key and value in qcs:resource_tag. Use a key without "&".`);
    for (const text of [key, value]) {
      if (!isUnresolved(text) && text.includes(READ_BACK_CHANGES)) problem('resourceTags', text, READ_BACK_MESSAGE(text));
    }
  }
  return problems;
}

/** Statements with the conditions applied, or the problems that keep them from being rendered. */
export interface ConditionedStatements {
  /** The statements with the conditions applied (and moved APIs in statements of their own). */
  readonly statements: PolicyStatement[];
  /** What keeps the conditions from being applied; nothing is rendered while there is one. */
  readonly problems: ScenarioProblem[];
}

/**
 * Adds the conditions to every allow statement; deny statements are left alone, since a condition
 * would narrow what they refuse. With `allowedSourceIps`, the APIs that ignore `qcs:ip` either make an
 * `ip-unsupported-apis` problem naming them (the default) or move, by name, to a statement of their own
 * without the IP condition (`IpUnsupportedApis.ALLOW_WITHOUT_CONDITION`), right after the restricted one.
 * A statement that already has the same operator and key is a problem: merging values would widen it.
 */
export function applyGrantConditions(statements: readonly PolicyStatement[], input: GrantConditions): ConditionedStatements {
  const ips = input.allowedSourceIps;
  const tags = Object.entries(input.resourceTags ?? {}).map(([k, v]) => `${k}&${v}`);
  const problems: ScenarioProblem[] = [];
  const out: PolicyStatement[] = [];
  const unsupported = new Set<string>();
  statements.forEach((statement, index) => {
    if (statement.effect !== Effect.ALLOW || (ips === undefined && tags.length === 0)) {
      out.push(statement);
      return;
    }
    problems.push(...conflicts(statement, index, ips !== undefined, tags.length > 0));
    const withTags = (s: PolicyStatement) => (tags.length ? s.addCondition(TAG_CONDITION.operator, TAG_CONDITION.key, tags) : s);
    if (ips === undefined) {
      out.push(withTags(statement.withActions(statement.actions)));
      return;
    }
    const split = splitByIpSupport(statement);
    split.unrestrictable.forEach((a) => unsupported.add(a));
    if (split.restrictable.length) {
      out.push(withTags(statement.withActions(split.restrictable)).addCondition(IP_CONDITION.operator, IP_CONDITION.key, ips));
    }
    if (split.unrestrictable.length) out.push(withTags(statement.withActions(split.unrestrictable)));
  });
  if (unsupported.size && input.ipUnsupportedApis !== IpUnsupportedApis.ALLOW_WITHOUT_CONDITION) {
    const names = [...unsupported];
    problems.push(propFinding(ipUnsupportedApis, 'allowedSourceIps', ips!.join(', '),
      `Invalid allowedSourceIps: IP restriction is not supported (https://www.tencentcloud.com/document/product/598/57160) for ${names.length} API${names.length > 1 ? 's' : ''} ` +
      `this policy grants, so a qcs:ip condition would not restrict ${names.length > 1 ? 'them' : 'it'}: ${names.join(', ')}. ` +
      'Set ipUnsupportedApis: IpUnsupportedApis.ALLOW_WITHOUT_CONDITION to grant them in a separate statement without the ' +
      'condition (they are then not restricted by source IP), or remove allowedSourceIps.'));
  }
  return { statements: out, problems };
}

function conflicts(statement: PolicyStatement, index: number, ip: boolean, tag: boolean): ScenarioProblem[] {
  const own = statement.conditions;
  const clash = (c: { operator: string; key: string }, prop: string): ScenarioProblem[] => {
    const existing = own[c.operator]?.[c.key];
    if (!existing) return [];
    return [propFinding(invalidCondition, prop, existing.join(', '),
      `Invalid ${prop}: statement ${index} already has a ${c.operator} ${c.key} condition (${existing.join(', ')}); ` +
      'CAM would accept either list, which widens both. Put the values in one place: in the statement or in the prop.')];
  };
  return [...(ip ? clash(IP_CONDITION, 'allowedSourceIps') : []), ...(tag ? clash(TAG_CONDITION, 'resourceTags') : [])];
}
