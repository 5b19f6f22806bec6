import { ResourceName } from '../../lib/policy/resource-name';

/** The resource types of the catalog's own services; other services' templates (ssl, vpc) are not authorized on them. */
const CATALOG_SERVICES: ReadonlySet<string> = new Set(['tcr', 'ccr']);

/** The distinct tcr/ccr resource types (`instance`, `repository`, `repo`) of normalized templates, in first-seen order. */
export function resourceTypesOf(templates: readonly string[]): string[] {
  const types: string[] = [];
  for (const t of templates) {
    // `*` has no type; the templates were checked six-segment before (fixes.ts checkTemplate).
    const parts = ResourceName.split(t);
    if (parts && CATALOG_SERVICES.has(parts.service) && !types.includes(parts.resourceType)) types.push(parts.resourceType);
  }
  return types;
}
