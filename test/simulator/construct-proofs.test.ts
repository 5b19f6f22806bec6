// Proofs of the constructs' scopes through `simulate`: every probe is derived from the catalog's resource
// templates, so a new catalog API is proven without editing this file.
import { TerraformStack } from 'cdktf';
import {
  AccessLevel, CATALOG_ACTIONS, CatalogAction, IpUnsupportedApis, NamespaceAdmin, PersonalRepoAccess, RepoReadOnly, RepositoryAccess,
  RepositoryAccessLevel, simulate, TcrInstanceAccess, TcrTeamAccess,
} from '../../lib';
import { cleanTestingOutdirs, newStack } from '../helpers/synth';
import { catalog, fillTemplate, resourcesOf, templateService, templateType, TemplateValues } from './support/requests';

const I = 'tcr-abcd1234';
const NS = 'team-01';
const REPO = 'app';
const OTHER = 'tcr-efgh5678';
const instanceResource = (instanceId: string) => fillTemplate('qcs::tcr:${region}:${account}:instance/${instanceId}', { instanceId });
const decide = (docs: string[], action: string, resource: string) => simulate(docs, { action, resource }).decision;

/** Every (action, resource) a template yields for the given values. */
function probes(actions: readonly CatalogAction[], values: TemplateValues): Array<[string, string]> {
  return actions.flatMap((a) => resourcesOf(a, values).map((r) => [a.name, r] as [string, string]));
}

/** The probes a policy allows, as `action on resource`, for a readable failure. */
function allowed(docs: string[], list: ReadonlyArray<[string, string]>): string[] {
  return list.filter(([a, r]) => decide(docs, a, r) === 'allow').map(([a, r]) => `${a} on ${r}`);
}

let stack: TerraformStack;
let seq = 0;
beforeEach(() => {
  stack = newStack();
});
afterAll(cleanTestingOutdirs);
const id = () => `P${seq++}`;

// The seeds (000) list PullRepository and PullRepositoryPersonal among the write operations, yet their
// read-only templates (001, 002) grant them: "read-only" means describe and pull. The login APIs (the
// caller's own instance token, the caller's own Personal registry password) are writes too, granted by
// `registryLogin` and proven in their own block below. Every other API of the write table is a write the
// read-only constructs must never allow.
const PULL_APIS = ['tcr:PullRepository', 'tcr:PullRepositoryPersonal'];
const LOGIN_APIS = ['tcr:CreateInstanceToken', 'tcr:CreateUserPersonal', 'tcr:ModifyUserPasswordPersonal'];
const WRITES = catalog((a) => a.table === 'write' && !PULL_APIS.includes(a.name) && !LOGIN_APIS.includes(a.name));

describe('RepoReadOnly', () => {
  const docs = () => new RepoReadOnly(stack, id(), { instanceId: I, namespace: NS, repository: REPO }).renderedDocuments();
  const repo = (instance: string, ns: string, name: string) => fillTemplate('qcs::tcr:${region}:${account}:repository/${instanceId}/${namespace}/${repository}', { instanceId: instance, namespace: ns, repository: name });

  test('allows tcr:PullRepository on its repository', () => {
    expect(decide(docs(), 'tcr:PullRepository', repo(I, NS, REPO))).toBe('allow');
  });

  test.each(['tcr:PushRepository', 'tcr:DeleteRepository'])('denies %s on its repository', (action) => {
    expect(decide(docs(), action, repo(I, NS, REPO))).toBe('implicit-deny');
  });

  test.each([
    ['a sibling repository', repo(I, NS, 'app2')],
    ['a repository whose name extends it', repo(I, NS, `${REPO}x`)],
    ['another namespace', repo(I, 'team-02', REPO)],
    ['another instance', repo('tcr-efgh5678', NS, REPO)],
  ])('denies pull of %s', (_case, resource) => {
    expect(decide(docs(), 'tcr:PullRepository', resource)).toBe('implicit-deny');
  });

  test('allows no write API on any resource of its own names', () => {
    expect(allowed(docs(), probes(WRITES, { instanceId: I, namespace: NS, repository: REPO }))).toEqual([]);
  });
});

