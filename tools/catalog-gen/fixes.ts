/**
 * The normalizations, corrections and readings the generator applies to the seeds (000 and 003). Seed text and generated output
 * are never edited by hand: every deviation from a page is listed here, with why. A deviation the page does not support is an
 * assumption (`CatalogAssumption`): the entries that rest on it list it in `assumptions`, and docs/catalog.md gives its sources.
 *
 * Kept as documented on purpose (no fix, noted so nobody "corrects" them):
 * - `DeleteReplicationRule` looks like a write but seed 000 lists it under Read: its table stays `read`,
 *   because the table is what the seed documents (consumers that care about effects must not trust the table alone).
 * - `ModifyInstance` documents `instance/*`, not `instance/${instanceId}`: kept, it is a real (if odd) template.
 * - Namespace-level enterprise APIs document `repository/${instanceId}/${namespace}/*` or `repository/${instanceId}/*`: kept.
 * - Typos in descriptions ("DeleteI instance", "CreateImmutable Tag Rule") are kept: they are the documented text.
 */

import type { AccessTable, CatalogAssumption, Edition, Granularity } from '../../lib/catalog/types';

/** A textual rewrite of one resource template. */
export interface TemplateFix {
  readonly pattern: RegExp;
  readonly replacement: string;
  /** Set when the page does not support the rewrite: the entries it applies to list this assumption. */
  readonly assumption?: CatalogAssumption;
}

/** Applied in order to every resource template of seed 000 (one spelling per placeholder afterwards). */
export const TEMPLATE_FIXES: readonly TemplateFix[] = [
  // Two Personal rows leave the template variable for the service unexpanded; the service is tcr.
  { pattern: /^qcs::\$\{ApiModule\}:/, replacement: 'qcs::tcr:' },
  // Region: `$regionid`, `${Region}` and `${region}` are one placeholder.
  { pattern: /\$regionid\b|\$\{Region\}/g, replacement: '${region}' },
  // ASSUMPTION empty-region: 14 rows omit the region of a regional tcr resource (`qcs::tcr::...`) while other rows of the same
  // types give it. Read as a regional resource like the others; whether CAM compares a region-scoped policy resource with these
  // APIs is undocumented, so the simulator and the guardrails do not rely on it.
  { pattern: /^qcs::tcr::/, replacement: 'qcs::tcr:${region}:', assumption: 'empty-region' },
  // Account: `$accountid`, `uin/${uin}` and `uin/${Uin}` stand for the whole account segment.
  { pattern: /:(?:\$accountid|uin\/\$\{[Uu]in\}):/, replacement: ':${account}:' },
  // ASSUMPTION empty-uin: `uin/` with an empty uin (Personal rows) is read as the same account segment; no page says what it means.
  { pattern: /:uin\/:/, replacement: ':${account}:', assumption: 'empty-uin' },
  // Instance: the registry id has five spellings of one placeholder.
  { pattern: /\$instanceid\b|\$RegistryId\b|\$\{(?:RegistryId|InstanceId|instanceid)\}/g, replacement: '${instanceId}' },
  // ASSUMPTION source-instance: replication APIs are authorised on the *source* instance (`${SourceRegistryId}`); the catalog has
  // one instance placeholder, so a request or a grant must name the source instance there.
  { pattern: /\$\{SourceRegistryId\}/g, replacement: '${instanceId}', assumption: 'source-instance' },
  // Personal repo names are `namespace/image`, so `repo/${Reponame}` (and `${RepoName}`, `${RepoNames}`) spans two levels.
  { pattern: /repo\/\$\{(?:Reponame|RepoName|RepoNames)\}/g, replacement: 'repo/${namespace}/${repository}' },
  // Namespace: `$namespacename`, `${NamespaceName}`, `${namespacename}`, `${Namespace}`, `${NameSpaceName}`.
  { pattern: /\$namespacename\b|\$\{(?:NamespaceName|namespacename|Namespace|NameSpaceName)\}/g, replacement: '${namespace}' },
  // Repository: `$repositoryname`, `${RepositoryName}`, `${repositoryname}`; a Helm chart (`${ChartName}`, DownloadHelmChart)
  // occupies the repository slot of the same `repository/` type (CreateHelmChart and ListChartRelease write it as the repository).
  { pattern: /\$repositoryname\b|\$\{(?:RepositoryName|repositoryname|ChartName)\}/g, replacement: '${repository}' },
  // Tag: `${Tags}` (a batch API, still one tag per resource) and `${Tag}`.
  { pattern: /\/\$\{Tags?\}/g, replacement: '/${tag}' },
  // Other services' ids follow the same camelCase spelling.
  { pattern: /\$\{CertificateId\}/g, replacement: '${certificateId}' },
];

