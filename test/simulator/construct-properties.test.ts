// Property-based proofs: for random valid names and random requests drawn from the catalog, each construct
// allows exactly the requests inside its documented scope (support/scopes.ts). Seeded: fast-check prints the
// seed and the counterexample path on failure; rerun with that seed to reproduce.
import { TerraformStack } from 'cdktf';
import * as fc from 'fast-check';
import { AccessLevel, compilePolicies, NamespaceAdmin, PersonalRepoAccess, RepoReadOnly, RepositoryAccess, RepositoryAccessLevel, TcrInstanceAccess, TcrTeamAccess } from '../../lib';
import { consoleListingActions } from '../../lib/scenarios/console-listing';
import { cleanTestingOutdirs, newStack } from '../helpers/synth';
import { instanceIdArb, NamePool, ownerArb, regionArb, requestArb, validName } from './support/arbitraries';
import {
  expectedDecision, instanceAccessScope, namespaceAdminScope, personalScope, Placement, repoReadOnlyScope, repositoryAccessScope, ScopeRule,
} from './support/scopes';

const SEED = 20240404;
const NAME_SAMPLES = 100;
const REQUESTS_PER_SAMPLE = 100;

/** One name sample: the construct's documents, where it lives, its scope, and the names requests draw from. */
interface Subject {
  readonly documents: string[];
  readonly placement: Placement;
  readonly scope: ScopeRule;
  readonly pool: NamePool;
}

let stack: TerraformStack;
let seq = 0;
beforeAll(() => {
  stack = newStack();
});
afterAll(cleanTestingOutdirs);

/**
 * Builds one construct per name sample and checks a batch of requests against it, counting every case.
 * The construct is compiled once per sample; each request goes through `simulate` on the compiled form.
 */
function checkScope(subjectArb: fc.Arbitrary<Subject>): number {
  let cases = 0;
  const sampleArb = subjectArb.chain((subject) =>
    fc.tuple(fc.constant(subject), fc.array(requestArb(subject.pool), { minLength: REQUESTS_PER_SAMPLE, maxLength: REQUESTS_PER_SAMPLE })));
  fc.assert(
    fc.property(sampleArb, ([subject, requests]) => {
      const compiled = compilePolicies(subject.documents);
      for (const request of requests) {
        const expected = expectedDecision(subject.placement, subject.scope, request);
        const result = compiled.simulate(request);
        cases++;
        if (result.decision !== expected) {
          throw new Error(`${JSON.stringify(request)}: expected ${expected}, got ${result.decision} (${result.reason})\n${subject.documents.join('\n')}`);
        }
        // The fast path must agree with the full evaluation.
        if (compiled.decide(request) !== result.decision) throw new Error(`decide() disagrees with simulate() on ${JSON.stringify(request)}`);
      }
    }),
    { seed: SEED, numRuns: NAME_SAMPLES, endOnFailure: true },
  );
  return cases;
}

const placementArb = fc.record({ region: regionArb, ownerUin: ownerArb });

test('RepoReadOnly allows exactly pull and describe of its repositories (10,000 cases)', () => {
  const subject = fc.record({
    instanceId: instanceIdArb,
    namespace: validName('namespace'),
    repositories: fc.uniqueArray(validName('repository', true), { minLength: 1, maxLength: 3 }),
    placement: placementArb,
    registryLogin: fc.boolean(),
  }).map(({ instanceId, namespace, repositories, placement, registryLogin }): Subject => ({
    documents: new RepoReadOnly(stack, `P${seq++}`, { instanceId, namespace, repositories, registryLogin, ...placement }).renderedDocuments(),
    placement,
    scope: repoReadOnlyScope(instanceId, namespace, repositories, registryLogin),
    pool: { instanceIds: [instanceId], namespaces: [namespace], repositories },
  }));
  expect(checkScope(subject)).toBeGreaterThanOrEqual(10_000);
});

test('NamespaceAdmin allows exactly its namespace and describing its instance (10,000 cases)', () => {
  const subject = fc.record({
    instanceId: instanceIdArb, namespace: validName('namespace'), placement: placementArb, repository: validName('repository', true), registryLogin: fc.boolean(),
  }).map(({ instanceId, namespace, placement, repository, registryLogin }): Subject => ({
    documents: new NamespaceAdmin(stack, `P${seq++}`, { instanceId, namespace, registryLogin, ...placement }).renderedDocuments(),
    placement,
    scope: namespaceAdminScope(instanceId, namespace, registryLogin),
    pool: { instanceIds: [instanceId], namespaces: [namespace], repositories: [repository] },
  }));
  expect(checkScope(subject)).toBeGreaterThanOrEqual(10_000);
});

