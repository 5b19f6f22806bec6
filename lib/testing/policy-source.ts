/** Anything that renders CAM policy documents, such as every construct of this library. */
export interface RendersPolicyDocuments {
  /** The JSON text of every policy document the construct synthesizes. */
  renderedDocuments(): string[];
}

/** What the matchers accept: a construct (or anything with `renderedDocuments()`), one document, or several. */
export type PolicySource = RendersPolicyDocuments | string | readonly string[];

/** The documents of a policy source; throws a message naming the accepted forms for anything else. */
export function documentsOf(source: unknown): string[] {
  if (typeof source === 'string') return [source];
  if (Array.isArray(source) && source.every((d) => typeof d === 'string')) return [...source];
  if (typeof source === 'object' && source !== null && typeof (source as RendersPolicyDocuments).renderedDocuments === 'function') {
    return (source as RendersPolicyDocuments).renderedDocuments();
  }
  throw new TypeError(
    `Expected a policy construct (with renderedDocuments()), a policy JSON string or an array of them, got ${describe(source)}.`,
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array with non-string items';
  if (typeof value === 'object') return `an object without renderedDocuments() (${Object.keys(value as object).slice(0, 5).join(', ') || 'no keys'})`;
  return typeof value;
}
