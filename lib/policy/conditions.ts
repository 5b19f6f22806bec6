/**
 * The CAM `condition` element: `{ "<operator>": { "<key>": value | [values] } }`.
 * @see https://tencentcloud.com/document/product/598/10608
 */
export type Conditions = Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;

/** The rendered form: every value an array, like `action` and `resource`. */
export type ConditionsJson = Record<string, Record<string, string[]>>;

/** Merges `value` into `conditions[operator][key]`, keeping first-seen order and dropping duplicates. */
export function mergeCondition(
  into: Map<string, Map<string, string[]>>,
  operator: string,
  key: string,
  value: string | readonly string[],
): void {
  let byKey = into.get(operator);
  if (!byKey) {
    byKey = new Map();
    into.set(operator, byKey);
  }
  const values = byKey.get(key) ?? [];
  for (const v of typeof value === 'string' ? [value] : value) {
    if (!values.includes(v)) values.push(v);
  }
  byKey.set(key, values);
}
