import { Construct } from 'constructs';
import { INSTANCE_ID, namespaces, REGION, repositories } from './names';
import { Random } from './random';
import { AccessLevel, NamespaceAdmin, PersonalRepoAccess, PolicyDocument, RepoReadOnly } from '../lib';
import { namespaceAdmin, repoReadOnly } from '../lib/scenarios/enterprise';
import { personalAccess } from '../lib/scenarios/personal';
import { withRegistryLogin } from '../lib/scenarios/registry-login';
import { Scenario } from '../lib/scenarios/scenario';

/** The id of the benchmark stack; default policy names are `<stack id>-<construct id>`. */
export const STACK_ID = 'teams';

/** One policy of the synth benchmark: which construct, with which props. */
export type PolicyCase =
  | { readonly id: string; readonly kind: 'repo-read-only'; readonly namespace: string; readonly repositories: string[] }
  | { readonly id: string; readonly kind: 'namespace-admin'; readonly namespace: string }
  | { readonly id: string; readonly kind: 'personal'; readonly access: AccessLevel; readonly namespace: string; readonly repository?: string };

/**
 * `n` policies as a platform team's monorepo holds them: 40% RepoReadOnly over 1-5 repositories, 30%
 * NamespaceAdmin, 30% PersonalRepoAccess (pull one repository, or manage a namespace). Deterministic.
 */
export function mixedCases(n: number): PolicyCase[] {
  const random = new Random(n);
  const nss = namespaces(n, random);
  const repos = repositories(200, random);
  return nss.map((namespace, i): PolicyCase => {
    const id = `Team${i}`;
    const roll = random.next();
    if (roll < 0.4) return { id, kind: 'repo-read-only', namespace, repositories: Array.from({ length: 1 + random.int(5) }, () => random.pick(repos)).filter(unique) };
    if (roll < 0.7) return { id, kind: 'namespace-admin', namespace };
    return random.chance(0.5)
      ? { id, kind: 'personal', access: AccessLevel.READ_ONLY, namespace, repository: random.pick(repos).replace(/\//g, '-') }
      : { id, kind: 'personal', access: AccessLevel.FULL, namespace };
  });
}

/** Adds the construct of a case to `scope`, as user code would. */
export function addConstruct(scope: Construct, c: PolicyCase): void {
  switch (c.kind) {
    case 'repo-read-only':
      new RepoReadOnly(scope, c.id, { instanceId: INSTANCE_ID, namespace: c.namespace, repositories: c.repositories, region: REGION });
      return;
    case 'namespace-admin':
      new NamespaceAdmin(scope, c.id, { instanceId: INSTANCE_ID, namespace: c.namespace, region: REGION });
      return;
    case 'personal':
      new PersonalRepoAccess(scope, c.id, { access: c.access, namespace: c.namespace, repository: c.repository, region: REGION });
      return;
  }
}

/** The policy document the construct of a case synthesizes, rendered straight from its scenario (for the raw floor). */
export function renderCase(c: PolicyCase): string {
  return new PolicyDocument({ statements: scenarioOf(c).build() }).render();
}

// Each with the registry login statement the constructs add by default (`registryLogin`).
function scenarioOf(c: PolicyCase): Scenario {
  const scope = { region: REGION };
  const enterprise = { edition: 'enterprise', instanceId: INSTANCE_ID } as const;
  switch (c.kind) {
    case 'repo-read-only': return withRegistryLogin(repoReadOnly({ instanceId: INSTANCE_ID, namespace: c.namespace, repositories: c.repositories, region: REGION }), enterprise, scope);
    case 'namespace-admin': return withRegistryLogin(namespaceAdmin({ instanceId: INSTANCE_ID, namespace: c.namespace, region: REGION }), enterprise, scope);
    case 'personal': return withRegistryLogin(personalAccess({ access: c.access, namespace: c.namespace, repository: c.repository, region: REGION }), { edition: 'personal' }, scope);
  }
}

function unique<T>(value: T, index: number, list: readonly T[]): boolean {
  return list.indexOf(value) === index;
}
