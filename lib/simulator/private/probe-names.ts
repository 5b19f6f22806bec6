import { CompiledStatement } from './compiled-statement';
import { ResourceName } from '../../policy/resource-name';

/** The names and request contexts that occur in a set of policy documents: what `diffAccess` probes with. */
export interface ProbeNames {
  readonly regions: Set<string>;
  readonly uins: Set<string>;
  readonly instances: Set<string>;
  /** Enterprise namespaces. */
  readonly namespaces: Set<string>;
  /** Enterprise repositories. */
  readonly repositories: Set<string>;
  /** Personal and CCR namespaces (one `repo/` type). */
  readonly repoNamespaces: Set<string>;
  /** Personal and CCR repositories. */
  readonly repoRepositories: Set<string>;
  /** IPv4 CIDRs or addresses of `qcs:ip` conditions. */
  readonly ips: Set<string>;
  /** `key&value` pairs of `qcs:resource_tag` conditions. */
  readonly tags: Set<string>;
}

/** An empty name set. */
export function emptyProbeNames(): ProbeNames {
  return {
    regions: new Set(),
    uins: new Set(),
    instances: new Set(),
    namespaces: new Set(),
    repositories: new Set(),
    repoNamespaces: new Set(),
    repoRepositories: new Set(),
    ips: new Set(),
    tags: new Set(),
  };
}

/** A concrete name: no wildcard and no Terraform interpolation. */
const concrete = (s: string | undefined): s is string => !!s && !s.includes('*') && !s.includes('${');

/** Adds the names of compiled statements: their resource entries and `qcs:ip` / `qcs:resource_tag` condition values. */
export function collectProbeNames(statements: readonly CompiledStatement[], into: ProbeNames): void {
  for (const statement of statements) {
    for (const resource of statement.resources) addResource(resource.text, into);
    for (const condition of statement.conditions) {
      if (condition.key === 'qcs:ip') condition.values.forEach((ip) => into.ips.add(ip));
      if (condition.key === 'qcs:resource_tag') condition.values.forEach((tag) => into.tags.add(tag));
    }
  }
}

function addResource(resource: string, into: ProbeNames): void {
  const parts = ResourceName.split(resource);
  if (!parts) return;
  if (concrete(parts.region)) into.regions.add(parts.region);
  const uin = /^uin\/(\d+)$/.exec(parts.account ?? '')?.[1];
  if (uin) into.uins.add(uin);
  const path = parts.resourcePath.split('/');
  if (parts.service === 'tcr' && parts.resourceType === 'instance') addIf(into.instances, path[0]);
  if (parts.service === 'tcr' && parts.resourceType === 'repository') {
    addIf(into.instances, path[0]);
    addIf(into.namespaces, path[1]);
    addIf(into.repositories, path.slice(2).filter((p) => p !== '*').join('/') || undefined);
  }
  if (parts.resourceType === 'repo' && (parts.service === 'tcr' || parts.service === 'ccr')) {
    addIf(into.repoNamespaces, path[0]);
    addIf(into.repoRepositories, path[1]?.split(':')[0]);
  }
}

function addIf(set: Set<string>, value: string | undefined): void {
  if (concrete(value)) set.add(value);
}
