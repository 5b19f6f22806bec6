import { listActions } from '../catalog/actions';
import { Effect, PolicyStatement } from '../policy/policy-statement';
import { ALL_RESOURCES } from '../policy/resource-name';

/** The TCR editions whose console lists resources through operation-level APIs. */
export type ListingEdition = 'enterprise' | 'personal';

/** The objects the console lists: instances (and the regions to pick them from), namespaces, repositories. */
const LISTED = /^Describe(Instance|Region|Namespace|Repository)/;

/**
 * The operation-level Describe APIs of an edition that list instances, regions, namespaces or
 * repositories, derived from the catalog: operation-level, not in the write table, named
 * `Describe<Instance|Region|Namespace|Repository>…`. Integration-only variants (`…ForCoding`) are left
 * out. CAM authorizes these only with resource `*` (https://www.tencentcloud.com/document/product/598/57160), so a grant on specific resources never
 * includes them and the console cannot list anything.
 */
export function consoleListingActions(edition: ListingEdition): string[] {
  return listActions({ service: 'tcr', edition, granularity: 'operation' })
    .filter((a) => a.table !== 'write' && LISTED.test(a.api) && !a.api.includes('For'))
    .map((a) => a.name);
}

/**
 * The `["*"]` statement that lets the console list the edition's instances, namespaces and repositories
 * (names and metadata such as status and region, across the whole account: operation-level APIs cannot be
 * scoped), without any image content: pulling stays as scoped as the rest of the policy.
 */
export function consoleListingStatement(edition: ListingEdition): PolicyStatement {
  return new PolicyStatement({ effect: Effect.ALLOW, actions: consoleListingActions(edition), resources: [ALL_RESOURCES] });
}
