/** The resource types of the catalog's own services; other services' templates (ssl, vpc) are not authorized on them. */
const CATALOG_SERVICES: ReadonlySet<string> = new Set(['tcr', 'ccr']);

/** The distinct tcr/ccr resource types (`instance`, `repository`, `repo`) of normalized templates, in first-seen order. */
export function resourceTypesOf(templates: readonly string[]): string[] {
  const types: string[] = [];
  for (const t of templates) {
    if (t === '*') continue;
    // qcs:project:service:region:account:type/path (the path may itself contain `:`, e.g. a CCR tag).
    const [, , service, , , resource] = t.split(':');
    const type = resource.split('/')[0];
    if (CATALOG_SERVICES.has(service) && !types.includes(type)) types.push(type);
  }
  return types;
}
