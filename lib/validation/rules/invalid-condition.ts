import { checkCidr } from '../../policy/cidr';
import { pointer } from '../../policy/json/pointer';
import type { ConditionAt } from '../../policy/policy-view';
import { closest } from '../private/closest';
import { show, typeName } from '../private/json-values';
import { defineRule } from '../rule';
import type { RuleHit } from '../rule';

/**
 * CAM's operator table (https://www.tencentcloud.com/document/product/598/58420) plus string_like, which product
 * docs use (https://www.tencentcloud.com/document/product/598/10608).
 */
const OPERATORS = [
  'string_equal', 'string_not_equal', 'string_equal_ignore_case', 'string_not_equal_ignore_case', 'string_like',
  'numeric_equal', 'numeric_not_equal', 'numeric_less_than', 'numeric_less_than_equal', 'numeric_greater_than', 'numeric_greater_than_equal',
  'date_equal', 'date_not_equal', 'date_less_than', 'date_less_than_equal', 'date_greater_than', 'date_greater_than_equal',
  'bool_equal', 'binary_equal', 'ip_equal', 'ip_not_equal', 'null_equal',
];
/** `for_any_value:`/`for_all_value:` qualifiers and the `_if_exist` suffix, as the COS and TCR tag docs use them. */
const OPERATOR_FORM = /^(for_any_value:|for_all_value:)?([a-z_]+?)(_if_exist)?$/;
/** The global condition keys; keys are case-sensitive, so a case variant matches nothing. */
const GLOBAL_KEYS = ['qcs:current_time', 'qcs:ip', 'qcs:resource_tag', 'qcs:request_tag'];
/** ISO 8601 date, optionally with time and zone: `2022-05-31 00:00:00`, `2022-05-31T00:00:00Z`. */
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[ T]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?$/;
const NUMBER = /^-?[0-9]+(?:\.[0-9]+)?$/;

/** An unknown condition operator or a condition value of the wrong form. */
export const invalidCondition = defineRule({
  id: 'invalid-condition',
  severity: 'error',
  title: 'A condition operator is unknown or a value has the wrong form',
  explanation: 'CAM rejects unknown operators (ConditionTypeError) and a value it cannot read (ConditionContentError); a ' +
    'wrongly cased key never matches. qcs:ip takes IPs or CIDRs, date operators ISO 8601 times, numeric ones numbers, ' +
    'qcs:resource_tag "key&value".',
  fix: 'Use an operator from CAM\'s list (string_equal, ip_equal, date_less_than, …) and values of the form the message names.',
  check({ document, options }) {
    if (!document) return [];
    const hits: RuleHit[] = [];
    for (const s of document.statements) {
      const seenOperators = new Set<string>();
      for (const c of s.conditions) {
        const base = baseOperator(c.operator);
        if (base === undefined) {
          if (!seenOperators.has(c.operator)) hits.push(unknownOperator(c, s.path));
          seenOperators.add(c.operator);
          continue;
        }
        hits.push(...checkKey(c), ...checkValues(c, base, options.isUnresolved));
      }
    }
    return hits;
  },
});

function baseOperator(operator: string): string | undefined {
  const m = OPERATOR_FORM.exec(operator);
  return m && OPERATORS.includes(m[2]) ? m[2] : undefined;
}

function unknownOperator(c: ConditionAt, statementPath: string): RuleHit {
  const lower = c.operator.toLowerCase();
  const hint = baseOperator(lower) !== undefined ? lower : closest(c.operator, OPERATORS);
  return {
    message: `Condition operator ${show(c.operator)} is not one CAM knows${hint ? `; did you mean ${show(hint)}?` : '.'} ` +
      'Operators: the string_, numeric_, date_ families, bool_equal, binary_equal, ip_equal, ip_not_equal, null_equal ' +
      '(optionally for_any_value:/for_all_value: and _if_exist).',
    path: `${statementPath}/condition${pointer(c.operator)}`,
    value: c.operator,
  };
}

function checkKey(c: ConditionAt): RuleHit[] {
  const global = GLOBAL_KEYS.find((k) => k === c.key.toLowerCase());
  if (global === undefined || global === c.key) return [];
  return [{ message: `Condition key ${show(c.key)} must be written ${show(global)}: condition keys are case-sensitive, so it matches nothing.`, path: c.path, value: c.key }];
}

function checkValues(c: ConditionAt, base: string, isUnresolved: (v: string) => boolean): RuleHit[] {
  if (Array.isArray(c.raw) && c.raw.length === 0) {
    return [{ message: `Condition ${c.operator} on ${show(c.key)} has an empty list of values, so it can never match; give at least one.`, path: c.path }];
  }
  const hits: RuleHit[] = [];
  for (const v of c.values) {
    if (v.value !== null && typeof v.value === 'object') {
      hits.push({ message: `Condition values of ${show(c.key)} must be strings (or numbers and booleans), got ${typeName(v.value)}.`, path: v.path });
      continue;
    }
    if (v.value === null) {
      hits.push({ message: `Condition value of ${show(c.key)} is null; write the value as a string.`, path: v.path });
      continue;
    }
    const text = String(v.value);
    // Policy variables (${uin}) and Terraform tokens are only known later.
    if (typeof v.value === 'string' && (text.includes('${') || isUnresolved(text))) continue;
    const expected = expectedForm(c.key, base, text);
    if (expected) hits.push({ message: `Condition value ${show(text)} of ${c.operator} ${show(c.key)} is not ${expected}.`, path: v.path, value: text });
  }
  return hits;
}

/** What the value should be, when it is not. */
function expectedForm(key: string, base: string, value: string): string | undefined {
  if (base.startsWith('ip_') || key === 'qcs:ip') {
    const why = checkCidr(value);
    return why && `an IP address or CIDR block CAM reads one way, such as 10.0.0.0/8 or 2001:db8::/32: ${why}`;
  }
  if (base.startsWith('date_') || key === 'qcs:current_time') return isDate(value) ? undefined : 'an ISO 8601 time such as 2022-05-31 00:00:00 or 2022-05-31T00:00:00Z';
  if (base.startsWith('numeric_')) return NUMBER.test(value) ? undefined : 'a number';
  if (base === 'bool_equal' || base === 'null_equal') return value === 'true' || value === 'false' ? undefined : 'true or false';
  if (key === 'qcs:resource_tag') return value.includes('&') ? undefined : 'of the form "tagkey&tagvalue"';
  return undefined;
}

function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [month, day, hour, minute, second] = [m[2], m[3], m[4], m[5], m[6]].map((x) => (x === undefined ? 0 : Number(x)));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 && second < 60;
}
