/**
 * Types of the action catalog: one entry per API that TCR (and legacy CCR) connects to CAM.
 * The data lives in `generated/`, produced from Tencent's pages (see `CATALOG_SOURCES`) by `npm run gen:catalog`.
 */

/** The table of the API list a row was documented in. */
export type AccessTable = 'write' | 'read' | 'list';

/**
 * Authorization granularity (https://www.tencentcloud.com/document/product/598/57160). An operation-level API is only authorized by a statement
 * whose resources include `*`; scoped to a specific resource, CAM deems it unauthorized.
 */
export type Granularity = 'resource' | 'operation';

/** Which product an action belongs to. */
export type Edition = 'enterprise' | 'personal' | 'ccr';

/** The CAM service prefix of an action. */
export type ServiceName = 'tcr' | 'ccr';

/**
 * A reading of the catalog that the source page does not support: every such deviation lives in
 * tools/catalog-gen/fixes.ts with its reason, and every entry that rests on one lists it
 * (see `CATALOG_ASSUMPTIONS` for what each means and the Tencent pages behind it).
 * - `empty-region`: the page gives the resource an empty region (`qcs::tcr::…`); the catalog writes `${region}`.
 * - `empty-uin`: the page writes the account as `uin/` with no uin; the catalog reads it as the account placeholder.
 * - `source-instance`: the page names `${SourceRegistryId}` (replication is authorised on the source instance); the catalog writes `${instanceId}`.
 * - `edition`: the page does not say which product an operation-level API belongs to; the catalog guesses from its name.
 * - `ccr-table`: the CCR page has no read/write tables; the catalog files pull and listing as read, the rest as write.
 * - `ccr-ip`: the CCR page says nothing about `qcs:ip`; the catalog reads it as not honoured (the reading that grants less).
 */
export type CatalogAssumption = 'empty-region' | 'empty-uin' | 'source-instance' | 'edition' | 'ccr-table' | 'ccr-ip';

/** A page the catalog is generated from. */
export interface CatalogSource {
  /** The vendored file in tools/catalog-gen/seeds. */
  readonly file: string;
  /** The page's title. */
  readonly title: string;
  /** Where Tencent publishes the page. */
  readonly url: string;
  /** The page's "Last updated" date as captured. */
  readonly lastUpdated: string;
}

/** One API as CAM knows it. */
export interface CatalogAction {
  /** The full action name, e.g. `tcr:PullRepository`. */
  readonly name: string;
  /** The service prefix, e.g. `tcr`. */
  readonly service: ServiceName;
  /** The API name without prefix, e.g. `PullRepository`. */
  readonly api: string;
  /** The documented description (the API name when the page gives none). */
  readonly description: string;
  /** The table the API is listed in. */
  readonly table: AccessTable;
  /** Resource-level or operation-level authorization. */
  readonly granularity: Granularity;
  /**
   * Normalized six-segment resource templates, in the order the page lists them (some rows have two),
   * or `['*']` for operation-level APIs. Placeholders: `${region}`, `${account}` (the whole account
   * segment: `uin/<uin>` or empty), `${instanceId}`, `${namespace}`, `${repository}`, `${tag}`,
   * `${chart}`, `${certificateId}`, `${subnetId}`.
   */
  readonly resources: readonly string[];
  /** The TCR/CCR resource types the API is authorized on (`instance`, `repository`, `repo`); empty for operation level. */
  readonly resourceTypes: readonly string[];
  /** Whether the API honours a `qcs:ip` condition (the "IP Restriction" column of https://www.tencentcloud.com/document/product/598/57160). */
  readonly ipRestriction: boolean;
  /** The product the API belongs to. */
  readonly edition: Edition;
  /** The page the row comes from (its vendored capture, see `CATALOG_SOURCES`). */
  readonly source: string;
  /** The readings this entry rests on that its page does not support; empty when the page says it all. */
  readonly assumptions: readonly CatalogAssumption[];
}

/**
 * A TCR or CCR API that Tencent's API reference or SDK names but the CAM page does not list: CAM's
 * granularity, resources and IP support for it are unknown. A grant naming it cannot be evaluated; only a
 * deny pattern (`tcr:Delete*`) reliably covers it.
 */
export interface UndocumentedAction {
  /** The full action name, e.g. `tcr:DeleteImage`. */
  readonly name: string;
  /** The service prefix. */
  readonly service: ServiceName;
  /** The API name without prefix. */
  readonly api: string;
  /** Where Tencent names the API (API reference page or SDK source). */
  readonly url: string;
  /** The date of that source as captured. */
  readonly asOf: string;
}
