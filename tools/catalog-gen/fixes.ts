/**
 * The normalizations and corrections the generator applies to the seeds (000, and the one CCR fix for 003). Seed text and generated output are
 * never edited by hand: every deviation from the seed is listed here, with why.
 *
 * Kept as documented on purpose (no fix, noted so nobody "corrects" them):
 * - `DeleteReplicationRule` looks like a write but seed 000 lists it under Read: its table stays `read`,
 *   because the table is what the seed documents (consumers that care about effects must not trust the table alone).
 * - `ModifyInstance` documents `instance/*`, not `instance/${instanceId}`: kept, it is a real (if odd) template.
 * - Namespace-level enterprise APIs document `repository/${instanceId}/${namespace}/*` or `repository/${instanceId}/*`: kept.
 * - Typos in descriptions ("DeleteI instance", "CreateImmutable Tag Rule") are kept: they are the documented text.
 */

/** A textual rewrite of one resource template. */
export interface TemplateFix {
  readonly pattern: RegExp;
  readonly replacement: string;
}

/** Applied in order to every resource template of seed 000 (one spelling per placeholder afterwards). */
export const TEMPLATE_FIXES: readonly TemplateFix[] = [
  // Two Personal rows leave the template variable for the service unexpanded; the service is tcr.
  { pattern: /^qcs::\$\{ApiModule\}:/, replacement: 'qcs::tcr:' },
  // Region: `$regionid`, `${Region}` and `${region}` are one placeholder.
  { pattern: /\$regionid\b|\$\{Region\}/g, replacement: '${region}' },
  // Some rows omit the region of a regional tcr resource (`qcs::tcr::...`); other rows of the same types give it.
  { pattern: /^qcs::tcr::/, replacement: 'qcs::tcr:${region}:' },
  // Account: `$accountid`, `uin/${uin}`, `uin/${Uin}` and `uin/` with an empty uin all stand for the whole account segment.
  { pattern: /:(?:\$accountid|uin\/\$\{[Uu]in\}|uin\/):/, replacement: ':${account}:' },
  // Instance: the registry id has six spellings; `${SourceRegistryId}` (replication APIs) is the source instance's id.
  { pattern: /\$instanceid\b|\$RegistryId\b|\$\{(?:RegistryId|InstanceId|instanceid|SourceRegistryId)\}/g, replacement: '${instanceId}' },
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

/** Throws unless `fixed` is `*` or a six-segment template using only {@link PLACEHOLDERS}; returns it. */
export function checkTemplate(fixed: string, template: string = fixed): string {
  const unknown = fixed.replace(/\$\{[A-Za-z]+\}/g, (p) => (PLACEHOLDERS.includes(p) ? '' : p)).match(/\$\{?[A-Za-z]*\}?/);
  if (unknown) throw new Error(`template ${template} keeps unknown placeholder ${unknown[0]} after fixes (${fixed})`);
  if (fixed !== '*' && !/^qcs::[a-z]+:[^:]*:[^:]*:[a-z]+\/\S*$/.test(fixed)) {
    throw new Error(`template ${template} is not six-segment after fixes (${fixed})`);
  }
  return fixed;
}

/** Seed 003 (legacy CCR) names the image `${name}`; the catalog's vocabulary calls it `${repository}`. */
export function fixCcrTemplate(template: string): string {
  return checkTemplate(template.replace(/\$\{name\}/g, '${repository}'), template);
}

/** Some rows have no description (e.g. DescribeInstanceStatus): the API name stands in, as the type documents. */
export function fixDescription(api: string, description: string): string {
  return description === '' ? api : description;
}
