import { getAction, matchActions } from '../catalog/actions';
import type { CatalogAction } from '../catalog/types';
import { PolicyStatement } from '../policy/policy-statement';
import { ALL_RESOURCES, ResourceName } from '../policy/resource-name';

/** A statement's actions sorted by whether CAM honours a `qcs:ip` condition on them (the "IP Restriction" column of https://www.tencentcloud.com/document/product/598/57160). */
export interface IpSupportSplit {
  /**
   * Entries a `qcs:ip` condition restricts: the statement's own entries where every API they can match
   * supports it (wildcards kept), otherwise the supporting APIs by name. Actions outside the catalog
   * stay here as written.
   */
  readonly restrictable: string[];
  /** The APIs the statement grants that ignore a `qcs:ip` condition, by name, in catalog order. */
  readonly unrestrictable: string[];
}

/**
 * Sorts the actions of a statement by IP restriction support. A wildcard is expanded against the catalog
 * and only to the APIs the statement's resources can authorize (operation-level APIs need `*`, the others
 * a resource of their type), so a name never lands on resources that would make it grant nothing.
 */
export function splitByIpSupport(statement: PolicyStatement): IpSupportSplit {
  const resources = statement.resources.map(parseResource);
  const restrictable: string[] = [];
  const unrestrictable: string[] = [];
  for (const entry of statement.actions) {
    if (!entry.includes('*')) {
      const action = getAction(entry);
      (action && !action.ipRestriction ? unrestrictable : restrictable).push(action ? action.name : entry);
      continue;
    }
    const matched = matchActions(entry);
    // Every API the pattern names supports the condition: the wildcard itself may stay.
    if (matched.every((a) => a.ipRestriction)) {
      restrictable.push(entry);
      continue;
    }
    const granted = matched.filter((a) => resources.some((r) => authorizes(r, a)));
    restrictable.push(...granted.filter((a) => a.ipRestriction).map((a) => a.name));
    unrestrictable.push(...granted.filter((a) => !a.ipRestriction).map((a) => a.name));
  }
  return { restrictable: [...new Set(restrictable)], unrestrictable: [...new Set(unrestrictable)] };
}

/** A statement resource: `*`, a parsed six-segment name, or `undefined` for anything else (a token, a typo). */
type ParsedResource = '*' | { readonly service: string; readonly resourceType: string } | undefined;

function parseResource(resource: string): ParsedResource {
  if (resource === ALL_RESOURCES) return ALL_RESOURCES;
  return ResourceName.split(resource);
}

/** Whether a statement resource can authorize the API; an unreadable resource might, so it counts. */
function authorizes(resource: ParsedResource, action: CatalogAction): boolean {
  if (resource === ALL_RESOURCES || resource === undefined) return true;
  if (action.granularity === 'operation') return false;
  const serviceFits = resource.service === '' || resource.service === action.service;
  return serviceFits && (resource.resourceType === '*' || action.resourceTypes.includes(resource.resourceType));
}
