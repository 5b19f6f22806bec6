import * as fs from 'fs';
import * as path from 'path';
import {
  AccessLevel, CcrAccess, CcrPermission, GuardrailScope, NamespaceAdmin, PersonalRepoAccess, RepoReadOnly, RepositoryAccess, RepositoryAccessLevel,
  TcrDeleteGuardrail, TcrInstanceAccess,
} from '../../lib';
import { NAMED_SCENARIOS } from '../../lib/scenarios/named-scenarios';
import { hasStackTrace, runCli, runMain } from '../helpers/cli';
import { renderedSeedTemplate } from '../helpers/seed-text';
import { newApp } from '../helpers/synth';

const SEED = ['--instance-id', 'tcr-xxxxxxxx', '--namespace', 'team-01', '--repository', 'repo-demo'];

/** Leaves out the registry login the constructs add, which the seed templates do not have. */
const NO_LOGIN = '--no-registry-login';

/** [scenario, flags, seed template id] */
const CASES: Array<[string, string[], string]> = [
  ['enterprise-full', [], 'enterprise-full'],
  ['enterprise-read-only', [NO_LOGIN], 'enterprise-read-only'],
  ['instance-admin', SEED.slice(0, 2), 'instance-admin'],
  ['namespace-admin', [...SEED.slice(0, 4), NO_LOGIN], 'namespace-admin'],
  ['repo-read-only', [...SEED, NO_LOGIN], 'repo-read-only'],
  ['personal-full', [NO_LOGIN], 'personal-full'],
  ['personal-read-only', [NO_LOGIN], 'personal-read-only'],
  ['personal-namespace-admin', [...SEED.slice(2, 4), NO_LOGIN], 'personal-namespace-admin'],
  ['personal-repo-read-only', [...SEED.slice(2), NO_LOGIN], 'personal-repo-read-only'],
  ['preset-full', [], 'preset-tcr-full'],
  ['preset-read-only', [], 'preset-tcr-read-only'],
];


