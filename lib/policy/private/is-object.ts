/** Whether a parsed JSON value is an object (not an array, not null): shared by every reader of untrusted JSON. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
