import { TerraformStack } from 'cdktf';
import { AccessLevel, Effect, NamespaceAdmin, PersonalRepoAccess, PolicyStatement, RepoReadOnly, ResourceName, TcrInstanceAccess, TcrPolicy, TcrPreset } from '../../lib';
import { presetStatements } from '../../lib/scenarios/presets';
import { SEED_TEMPLATES } from '../fixtures/seed-templates';
import { arraysEverywhere } from '../helpers/seed-text';
import { camPolicies, cleanTestingOutdirs, newStack } from '../helpers/synth';

const ID = 'tcr-xxxxxxxx';
const allow = (actions: string[], resources: string[]) => new PolicyStatement({ effect: Effect.ALLOW, actions, resources });
const deny = (actions: string[], resources: string[]) => new PolicyStatement({ effect: Effect.DENY, actions, resources });
const ccrDeletes = ['ccr:BatchDeleteRepository', 'ccr:DeleteRepository'];

/** How each seed template is written with the public API: `registryLogin: false` leaves out the login statement the seeds lack. */
const BUILDERS: Record<string, (stack: TerraformStack) => void> = {
  'personal-full': (s) => new PersonalRepoAccess(s, 'P', { registryLogin: false, access: AccessLevel.FULL }),
  'personal-read-only': (s) => new PersonalRepoAccess(s, 'P', { registryLogin: false, access: AccessLevel.READ_ONLY }),
  'personal-namespace-admin': (s) => new PersonalRepoAccess(s, 'P', { registryLogin: false, access: AccessLevel.FULL, namespace: 'team-01' }),
  'personal-repo-read-only': (s) =>
    new PersonalRepoAccess(s, 'P', { registryLogin: false, access: AccessLevel.READ_ONLY, namespace: 'team-01', repository: 'repo-demo' }),
  'enterprise-directions': (s) =>
    new TcrPolicy(s, 'P', {
      statements: [
        allow(['tcr:DescribeRepositories', 'tcr:PullRepository', 'tcr:DescribeNamespaces'], [ResourceName.tcrRepository([ID, 'team-01', 'repo-demo', '*'])]),
        allow(['tcr:DescribeInstance*'], [ResourceName.tcrInstance([ID])]),
      ],
    }),
  'preset-tcr-full': (s) => new TcrPolicy(s, 'P', { statements: presetStatements(TcrPreset.FULL_ACCESS) }),
  'preset-tcr-read-only': (s) => new TcrPolicy(s, 'P', { statements: presetStatements(TcrPreset.READ_ONLY_ACCESS) }),
  'enterprise-full': (s) => new TcrInstanceAccess(s, 'P', { registryLogin: false, access: AccessLevel.FULL }),
  'enterprise-read-only': (s) => new TcrInstanceAccess(s, 'P', { registryLogin: false, access: AccessLevel.READ_ONLY }),
  'instance-admin': (s) => new TcrInstanceAccess(s, 'P', { registryLogin: false, access: AccessLevel.FULL, instanceId: ID }),
  'namespace-admin': (s) => new NamespaceAdmin(s, 'P', { registryLogin: false, instanceId: ID, namespace: 'team-01' }),
  'repo-read-only': (s) => new RepoReadOnly(s, 'P', { registryLogin: false, instanceId: ID, namespace: 'team-01', repository: 'repo-demo' }),
  'ccr-create-repository': (s) =>
    new TcrPolicy(s, 'P', { statements: [allow(['ccr:CreateRepository'], [ResourceName.ccrRepo(['*'])])] }),
  'ccr-delete-in-namespaces': (s) =>
    new TcrPolicy(s, 'P', { statements: [allow(ccrDeletes, [ResourceName.ccrRepo(['foo', '*']), ResourceName.ccrRepo(['bar', '*'])])] }),
  'ccr-manage-namespace-foo': (s) =>
    new TcrPolicy(s, 'P', {
      statements: [allow(['ccr:CreateRepository', ...ccrDeletes, 'ccr:push'], [ResourceName.ccrRepo(['foo', '*'])])],
    }),
  'ccr-deny-repository-deletes': (s) => new TcrPolicy(s, 'P', { statements: [deny(ccrDeletes, [ResourceName.ccrRepo(['*'])])] }),
};

afterAll(cleanTestingOutdirs);

describe('every seed template is reproduced by the public API', () => {
  test('every template has a builder and every builder a template', () => {
    expect(Object.keys(BUILDERS).sort()).toEqual(SEED_TEMPLATES.map((t) => t.id).sort());
  });

  test.each(SEED_TEMPLATES.map((t) => [t.id, t] as const))('%s', (id, template) => {
    const stack = newStack();
    BUILDERS[id](stack);
    const policies = Object.values(camPolicies(stack));
    expect(policies).toHaveLength(1);
    const expected = arraysEverywhere(JSON.parse(template.json));
    expect(JSON.parse(policies[0].document)).toEqual(expected);
    // Same bytes as the template minified: key order and array order as in the seed.
    expect(policies[0].document).toBe(JSON.stringify(expected));
  });
});
