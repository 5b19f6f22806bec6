/**
 * What each catalog assumption means, why the catalog makes it and which Tencent pages it rests on. The deviations themselves
 * live in tools/catalog-gen/fixes.ts; the entries that rest on one list it in `CatalogAction.assumptions`.
 */
import type { CatalogAssumption } from './types';

/** One assumption, for messages and docs. */
export interface CatalogAssumptionInfo {
  /** The id entries list. */
  readonly id: CatalogAssumption;
  /** What the page says and what the catalog reads instead, in one sentence. */
  readonly summary: string;
  /** How the library stays on the safe side of it, when a decision depends on it. */
  readonly caution: string;
  /** The Tencent pages behind it. */
  readonly urls: readonly string[];
}

const CAM_TCR_PAGE = 'https://www.tencentcloud.com/document/product/598/57160';
const CCR_PAGE = 'https://intl.cloud.tencent.com/document/product/457/11527';

/** Every assumption, by id. */
export const CATALOG_ASSUMPTIONS: Readonly<Record<CatalogAssumption, CatalogAssumptionInfo>> = Object.freeze({
  'empty-region': {
    id: 'empty-region',
    summary: 'the CAM page gives this API\'s resource an empty region (qcs::tcr::…) while other rows of the same type give ${Region}; '
      + 'the catalog reads it as regional, but whether CAM compares a region-scoped policy resource with it is undocumented',
    caution: 'a policy resource that names a region is not relied on for this API: an allow through it is not evaluable '
      + '(not granted), a deny through it is assumed to apply, and guardrails deny it in every region',
    urls: [CAM_TCR_PAGE, 'https://www.tencentcloud.com/document/product/598/10606'],
  },
  'empty-uin': {
    id: 'empty-uin',
    summary: 'the CAM page writes the account as uin/ with no uin; the catalog reads it as the resource owner\'s account',
    caution: 'no decision depends on it: policies name the account as uin/<ownerUin> or leave it empty',
    urls: [CAM_TCR_PAGE, 'https://www.tencentcloud.com/document/product/598/10606'],
  },
  'source-instance': {
    id: 'source-instance',
    summary: 'the CAM page authorises this replication API on the source instance (${SourceRegistryId}); the catalog has one '
      + '${instanceId} placeholder, so the instance in a request or a grant must be the source instance',
    caution: 'an instance-scoped grant or guardrail covers replication only from that instance, not into it',
    urls: [CAM_TCR_PAGE, 'https://www.tencentcloud.com/document/product/1051/37246'],
  },
  'edition': {
    id: 'edition',
    summary: 'the CAM page does not say which product an operation-level API belongs to; the catalog files it as Enterprise '
      + 'because its name does not end in Personal',
    caution: 'an operation-level API is only ever granted or denied on "*", so the edition decides which edition\'s presets '
      + 'list it, not what a policy allows',
    urls: [CAM_TCR_PAGE, 'https://www.tencentcloud.com/document/product/1051/37246'],
  },
  'ccr-table': {
    id: 'ccr-table',
    summary: 'the CCR permission page has no read/write tables; the catalog files pull and GetUserRepositoryList as read, the rest as write',
    caution: 'read-only CCR grants name only the two read actions; the CCR read-only preset forbids the others',
    urls: [CCR_PAGE],
  },
  'ccr-ip': {
    id: 'ccr-ip',
    summary: 'the CCR permission page says nothing about qcs:ip conditions; the catalog reads them as not honoured',
    caution: 'an IP-restricted CCR grant is refused (ip-unsupported-apis) instead of being trusted to hold',
    urls: [CCR_PAGE, 'https://www.tencentcloud.com/document/product/598/10608'],
  },
});
