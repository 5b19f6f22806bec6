/** Safe reads of parsed JSON of any shape: own properties only, no prototype surprises. */

import { has, isObject, own } from '../../policy/private/is-object';

/** A JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/** The one check every reader of untrusted JSON shares, and own-property reads (no prototype surprises). */
export { has, isObject, own };

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
