/** The services and resource types the catalog's resource templates use, e.g. tcr → instance, repository, repo. */
import { allActions } from '../../catalog/actions';
import { ResourceName } from '../../policy/resource-name';

const TYPES = new Map<string, Set<string>>();
for (const action of allActions()) {
  for (const template of action.resources) {
    const parts = ResourceName.split(template);
    if (!parts) continue;
    const types = TYPES.get(parts.service) ?? new Set<string>();
    types.add(parts.resourceType);
    TYPES.set(parts.service, types);
  }
}

/** Services named in the catalog's resource templates (tcr, ccr and the few others some APIs need). */
export const TEMPLATE_SERVICES: readonly string[] = [...TYPES.keys()].sort();

/** Each service's types, sorted once: the catalog is immutable. */
const SORTED_TYPES = new Map<string, readonly string[]>([...TYPES].map(([service, types]) => [service, Object.freeze([...types].sort())]));

/** The resource types of a service in the catalog's templates, sorted; empty for a service it does not use. */
export function resourceTypesOf(service: string): readonly string[] {
  return SORTED_TYPES.get(service) ?? [];
}