test('TcrInstanceAccess allows exactly its access level on its instance(s) (10,000 cases)', () => {
  const subject = fc.record({
    full: fc.boolean(),
    instanceId: fc.option(instanceIdArb, { nil: undefined }),
    placement: placementArb,
    namespace: validName('namespace'),
    repository: validName('repository', true),
    registryLogin: fc.boolean(),
  }).map(({ full, instanceId, placement, namespace, repository, registryLogin }): Subject => ({
    documents: new TcrInstanceAccess(stack, `P${seq++}`, { access: full ? AccessLevel.FULL : AccessLevel.READ_ONLY, instanceId, registryLogin, ...placement })
      .renderedDocuments(),
    placement,
    scope: instanceAccessScope(full, instanceId, registryLogin),
    pool: { instanceIds: [instanceId ?? 'tcr-abcd1234'], namespaces: [namespace], repositories: [repository] },
  }));
  expect(checkScope(subject)).toBeGreaterThanOrEqual(10_000);
});

test('PersonalRepoAccess allows exactly its access level on its Personal scope (10,000 cases)', () => {
  const subject = fc.record({
    full: fc.boolean(),
    namespace: fc.option(validName('personalNamespace'), { nil: undefined }),
    repository: fc.option(validName('personalRepository'), { nil: undefined }),
    placement: placementArb,
    instanceId: instanceIdArb,
    registryLogin: fc.boolean(),
  }).map(({ full, namespace, repository: repo, placement, instanceId, registryLogin }): Subject => {
    const repository = namespace === undefined ? undefined : repo;
    const access = full ? AccessLevel.FULL : AccessLevel.READ_ONLY;
    return {
      documents: new PersonalRepoAccess(stack, `P${seq++}`, { access, namespace, repository, registryLogin, ...placement }).renderedDocuments(),
      placement,
      scope: personalScope(full, namespace, repository, registryLogin),
      pool: { instanceIds: [instanceId], namespaces: [namespace ?? 'team-01'], repositories: [repository ?? repo ?? 'app'] },
    };
  });
  expect(checkScope(subject)).toBeGreaterThanOrEqual(10_000);
});

/** Repository names with the multi-level names below them: `app`, `app/x`, `app/x/y`, as requests draw them. */
const withSubNames = (repositories: readonly string[], subs: readonly string[]) =>
  [...repositories, ...repositories.flatMap((r) => subs.flatMap((sub) => [`${r}/${sub}`, `${r}/${sub}/${sub}`]))];

test('RepositoryAccess allows exactly its namespace and its named repositories, never the repositories below them (10,000 cases)', () => {
  const subject = fc.record({
    instanceId: instanceIdArb,
    namespace: validName('namespace'),
    repositories: fc.option(fc.uniqueArray(validName('repository', true), { minLength: 1, maxLength: 3 }), { nil: undefined }),
    subs: fc.uniqueArray(validName('repository', true), { minLength: 1, maxLength: 2 }),
    push: fc.boolean(),
    registryLogin: fc.boolean(),
    consoleListing: fc.boolean(),
    placement: placementArb,
  }).map(({ instanceId, namespace, repositories, subs, push, registryLogin, consoleListing, placement }): Subject => {
    const access = push ? RepositoryAccessLevel.PULL_PUSH : RepositoryAccessLevel.PULL;
    const listing = consoleListing ? consoleListingActions('enterprise') : undefined;
    return {
      documents: new RepositoryAccess(stack, `P${seq++}`, { instanceId, namespace, access, repositories, registryLogin, consoleListing, ...placement })
        .renderedDocuments(),
      placement,
      scope: repositoryAccessScope(instanceId, namespace, repositories, push, { registryLogin, listing }),
      pool: { instanceIds: [instanceId], namespaces: [namespace], repositories: withSubNames(repositories ?? subs, subs) },
    };
  });
  expect(checkScope(subject)).toBeGreaterThanOrEqual(10_000);
});

test('TcrTeamAccess: every role allows exactly its scope; CI pushes only the named repositories, never one below them (10,000 cases)', () => {
  const subject = fc.record({
    instanceId: instanceIdArb,
    namespace: validName('namespace'),
    ci: fc.uniqueArray(validName('repository', true), { minLength: 1, maxLength: 3 }),
    subs: fc.uniqueArray(validName('repository', true), { minLength: 1, maxLength: 2 }),
    role: fc.constantFrom('admins', 'developers', 'ci', 'readers'),
    placement: placementArb,
  }).map(({ instanceId, namespace, ci, subs, role, placement }): Subject => {
    const team = new TcrTeamAccess(stack, `P${seq++}`, {
      instanceId,
      namespace,
      ...placement,
      admins: { groupId: '1' },
      developers: { groupId: '2' },
      ci: { roleId: '3', repositories: ci },
      readers: { groupId: '4' },
    });
    const scopes: Record<typeof role, ScopeRule> = {
      admins: namespaceAdminScope(instanceId, namespace),
      developers: repositoryAccessScope(instanceId, namespace, undefined, true),
      ci: repositoryAccessScope(instanceId, namespace, ci, true),
      readers: repositoryAccessScope(instanceId, namespace, undefined, false),
    };
    return {
      documents: team[role]!.renderedDocuments(),
      placement,
      scope: scopes[role],
      pool: { instanceIds: [instanceId], namespaces: [namespace], repositories: withSubNames(ci, subs) },
    };
  });
  expect(checkScope(subject)).toBeGreaterThanOrEqual(10_000);
});
