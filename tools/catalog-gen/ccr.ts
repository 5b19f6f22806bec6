/**
 * Parses the legacy CCR actions from the "Permission List" section of seed 003 (TKE image registry
 * resource-level permissions). Each group there is a `resource:` line followed by `ccr:<Action>` lines.
 */
import { CCR_IP_RESTRICTION, ccrTable, fixCcrTemplate } from './fixes';
import { resourceTypesOf } from './resource-type';
import type { CatalogAction } from '../../lib/catalog/types';

// `resource:` (spelled `resurce:` once in the seed) then the template.
const RESOURCE_LINE = /^(?:resource|resurce):\s*(qcs:\S+)$/;
// `• ccr:pull: Use ...`, `• ccr:CreateRepository Create ...` or `action: ccr:DeleteTag Delete ...`.
const ACTION_LINE = /^(?:•|action:)\s*ccr:\s*([A-Za-z]+):?\s+(.+)$/;

/** The CCR actions of seed 003 (`fileName` becomes their `source`); throws if the section is missing or odd. */
export function parseCcrActions(text: string, fileName: string): CatalogAction[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const start = lines.indexOf('Permission List');
  if (start < 0) throw new Error(`${fileName}: no "Permission List" section`);
  const actions: CatalogAction[] = [];
  let resource: string | undefined;
  for (const line of lines.slice(start + 1)) {
    const r = RESOURCE_LINE.exec(line);
    if (r) {
      resource = fixCcrTemplate(r[1]);
      continue;
    }
    const a = ACTION_LINE.exec(line);
    if (!a) continue;
    if (!resource) throw new Error(`${fileName}: action ccr:${a[1]} before any resource line`);
    const { table, assumption } = ccrTable(a[1]);
    actions.push({
      name: `ccr:${a[1]}`,
      service: 'ccr',
      api: a[1],
      description: a[2].trim(),
      table,
      granularity: 'resource',
      resources: [resource],
      resourceTypes: resourceTypesOf([resource]),
      ipRestriction: CCR_IP_RESTRICTION.ipRestriction,
      edition: 'ccr',
      source: fileName,
      assumptions: [assumption, CCR_IP_RESTRICTION.assumption],
    });
  }
  if (actions.length === 0) throw new Error(`${fileName}: no ccr actions in the Permission List`);
  return actions;
}