describe('NamespaceAdmin', () => {
  const docs = () => new NamespaceAdmin(stack, id(), { instanceId: I, namespace: NS }).renderedDocuments();
  // "Inside its namespace" = the resource-level write APIs whose template addresses a namespace or something
  // in it: `repository/${instanceId}/${namespace}...`. Write APIs scoped to the instance (`instance/...`) or to
  // the whole instance's namespaces (`repository/${instanceId}/*`, e.g. CreateNamespace) are outside: the
  // construct grants only tcr:DescribeInstance* on the instance (seed 002's template).
  const isNamespaceTemplate = (t: string) => t.split(':').slice(5).join(':').startsWith('repository/${instanceId}/${namespace}');
  const inside = catalog((a) => a.table === 'write' && a.granularity === 'resource' && a.resources.some(isNamespaceTemplate));
  const instanceScoped = catalog((a) => a.table === 'write' && a.granularity === 'resource' && !a.resources.some(isNamespaceTemplate) && a.edition === 'enterprise');

  test('the namespace-scoped write APIs are the ones the catalog documents on repository/<instance>/<namespace>', () => {
    expect(inside.length).toBeGreaterThan(10);
    expect(inside.map((a) => a.name))
      .toEqual(expect.arrayContaining(['tcr:PushRepository', 'tcr:DeleteRepository', 'tcr:DeleteNamespace', 'tcr:CreateRepository']));
    expect(instanceScoped.map((a) => a.name)).toEqual(expect.arrayContaining(['tcr:CreateNamespace', 'tcr:DeleteInstance', 'tcr:CreateInstanceToken']));
  });

  test('allows every namespace-scoped write API inside its namespace', () => {
    const values = { instanceId: I, namespace: NS, repository: REPO };
    const list = inside.map((a) => [a.name, fillTemplate(a.resources.find(isNamespaceTemplate)!, values)] as [string, string]);
    const denied = list.filter(([a, r]) => decide(docs(), a, r) !== 'allow');
    expect(denied).toEqual([]);
  });

  test('allows no instance-scoped write API but its own login token, even on its own instance', () => {
    expect(allowed(docs(), probes(instanceScoped, { instanceId: I, namespace: NS }))).toEqual([`tcr:CreateInstanceToken on ${instanceResource(I)}`]);
  });

  test.each([
    ['another namespace', { instanceId: I, namespace: 'team-02' }],
    ['a namespace whose name extends it', { instanceId: I, namespace: `${NS}0` }],
    ['another instance', { instanceId: 'tcr-efgh5678', namespace: NS }],
  ])('allows no write API in %s (but its login token on its own instance)', (_case, values) => {
    const login = values.instanceId === I ? [`tcr:CreateInstanceToken on ${instanceResource(I)}`] : [];
    expect(allowed(docs(), probes(catalog((a) => a.table === 'write'), { ...values, repository: REPO }))).toEqual(login);
  });
});

