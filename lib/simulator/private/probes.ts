import { ProbeNames } from './probe-names';
import { CatalogAction } from '../../catalog/types';

/** Names no document mentions: they reveal grants that widened to wildcards. */
const UNSEEN = { instance: 'tcr-probe0000', namespace: 'probe-ns', repository: 'probe-repo', tag: 'latest' };
/** A region no document names: reveals a grant widened to every region. */
const UNSEEN_REGION = 'ap-unseen';
const DEFAULT_REGION = 'ap-guangzhou';
const DEFAULT_UIN = '100000000001';

/** The sorted names each placeholder is probed with (plus one no document mentions): computed once per diff. */
export interface ProbeValues {
  readonly regions: readonly string[];
  /** `uin/<uin>` account segments. */
  readonly accounts: readonly string[];
  /** Placeholder values for Enterprise actions. */
  readonly enterprise: Readonly<Record<string, string[]>>;
  /** Placeholder values for Personal and CCR actions (their one `repo/` type). */
  readonly repo: Readonly<Record<string, string[]>>;
}

/** The probe values of a name set. */
export function probeValues(names: ProbeNames): ProbeValues {
  const instanceId = withDefault(names.instances, UNSEEN.instance);
  const tag = [UNSEEN.tag];
  return {
    regions: [...new Set([...withDefault(names.regions, DEFAULT_REGION), UNSEEN_REGION])],
    accounts: withDefault(names.uins, DEFAULT_UIN).map((u) => `uin/${u}`),
    enterprise: {
      instanceId,
      namespace: withDefault(names.namespaces, UNSEEN.namespace),
      repository: withDefault(names.repositories, UNSEEN.repository),
      tag,
    },
    repo: {
      instanceId,
      namespace: withDefault(names.repoNamespaces, UNSEEN.namespace),
      repository: withDefault(names.repoRepositories, UNSEEN.repository),
      tag,
    },
  };
}

/** Every concrete resource a catalog action can be called on, built from its templates and the probe values. */
export function probeResources(action: CatalogAction, probe: ProbeValues): string[] {
  if (action.granularity === 'operation') return ['*'];
  const { regions, accounts } = probe;
  const values = action.edition === 'enterprise' ? probe.enterprise : probe.repo;
  const out = new Set<string>();
  for (const template of action.resources) {
    if (!/^qcs::(tcr|ccr):/.test(template)) continue; // other services' resources (ssl, vpc) are not probed
    // A trailing `*` stands for the next level down: probe it with the names of that level.
    const concrete = template.replace(/instance\/\*$/, 'instance/${instanceId}')
      .replace(/(repository\/\$\{instanceId\})\/\*$/, '$1/${namespace}')
      .replace(/(repository\/\$\{instanceId\}\/\$\{namespace\})\/\*$/, '$1/${repository}');
    for (const region of action.service === 'ccr' ? [''] : regions) {
      for (const account of action.service === 'ccr' ? [''] : accounts) {
        expand(concrete.replace('${region}', region).replace('${account}', account), values, out);
      }
    }
  }
  return [...out];
}

/** The owner uin the probes use. */
export function probeOwner(names: ProbeNames): string {
  return withDefault(names.uins, DEFAULT_UIN)[0];
}

function expand(template: string, values: Readonly<Record<string, string[]>>, out: Set<string>): void {
  const m = /\$\{(\w+)\}/.exec(template);
  if (!m) {
    out.add(template);
    return;
  }
  for (const v of values[m[1]] ?? []) expand(template.replace(m[0], v), values, out);
}

function withDefault(set: Set<string>, fallback: string): string[] {
  return [...new Set([...set].sort().concat(fallback))];
}
