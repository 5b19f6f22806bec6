/** Whether a parsed JSON value is an object (not an array, not null): shared by every reader of untrusted JSON. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `obj` has the own property `key` (a parsed `"constructor"` key is data, never the prototype's). */
export function has(obj: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** The own property `key` of `obj`, or `undefined`. */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return has(obj, key) ? obj[key] : undefined;
}