/** The only placeholders a template may contain after the fixes (the `CatalogAction.resources` vocabulary). */
export const PLACEHOLDERS: readonly string[] = [
  '${region}', '${account}', '${instanceId}', '${namespace}', '${repository}', '${tag}', '${chart}', '${certificateId}', '${subnetId}',
];

/** Normalizes one documented template; throws if a placeholder spelling is left that no fix covers. */
export function fixTemplate(template: string): string {
  return checkTemplate(TEMPLATE_FIXES.reduce((t, f) => t.replace(f.pattern, f.replacement), template), template);
}

/** The assumptions of the fixes that rewrite `template` (in {@link TEMPLATE_FIXES} order, each once). */
export function templateAssumptions(template: string): CatalogAssumption[] {
  const out: CatalogAssumption[] = [];
  let text = template;
  for (const f of TEMPLATE_FIXES) {
    const next = text.replace(f.pattern, f.replacement);
    if (next !== text && f.assumption && !out.includes(f.assumption)) out.push(f.assumption);
    text = next;
  }
  return out;
}

/** Throws unless `fixed` is `*` or a six-segment template using only {@link PLACEHOLDERS}; returns it. */
export function checkTemplate(fixed: string, template: string = fixed): string {
  const unknown = fixed.replace(/\$\{[A-Za-z]+\}/g, (p) => (PLACEHOLDERS.includes(p) ? '' : p)).match(/\$\{?[A-Za-z]*\}?/);
  if (unknown) throw new Error(`template ${template} keeps unknown placeholder ${unknown[0]} after fixes (${fixed})`);
  if (fixed !== '*' && !/^qcs::[a-z]+:[^:]*:[^:]*:[a-z]+\/\S*$/.test(fixed)) {
    throw new Error(`template ${template} is not six-segment after fixes (${fixed})`);
  }
  return fixed;
}

/**
 * The product of a seed 000 API, which the page does not state. A `repo/` resource is TCR Personal and `instance/` or
 * `repository/` is Enterprise (https://www.tencentcloud.com/document/product/1051/37246 lists the three types), and a name ending
 * in `Personal` says so. ASSUMPTION edition: an operation-level API has no resource and most names carry no product, so the
 * rest are filed as Enterprise, a guess (doubtful for UpdateApplicationTokenPermission and AuthorizeUserImageBuildConfig).
 */
export function tcrEdition(
  api: string, granularity: Granularity, resourceTypes: readonly string[],
): { edition: Edition; assumption?: CatalogAssumption } {
  if (resourceTypes.includes('repo') || api.endsWith('Personal')) return { edition: 'personal' };
  if (granularity === 'operation') return { edition: 'enterprise', assumption: 'edition' };
  return { edition: 'enterprise' };
}

/**
 * ASSUMPTION ccr-table: seed 003 has no read/write tables for CCR. Pull and listing are read, the rest write; seed 004 backs the
 * split only indirectly (the CCR read-only preset forbids push, namespace create/delete, repository create/delete and tag delete).
 */
export const CCR_READ_ACTIONS: ReadonlySet<string> = new Set(['pull', 'GetUserRepositoryList']);

/** The table of a CCR action (see {@link CCR_READ_ACTIONS}); always rests on the `ccr-table` assumption. */
export function ccrTable(api: string): { table: AccessTable; assumption: CatalogAssumption } {
  return { table: CCR_READ_ACTIONS.has(api) ? 'read' : 'write', assumption: 'ccr-table' };
}

/**
 * ASSUMPTION ccr-ip: seed 003 says nothing about `qcs:ip` conditions. The safe reading is that CCR does not honour them, so an
 * IP-restricted CCR grant is refused (ip-unsupported-apis) rather than trusted to hold.
 */
export const CCR_IP_RESTRICTION: { readonly ipRestriction: boolean; readonly assumption: CatalogAssumption } = { ipRestriction: false, assumption: 'ccr-ip' };

/** Seed 003 (legacy CCR) names the image `${name}`; the catalog's vocabulary calls it `${repository}`. */
export function fixCcrTemplate(template: string): string {
  return checkTemplate(template.replace(/\$\{name\}/g, '${repository}'), template);
}

/** Some rows have no description (e.g. DescribeInstanceStatus): the API name stands in, as the type documents. */
export function fixDescription(api: string, description: string): string {
  return description === '' ? api : description;
}
