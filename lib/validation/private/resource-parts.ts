import type { ValueAt } from '../../policy/policy-view';
import { ResourceName, ResourceNameComponents } from '../../policy/resource-name';

/** A six-segment resource name taken apart: what `ResourceName.split` returns. */
export type ResourceParts = ResourceNameComponents & { readonly project: string };

/** Per resource entry of a document view, so the rules that read resource names split each one once. */
const PARTS = new WeakMap<ValueAt, ResourceParts | null>();

/** `ResourceName.split` of a resource entry, computed once per entry; `undefined` for `*` and malformed names. */
export function resourceParts(resource: ValueAt): ResourceParts | undefined {
  let parts = PARTS.get(resource);
  if (parts === undefined) {
    parts = ResourceName.split(resource.value) ?? null;
    PARTS.set(resource, parts);
  }
  return parts ?? undefined;
}
