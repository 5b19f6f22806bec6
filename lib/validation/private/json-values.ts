/** Safe reads of parsed JSON of any shape: own properties only, no prototype surprises. */

import { isObject } from '../../policy/private/is-object';

/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/** Whether `value` is a JSON object: the one check every reader of untrusted JSON shares. */
export { isObject };

/** Whether `obj` has the own property `key` (a parsed `"constructor"` key is data, never the prototype's). */
export function has(obj: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** The own property `key` of `obj`, or `undefined`. */
export function own(obj: JsonObject, key: string): unknown {
  return has(obj, key) ? obj[key] : undefined;
}

/** The JSON type of a value for messages: `a string`, `a number`, `a boolean`, `null`, `an array`, `an object`. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** A value quoted for a message, cut at 120 characters so a huge input gives a readable message. */
export function show(value: string): string {
  const max = 120;
  return value.length <= max ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, max))}… (${value.length} characters)`;
}