describe('tcr-access generate', () => {
  test('prints seed 002\'s repository read-only template (arrays), as a subprocess', () => {
    const r = runCli(['generate', 'repo-read-only', ...SEED, NO_LOGIN]);
    expect(r).toEqual({ code: 0, stdout: renderedSeedTemplate('repo-read-only') + '\n', stderr: '' });
  });

  test.each(CASES)('%s %j prints the seed template %s', async (scenario, flags, id) => {
    const r = await runMain(['generate', scenario, ...flags]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(renderedSeedTemplate(id) + '\n');
  });

  test('tf-json is a Terraform configuration with the provider and one policy', async () => {
    const r = await runMain(['generate', 'namespace-admin', ...SEED.slice(0, 4), NO_LOGIN, '--format', 'tf-json', '--name', 'team-01-admin']);
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config.terraform.required_providers.tencentcloud.source).toBe('tencentcloudstack/tencentcloud');
    expect(config.resource.tencentcloud_cam_policy['team-01-admin']).toEqual({ name: 'team-01-admin', document: renderedSeedTemplate('namespace-admin') });
  });

  test.each([
    [['generate', 'namespace-admin', '--instance-id', 'tcr-a', '--namespace', 'team/01'], /\[invalid-name\] Invalid namespace: "team\/01"/],
    [['generate', 'repo-read-only', '--instance-id', 'tcr-a', '--namespace', 'ns', '--repository', 'a', '--repository', '*'], /Invalid repositories\[1\]: "\*" contains a wildcard/],
    [['generate', 'repo-read-only', '--namespace', 'ns'], /needs --instance-id; repo-read-only needs --repository/],
    [['generate', 'enterprise-full', '--namespace', 'ns'], /--namespace does not apply to enterprise-full/],
    [['generate', 'personal-repo-read-only', '--namespace', 'ns', '--repository', 'a', '--repository', 'b'], /takes one --repository/],
    [['generate', 'preset-full', '--name', 'bad name'], /\[invalid-policy-name\]/],
    [['generate', 'nope'], /unknown scenario "nope"/],
    [['generate', 'enterprise-full', '--format', 'yaml'], /Allowed choices are json, tf-json/],
    [['generate'], /missing required argument 'scenario'/],
  ])('%j exits 2 with one clear message', async (args, message) => {
    const r = await runMain(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe('tcr-access generate: one list of scenarios, built as the constructs build them', () => {
  const ID = 'tcr-abc12345';
  /** [flags, the construct that builds the same document] */
  const SAME_AS_CONSTRUCTS: Array<[string[], (stack: ReturnType<typeof newApp>['stack']) => { renderedDocuments(): string[] }]> = [
    // The seed scenarios with the registry login their constructs add by default, and without it.
    [['enterprise-full'], (s) => new TcrInstanceAccess(s, 'P', { access: AccessLevel.FULL })],
    [['enterprise-read-only'], (s) => new TcrInstanceAccess(s, 'P', { access: AccessLevel.READ_ONLY })],
    [['enterprise-read-only', '--instance-id', ID, '--region', 'ap-guangzhou'],
      (s) => new TcrInstanceAccess(s, 'P', { access: AccessLevel.READ_ONLY, instanceId: ID, region: 'ap-guangzhou' })],
    [['enterprise-read-only', NO_LOGIN], (s) => new TcrInstanceAccess(s, 'P', { access: AccessLevel.READ_ONLY, registryLogin: false })],
    [['instance-admin', '--instance-id', ID], (s) => new TcrInstanceAccess(s, 'P', { access: AccessLevel.FULL, instanceId: ID })],
    [['namespace-admin', '--instance-id', ID, '--namespace', 'team-01', '--owner-uin', '100000000001'],
      (s) => new NamespaceAdmin(s, 'P', { instanceId: ID, namespace: 'team-01', ownerUin: '100000000001' })],
    [['namespace-admin', '--instance-id', ID, '--namespace', 'team-01', NO_LOGIN],
      (s) => new NamespaceAdmin(s, 'P', { instanceId: ID, namespace: 'team-01', registryLogin: false })],
    [['repo-read-only', '--instance-id', ID, '--namespace', 'team-01', '--repository', 'app', '--repository', 'web/api'],
      (s) => new RepoReadOnly(s, 'P', { instanceId: ID, namespace: 'team-01', repositories: ['app', 'web/api'] })],
    [['repo-read-only', '--instance-id', ID, '--namespace', 'team-01', '--repository', 'app', NO_LOGIN],
      (s) => new RepoReadOnly(s, 'P', { instanceId: ID, namespace: 'team-01', repository: 'app', registryLogin: false })],
    [['personal-full'], (s) => new PersonalRepoAccess(s, 'P', { access: AccessLevel.FULL })],
    [['personal-read-only', NO_LOGIN], (s) => new PersonalRepoAccess(s, 'P', { access: AccessLevel.READ_ONLY, registryLogin: false })],
    [['personal-namespace-admin', '--namespace', 'team-01'], (s) => new PersonalRepoAccess(s, 'P', { access: AccessLevel.FULL, namespace: 'team-01' })],
    [['personal-repo-read-only', '--namespace', 'team-01', '--repository', 'app'],
      (s) => new PersonalRepoAccess(s, 'P', { access: AccessLevel.READ_ONLY, namespace: 'team-01', repository: 'app' })],
    [['repository-access', '--instance-id', ID, '--namespace', 'team-01', '--access', 'pull', NO_LOGIN],
      (s) => new RepositoryAccess(s, 'P', { instanceId: ID, namespace: 'team-01', access: RepositoryAccessLevel.PULL, registryLogin: false })],
    [['repository-access', '--instance-id', ID, '--namespace', 'team-01', '--access', 'pull-push', '--repository', 'app', '--repository', 'web/api'],
      (s) => new RepositoryAccess(s, 'P', { instanceId: ID, namespace: 'team-01', access: RepositoryAccessLevel.PULL_PUSH, repositories: ['app', 'web/api'] })],
    [['repository-access', '--instance-id', ID, '--namespace', 'team-01', '--access', 'pull'],
      (s) => new RepositoryAccess(s, 'P', { instanceId: ID, namespace: 'team-01', access: RepositoryAccessLevel.PULL })],
    [['ccr-access', '--permission', 'pull', 'push'],
      (s) => new CcrAccess(s, 'P', { permissions: [CcrPermission.PULL, CcrPermission.PUSH] })],
    [['ccr-access', '--permission', 'pull', '--permission', 'delete-tag', '--namespace', 'foo', '--repository', 'app'],
      (s) => new CcrAccess(s, 'P', { permissions: [CcrPermission.PULL, CcrPermission.DELETE_TAG], repositories: [{ namespace: 'foo', repository: 'app' }] })],
    [['ccr-access', '--permission', 'create-repository', '--namespace', 'foo'],
      (s) => new CcrAccess(s, 'P', { permissions: [CcrPermission.CREATE_REPOSITORY], namespaces: ['foo'] })],
    [['delete-guardrail'], (s) => new TcrDeleteGuardrail(s, 'P', {})],
    [['delete-guardrail', '--instance-id', ID], (s) => new TcrDeleteGuardrail(s, 'P', { scope: GuardrailScope.instance(ID) })],
    [['delete-guardrail', '--instance-id', ID, '--namespace', 'team-01'], (s) => new TcrDeleteGuardrail(s, 'P', { scope: GuardrailScope.namespace(ID, 'team-01') })],
  ];

  test.each(SAME_AS_CONSTRUCTS)('%j', async (flags, construct) => {
    const r = await runMain(['generate', ...flags]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect([r.stdout.trimEnd()]).toEqual(construct(newApp().stack).renderedDocuments());
  });

  test('every named scenario is generated by some test above or a seed template case', () => {
    const covered = new Set([...CASES.map(([name]) => name), ...SAME_AS_CONSTRUCTS.map(([[name]]) => name)]);
    expect(Object.keys(NAMED_SCENARIOS).filter((name) => !covered.has(name))).toEqual([]);
  });

  test.each([
    [['generate', 'repository-access', '--instance-id', ID, '--namespace', 'team-01'], /repository-access needs --access/],
    [['generate', 'ccr-access', '--permission', 'everything'], /argument 'everything' is invalid/],
    [['generate', 'ccr-access', '--permission', 'delete-namespace', '--namespace', 'foo', '--repository', 'app'], /\[resource-mismatch\] Invalid permissions\[0\]/],
    [['generate', 'delete-guardrail', '--namespace', 'team-01'], /\[invalid-name\] Invalid scope.instanceId/],
    [['generate', 'enterprise-full', '--access', 'pull'], /--access does not apply to enterprise-full/],
    // tcr:* already covers the login; a copy of a preset or a deny has none to leave out.
    [['generate', 'instance-admin', '--instance-id', ID, NO_LOGIN], /--no-registry-login does not apply to instance-admin/],
    [['generate', 'delete-guardrail', NO_LOGIN], /--no-registry-login does not apply to delete-guardrail/],
  ])('%j exits 2 naming the problem', async (args, message) => {
    const r = await runMain(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe('tcr-access itself', () => {
  test('--version prints the package version', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version);
  });

  test('--help on the program and on a command', () => {
    expect(runCli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('generate') });
    expect(runCli(['generate', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('--instance-id') });
  });

  test('an unknown command exits 2', () => {
    const r = runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
  });
});