describe('registry login: every Enterprise pull/push grant lets its identity mint its own token on its instance, and only there', () => {
  const enterprise: Array<[string, (registryLogin?: boolean) => string[]]> = [
    ['RepoReadOnly', (registryLogin) => new RepoReadOnly(stack, id(), { instanceId: I, namespace: NS, repository: REPO, registryLogin }).renderedDocuments()],
    ...[RepositoryAccessLevel.PULL, RepositoryAccessLevel.PULL_PUSH].map((access): [string, (l?: boolean) => string[]] => [`RepositoryAccess ${access}`,
      (registryLogin) => new RepositoryAccess(stack, id(), { instanceId: I, namespace: NS, access, registryLogin }).renderedDocuments()]),
    ['NamespaceAdmin', (registryLogin) => new NamespaceAdmin(stack, id(), { instanceId: I, namespace: NS, registryLogin }).renderedDocuments()],
    ['TcrInstanceAccess READ_ONLY', (registryLogin) =>
      new TcrInstanceAccess(stack, id(), { access: AccessLevel.READ_ONLY, instanceId: I, registryLogin }).renderedDocuments()],
    ...(['admins', 'developers', 'ci', 'readers'] as const).map((role) => [`TcrTeamAccess ${role}`, (registryLogin?: boolean) => {
      const team = new TcrTeamAccess(stack, id(), {
        instanceId: I,
        namespace: NS,
        registryLogin,
        admins: { groupId: '1' },
        developers: { groupId: '2' },
        ci: { roleId: '3', repositories: [REPO] },
        readers: { groupId: '4' },
      });
      return team[role]!.renderedDocuments();
    }] as [string, (l?: boolean) => string[]]),
  ];

  test.each(enterprise)('%s: allowed on its instance, denied on another', (_case, docs) => {
    const d = docs();
    expect(decide(d, 'tcr:CreateInstanceToken', instanceResource(I))).toBe('allow');
    for (const other of [OTHER, `${I}0`]) expect(decide(d, 'tcr:CreateInstanceToken', instanceResource(other))).toBe('implicit-deny');
  });

  test.each(enterprise)('%s with registryLogin: false: denied', (_case, docs) => {
    expect(decide(docs(false), 'tcr:CreateInstanceToken', instanceResource(I))).toBe('implicit-deny');
  });

  test('TcrInstanceAccess READ_ONLY on every instance: allowed on any instance; FULL includes it through tcr:*', () => {
    const every = new TcrInstanceAccess(stack, id(), { access: AccessLevel.READ_ONLY }).renderedDocuments();
    for (const i of [I, OTHER]) expect(decide(every, 'tcr:CreateInstanceToken', instanceResource(i))).toBe('allow');
    const full = new TcrInstanceAccess(stack, id(), { access: AccessLevel.FULL, instanceId: I }).renderedDocuments();
    expect(decide(full, 'tcr:CreateInstanceToken', instanceResource(I))).toBe('allow');
    expect(decide(full, 'tcr:CreateInstanceToken', instanceResource(OTHER))).toBe('implicit-deny');
  });

  test('allowedSourceIps restricts minting the token to those addresses', () => {
    const docs = new RepositoryAccess(stack, id(), {
      instanceId: I, namespace: NS, access: RepositoryAccessLevel.PULL_PUSH, allowedSourceIps: ['10.0.0.0/8'], ipUnsupportedApis: IpUnsupportedApis.ALLOW_WITHOUT_CONDITION,
    }).renderedDocuments();
    const from = (ip: string) => simulate(docs, { action: 'tcr:CreateInstanceToken', resource: instanceResource(I), sourceIp: ip }).decision;
    expect(from('10.1.2.3')).toBe('allow');
    expect(from('192.168.0.1')).toBe('implicit-deny');
  });

  test.each([
    ['FULL on everything', { access: AccessLevel.FULL }],
    ['READ_ONLY on everything', { access: AccessLevel.READ_ONLY }],
    ['FULL on a namespace', { access: AccessLevel.FULL, namespace: NS }],
    ['READ_ONLY on a repository', { access: AccessLevel.READ_ONLY, namespace: NS, repository: REPO }],
  ])('PersonalRepoAccess %s: sets its own registry password; registryLogin: false does not', (_case, props) => {
    const on = new PersonalRepoAccess(stack, id(), props).renderedDocuments();
    const off = new PersonalRepoAccess(stack, id(), { ...props, registryLogin: false }).renderedDocuments();
    for (const action of ['tcr:CreateUserPersonal', 'tcr:ModifyUserPasswordPersonal']) {
      expect(decide(on, action, '*')).toBe('allow');
      expect(decide(off, action, '*')).toBe('implicit-deny');
    }
    // Nothing else operation-level: the account's other Personal users, tokens and settings stay closed.
    const operationLevel = catalog((a) => a.granularity === 'operation' && a.table === 'write' && !LOGIN_APIS.includes(a.name));
    expect(operationLevel.filter((a) => decide(on, a.name, '*') === 'allow').map((a) => a.name)).toEqual([]);
  });
});

