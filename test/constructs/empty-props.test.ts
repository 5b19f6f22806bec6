import { Construct } from 'constructs';
import {
  AccessLevel, CcrAccess, CcrPermission, NamespaceAdmin, PersonalRepoAccess, RepoReadOnly, RepositoryAccess, RepositoryAccessLevel,
  TcrDeleteGuardrail, TcrInstanceAccess, TcrPolicy, TcrTeamAccess,
} from '../../lib';
import { runMain } from '../helpers/cli';
import { cleanTestingOutdirs, newApp, synthErrors } from '../helpers/synth';

afterAll(cleanTestingOutdirs);

const I = 'tcr-abcd1234';

/** Every construct with valid required props, built with extra props (the optional prop under test). */
const CONSTRUCTS: Record<string, (scope: Construct, extra: Record<string, unknown>) => void> = {
  NamespaceAdmin: (s, x) => new NamespaceAdmin(s, 'C', { instanceId: I, namespace: 'ns', ...x }),
  RepoReadOnly: (s, x) => new RepoReadOnly(s, 'C', { instanceId: I, namespace: 'ns', repository: 'app', ...x }),
  RepositoryAccess: (s, x) => new RepositoryAccess(s, 'C', { instanceId: I, namespace: 'ns', access: RepositoryAccessLevel.PULL, ...x }),
  TcrInstanceAccess: (s, x) => new TcrInstanceAccess(s, 'C', { access: AccessLevel.READ_ONLY, ...x }),
  PersonalRepoAccess: (s, x) => new PersonalRepoAccess(s, 'C', { access: AccessLevel.READ_ONLY, ...x }),
  CcrAccess: (s, x) => new CcrAccess(s, 'C', { permissions: [CcrPermission.PULL], ...x }),
  TcrDeleteGuardrail: (s, x) => new TcrDeleteGuardrail(s, 'C', { ...x }),
  TcrPolicy: (s, x) => new TcrPolicy(s, 'C', { statements: [], ...x }),
  TcrTeamAccess: (s, x) => new TcrTeamAccess(s, 'C', { instanceId: I, namespace: 'ns', readers: { groupId: '123' }, ...x }),
};

/** The optional string props of each construct (TcrPolicy takes no region or ownerUin). */
const OPTIONAL_STRINGS: Record<string, readonly string[]> = {
  NamespaceAdmin: ['policyName', 'region', 'ownerUin'],
  RepoReadOnly: ['policyName', 'region', 'ownerUin', 'repository'],
  RepositoryAccess: ['policyName', 'region', 'ownerUin'],
  TcrInstanceAccess: ['policyName', 'region', 'ownerUin', 'instanceId'],
  PersonalRepoAccess: ['policyName', 'region', 'ownerUin', 'namespace'],
  CcrAccess: ['policyName', 'region', 'ownerUin'],
  TcrDeleteGuardrail: ['policyName', 'region', 'ownerUin'],
  TcrPolicy: ['policyName'],
  TcrTeamAccess: ['region', 'ownerUin'],
};

const CASES = Object.entries(OPTIONAL_STRINGS).flatMap(([construct, props]) => props.map((prop) => [construct, prop] as const));

describe('an empty optional string is an error, never "all regions" or "the caller\'s account"', () => {
  test.each(CASES)('%s %s: \'\' fails synth naming the prop', (construct, prop) => {
    const { app, stack } = newApp();
    CONSTRUCTS[construct](stack, { [prop]: '' });
    expect(synthErrors(app)).toMatch(new RegExp(`Invalid ${prop}: .*(empty)`));
  });

  test.each([['--region'], ['--owner-uin']])('the CLI refuses %s \'\'', async (flag) => {
    const run = await runMain(['generate', 'namespace-admin', '--instance-id', I, '--namespace', 'ns', flag, '']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('must not be empty');
    expect(run.stdout).toBe('');
  });
});
