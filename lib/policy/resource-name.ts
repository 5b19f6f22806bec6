/**
 * The one place that builds and parses CAM six-segment resource names:
 * `qcs:project:service:region:account:resourceType/path`.
 *
 * @see https://www.tencentcloud.com/document/product/598/10606
 */

/** The resource string that means every resource. */
export const ALL_RESOURCES = '*';

/** The parts of a six-segment resource name. */
export interface ResourceNameComponents {
  /** The CAM service, e.g. `tcr` or `ccr`. */
  readonly service: string;
  /**
   * The region, e.g. `ap-guangzhou`.
   * @default '' - all regions
   */
  readonly region?: string;
  /**
   * The account segment as CAM writes it: `uin/<ownerUin>`, or empty.
   * @default '' - the root account of the CAM user who creates the policy
   */
  readonly account?: string;
  /** The resource type, e.g. `instance`, `repository`, `repo`. */
  readonly resourceType: string;
  /** The path after the type: `tcr-xxxxxxxx/team-01/*`. */
  readonly resourcePath: string;
}

/** Where a resource lives: shared by every builder below. */
export interface ResourceScope {
  /** @default '' - all regions */
  readonly region?: string;
  /** The owner's root account uin (digits). @default '' - the policy creator's root account */
  readonly ownerUin?: string;
}

/** Formats and parses six-segment names; builders for the TCR and CCR resource types. */
export class ResourceName {
  /** Joins components into `qcs::service:region:account:type/path`. */
  public static format(c: ResourceNameComponents): string {
    return `qcs::${c.service}:${c.region ?? ''}:${c.account ?? ''}:${c.resourceType}/${c.resourcePath}`;
  }

  /**
   * Splits a six-segment name. Returns `undefined` for anything else (including `*`).
   * The sixth segment may itself contain `:` (CCR tags: `repo/ns/name:tag`).
   */
  public static split(resource: string): (ResourceNameComponents & { readonly project: string }) | undefined {
    const colons = [0, 0, 0, 0, 0];
    const slash = scanResourceName(resource, colons);
    if (slash < 0) return undefined;
    return {
      project: resource.slice(colons[0] + 1, colons[1]),
      service: resource.slice(colons[1] + 1, colons[2]),
      region: resource.slice(colons[2] + 1, colons[3]),
      account: resource.slice(colons[3] + 1, colons[4]),
      resourceType: resource.slice(colons[4] + 1, slash),
      resourcePath: resource.slice(slash + 1),
    };
  }

  /** The account segment for an owner uin: `uin/<uin>`, or empty for the creator's own account. */
  public static account(ownerUin?: string): string {
    return ownerUin ? `uin/${ownerUin}` : '';
  }

  /** TCR Enterprise instance: `qcs::tcr:<region>:<account>:instance/<path>`. */
  public static tcrInstance(path: readonly string[], scope: ResourceScope = {}): string {
    return ResourceName.build('tcr', 'instance', path, scope);
  }

  /** TCR Enterprise namespace or repository: `...:repository/<instance>/<namespace>/<repository>...`. */
  public static tcrRepository(path: readonly string[], scope: ResourceScope = {}): string {
    return ResourceName.build('tcr', 'repository', path, scope);
  }

  /** TCR Personal namespace or repository: `...:repo/<namespace>/<repository>...`. */
  public static tcrPersonalRepo(path: readonly string[], scope: ResourceScope = {}): string {
    return ResourceName.build('tcr', 'repo', path, scope);
  }

  /** Legacy CCR namespace or repository: `qcs::ccr:::repo/<namespace>/<name>...`. */
  public static ccrRepo(path: readonly string[], scope: ResourceScope = {}): string {
    return ResourceName.build('ccr', 'repo', path, scope);
  }

  private static build(service: string, resourceType: string, path: readonly string[], scope: ResourceScope): string {
    if (path.length === 0 || path.some((p) => p === '')) {
      throw new Error(`A ${service} ${resourceType} resource path needs non-empty segments, got [${path.map((p) => JSON.stringify(p)).join(', ')}].`);
    }
    return ResourceName.format({
      service,
      region: scope.region ?? '',
      account: ResourceName.account(scope.ownerUin),
      resourceType,
      resourcePath: path.join('/'),
    });
  }
}

/**
 * The one six-segment scanner behind {@link ResourceName.split} and the simulator's request and pattern
 * readers (which need offsets, not substrings, in their inner loop). Writes the offsets of the five `:` that
 * end segments 0-4 into `colons` and returns the offset of the `/` that ends the resource type: -1 when the
 * sixth segment (which may itself contain `:`, as CCR tags do) has no `/`, -2 when the text is not `qcs:`
 * followed by six segments.
 * @internal
 */
export function scanResourceName(text: string, colons: number[]): number {
  if (!text.startsWith('qcs:')) return -2;
  colons[0] = 3;
  let at = 3;
  for (let i = 1; i < 5; i++) {
    at = text.indexOf(':', at + 1);
    if (at < 0) return -2;
    colons[i] = at;
  }
  return text.indexOf('/', at + 1);
}