describe('RepositoryAccess and the in-namespace team roles', () => {
  const repository = (name: string) => fillTemplate('qcs::tcr:${region}:${account}:repository/${instanceId}/${namespace}/${repository}', { instanceId: I, namespace: NS, repository: name });
  const developer = (repositories?: string[]) =>
    new RepositoryAccess(stack, id(), { instanceId: I, namespace: NS, access: RepositoryAccessLevel.PULL_PUSH, repositories }).renderedDocuments();

  test('a developer with PULL_PUSH on team-01/app logs in and pushes app, never app/secret or app/x/y unless named', () => {
    const docs = developer([REPO]);
    expect(decide(docs, 'tcr:CreateInstanceToken', instanceResource(I))).toBe('allow');
    expect(decide(docs, 'tcr:PushRepository', repository(REPO))).toBe('allow');
    for (const below of [`${REPO}/secret`, `${REPO}/x/y`]) {
      expect(decide(docs, 'tcr:PushRepository', repository(below))).toBe('implicit-deny');
      expect(decide(docs, 'tcr:PullRepository', repository(below))).toBe('implicit-deny');
    }
    expect(decide(developer([REPO, `${REPO}/secret`]), 'tcr:PushRepository', repository(`${REPO}/secret`))).toBe('allow');
  });

  // Every resource-level API whose template is the instance itself: the instance's settings, tokens, service
  // accounts, security policies, replication. Only the caller's own login token may be allowed there.
  const onInstance = catalog((a) => a.granularity === 'resource' && a.resources.some((t) => templateType(t) === 'instance'));
  const builds: Array<[string, (consoleListing?: boolean) => string[]]> = [
    ...[RepositoryAccessLevel.PULL, RepositoryAccessLevel.PULL_PUSH].map((access): [string, (c?: boolean) => string[]] => [`RepositoryAccess ${access}`,
      (consoleListing) => new RepositoryAccess(stack, id(), { instanceId: I, namespace: NS, access, consoleListing }).renderedDocuments()]),
    ...(['developers', 'ci', 'readers'] as const).map((role): [string, (c?: boolean) => string[]] => [`TcrTeamAccess ${role}`, () =>
      new TcrTeamAccess(stack, id(), {
        instanceId: I, namespace: NS, developers: { groupId: '2' }, ci: { roleId: '3', repositories: [REPO] }, readers: { groupId: '4' },
      })[role]!.renderedDocuments()]),
  ];

  test('the catalog has instance-level APIs beyond the login token (service accounts, tokens, security policies)', () => {
    expect(onInstance.map((a) => a.name)).toEqual(expect.arrayContaining(['tcr:DescribeServiceAccounts', 'tcr:DescribeInstanceToken', 'tcr:DescribeSecurityPolicies']));
  });

  test.each(builds)('%s allows no instance-level API but its login token', (_case, docs) => {
    expect(allowed(docs(), probes(onInstance, { instanceId: I, namespace: NS, repository: REPO }))).toEqual([`tcr:CreateInstanceToken on ${instanceResource(I)}`]);
  });

  test('with consoleListing, RepositoryAccess adds only what shows its namespace: DescribeNamespaces on the instance, the listing APIs on *', () => {
    const docs = builds[0][1](true);
    expect(allowed(docs, probes(onInstance, { instanceId: I, namespace: NS, repository: REPO }))).toEqual([`tcr:CreateInstanceToken on ${instanceResource(I)}`]);
    expect(decide(docs, 'tcr:DescribeNamespaces', fillTemplate(catalog((a) => a.name === 'tcr:DescribeNamespaces')[0].resources[0], { instanceId: I }))).toBe('allow');
    expect(decide(docs, 'tcr:DescribeInstances', '*')).toBe('allow');
  });
});

