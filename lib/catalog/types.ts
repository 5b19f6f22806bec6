/**
 * Types of the action catalog: one entry per API that TCR (and legacy CCR) connects to CAM.
 * The data lives in `generated/`, produced from the seed documents by `npm run gen:catalog`.
 */

/** The table of the API list a row was documented in. */
export type AccessTable = 'write' | 'read' | 'list';

/**
 * Authorization granularity (seed 000). An operation-level API is only authorized by a statement
 * whose resources include `*`; scoped to a specific resource, CAM deems it unauthorized.
 */
export type Granularity = 'resource' | 'operation';

/** Which product an action belongs to. */
export type Edition = 'enterprise' | 'personal' | 'ccr';

/** The CAM service prefix of an action. */
export type ServiceName = 'tcr' | 'ccr';

/** One API as CAM knows it. */
export interface CatalogAction {
  /** The full action name, e.g. `tcr:PullRepository`. */
  readonly name: string;
  /** The service prefix, e.g. `tcr`. */
  readonly service: ServiceName;
  /** The API name without prefix, e.g. `PullRepository`. */
  readonly api: string;
  /** The documented description (the API name when the seed gives none). */
  readonly description: string;
  /** The table the API is listed in. */
  readonly table: AccessTable;
  /** Resource-level or operation-level authorization. */
  readonly granularity: Granularity;
  /**
   * Normalized six-segment resource templates, in the order the seed lists them (some rows have two),
   * or `['*']` for operation-level APIs. Placeholders: `${region}`, `${account}` (the whole account
   * segment: `uin/<uin>` or empty), `${instanceId}`, `${namespace}`, `${repository}`, `${tag}`,
   * `${chart}`, `${certificateId}`, `${subnetId}`.
   */
  readonly resources: readonly string[];
  /** The TCR/CCR resource types the API is authorized on (`instance`, `repository`, `repo`); empty for operation level. */
  readonly resourceTypes: readonly string[];
  /** Whether the API honours a `qcs:ip` condition (seed 000 "IP Restriction"). */
  readonly ipRestriction: boolean;
  /** The product the API belongs to. */
  readonly edition: Edition;
  /** The seed document the row comes from. */
  readonly source: string;
}