describe('TcrInstanceAccess', () => {
  test.each([
    ['every instance', undefined],
    ['one instance', I],
  ])('READ_ONLY on %s allows no write API anywhere', (_case, instanceId) => {
    const docs = new TcrInstanceAccess(stack, id(), { access: AccessLevel.READ_ONLY, instanceId }).renderedDocuments();
    const everywhere = [I, 'tcr-efgh5678'].flatMap((instance) => probes(WRITES, { instanceId: instance, namespace: NS, repository: REPO }));
    expect(everywhere.length).toBeGreaterThan(WRITES.length);
    expect(allowed(docs, everywhere)).toEqual([]);
    // The documented exception: read-only includes pulling.
    expect(decide(docs, 'tcr:PullRepository', fillTemplate(CATALOG_ACTIONS.find((a) => a.name === 'tcr:PullRepository')!.resources[0]))).toBe('allow');
  });

  test('FULL on one instance allows nothing on another instance', () => {
    const docs = new TcrInstanceAccess(stack, id(), { access: AccessLevel.FULL, instanceId: I }).renderedDocuments();
    const onInstance = catalog((a) => a.resources.some((t) => t.includes('${instanceId}')));
    for (const other of ['tcr-efgh5678', `${I}0`, 'tcr-abcd123']) {
      expect(allowed(docs, probes(onInstance, { instanceId: other, namespace: NS, repository: REPO }))).toEqual([]);
    }
    // …while the same probes on its own instance are allowed wherever the template names the instance.
    expect(allowed(docs, probes(onInstance, { instanceId: I })).length).toBeGreaterThan(onInstance.length / 2);
  });
});

describe('Personal and Enterprise constructs never cross editions', () => {
  const enterpriseTemplates = (a: CatalogAction) => a.resources.filter((t) => templateService(t) === 'tcr' && ['instance', 'repository'].includes(templateType(t)));
  const personalTemplates = (a: CatalogAction) => a.resources.filter((t) => templateService(t) === 'tcr' && templateType(t) === 'repo');
  const probesOf = (pick: (a: CatalogAction) => string[], values: TemplateValues) =>
    CATALOG_ACTIONS.flatMap((a) => pick(a).map((t) => [a.name, fillTemplate(t, values)] as [string, string]));

  const personal: Array<[string, () => PersonalRepoAccess]> = [
    ['FULL on everything', () => new PersonalRepoAccess(stack, id(), { access: AccessLevel.FULL })],
    ['READ_ONLY on everything', () => new PersonalRepoAccess(stack, id(), { access: AccessLevel.READ_ONLY })],
    ['FULL on a namespace', () => new PersonalRepoAccess(stack, id(), { access: AccessLevel.FULL, namespace: NS })],
    ['READ_ONLY on a repository', () => new PersonalRepoAccess(stack, id(), { access: AccessLevel.READ_ONLY, namespace: NS, repository: REPO })],
    ['FULL on a repository', () => new PersonalRepoAccess(stack, id(), { access: AccessLevel.FULL, namespace: NS, repository: REPO })],
  ];
  test.each(personal)('PersonalRepoAccess %s allows no Enterprise resource', (_case, build) => {
    const list = probesOf(enterpriseTemplates, { instanceId: I, namespace: NS, repository: REPO });
    expect(list.length).toBeGreaterThan(50);
    expect(allowed(build().renderedDocuments(), list)).toEqual([]);
  });

  const enterprise: Array<[string, () => { renderedDocuments(): string[] }]> = [
    ['TcrInstanceAccess FULL on every instance', () => new TcrInstanceAccess(stack, id(), { access: AccessLevel.FULL })],
    ['TcrInstanceAccess READ_ONLY on every instance', () => new TcrInstanceAccess(stack, id(), { access: AccessLevel.READ_ONLY })],
    ['TcrInstanceAccess FULL on one instance', () => new TcrInstanceAccess(stack, id(), { access: AccessLevel.FULL, instanceId: I })],
    ['NamespaceAdmin', () => new NamespaceAdmin(stack, id(), { instanceId: I, namespace: NS })],
    ['RepoReadOnly', () => new RepoReadOnly(stack, id(), { instanceId: I, namespace: NS, repository: REPO })],
  ];
  test.each(enterprise)('%s allows no Personal resource', (_case, build) => {
    // The Personal namespace and repository carry the same names as the Enterprise ones.
    const list = probesOf(personalTemplates, { namespace: NS, repository: REPO });
    expect(list.length).toBeGreaterThan(5);
    expect(allowed(build().renderedDocuments(), list)).toEqual([]);
  });
});
