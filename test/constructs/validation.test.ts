import { TerraformStack, Testing } from 'cdktf';
import { AccessLevel, NamespaceAdmin, PersonalRepoAccess, RepoReadOnly, TcrInstanceAccess, TcrPolicy, TcrPolicyBase } from '../../lib';
import { appWith, cleanTestingOutdirs, synthErrors } from '../helpers/synth';

afterAll(cleanTestingOutdirs);

const ID = 'tcr-abcd1234';

/** [case, build, expected rule id, prop, text the message names (the value or the problem)] */
const BAD_PROPS: Array<[string, (s: TerraformStack) => TcrPolicyBase, string, string, string]> = [
  ['namespace with /', (s) => new NamespaceAdmin(s, 'X', { instanceId: ID, namespace: 'team-01/*' }), 'invalid-name', 'namespace', 'team-01/*'],
  ['namespace wildcard', (s) => new NamespaceAdmin(s, 'X', { instanceId: ID, namespace: '*' }), 'invalid-name', 'namespace', '*'],
  ['empty namespace', (s) => new NamespaceAdmin(s, 'X', { instanceId: ID, namespace: '' }), 'invalid-name', 'namespace', 'must not be empty'],
  ['uppercase namespace', (s) => new NamespaceAdmin(s, 'X', { instanceId: ID, namespace: 'Team01' }), 'invalid-name', 'namespace', 'Did you mean "team01"'],
  ['bad instance id', (s) => new TcrInstanceAccess(s, 'X', { access: AccessLevel.FULL, instanceId: 'ins-1234' }), 'invalid-name', 'instanceId', 'ins-1234'],
  ['instance id wildcard', (s) => new TcrInstanceAccess(s, 'X', { access: AccessLevel.FULL, instanceId: 'tcr-*' }), 'invalid-name', 'instanceId', 'tcr-*'],
  ['repository with ?', (s) => new RepoReadOnly(s, 'X', { instanceId: ID, namespace: 'ns', repository: 'app?' }), 'invalid-name', 'repository', 'app?'],
  ['repository with space', (s) => new RepoReadOnly(s, 'X', { instanceId: ID, namespace: 'ns', repository: 'my app' }), 'invalid-name', 'repository', 'whitespace'],
  ['one of several repositories', (s) => new RepoReadOnly(s, 'X', { instanceId: ID, namespace: 'ns', repositories: ['ok', 'a//b'] }), 'invalid-name', 'repositories[1]', 'a//b'],
  ['no repository', (s) => new RepoReadOnly(s, 'X', { instanceId: ID, namespace: 'ns' }), 'invalid-name', 'repositories', 'must not be empty'],
  ['personal repo with /', (s) => new PersonalRepoAccess(s, 'X', { access: AccessLevel.READ_ONLY, namespace: 'ns', repository: 'a/b' }), 'invalid-name', 'repository', 'a/b'],
  ['personal repo without namespace', (s) => new PersonalRepoAccess(s, 'X', { access: AccessLevel.READ_ONLY, repository: 'app' }), 'invalid-name', 'namespace', 'must not be empty'],
  ['region', (s) => new TcrInstanceAccess(s, 'X', { access: AccessLevel.FULL, region: 'guangzhou' }), 'invalid-name', 'region', 'guangzhou'],
  ['owner uin', (s) => new TcrInstanceAccess(s, 'X', { access: AccessLevel.FULL, ownerUin: 'uin/123' }), 'invalid-name', 'ownerUin', 'uin/123'],
  ['policy name', (s) => new TcrPolicy(s, 'X', { policyName: 'team policy!', statements: [] }), 'invalid-policy-name', 'policyName', 'team policy!'],
  ['description', (s) => new TcrPolicy(s, 'X', { description: 'é'.repeat(151), statements: [] }), 'invalid-policy-name', 'description', '302 bytes'],
];

describe('bad props fail synth with a message naming the prop and value', () => {
  test.each(BAD_PROPS)('%s', (_case, build, ruleId, prop, text) => {
    let construct: TcrPolicyBase | undefined;
    const app = appWith((s) => {
      construct = build(s);
    });
    const findings = construct!.lint();
    expect(findings.map((f) => [f.ruleId, f.prop, f.severity])).toEqual([[ruleId, prop, 'error']]);
    expect(findings[0].message).toContain(`Invalid ${prop}: `);
    const errors = synthErrors(app);
    expect(errors).toContain(`[stack/X] [${ruleId}] Invalid ${prop}: `);
    expect(errors).toContain(text);
  });

  test('a bad name never reaches the document: it stays empty', () => {
    const stack = new TerraformStack(Testing.app(), 's');
    const admin = new NamespaceAdmin(stack, 'X', { instanceId: ID, namespace: 'team-01/*' });
    expect(admin.document.isEmpty).toBe(true);
    expect(admin.document.render()).not.toContain('team-01');
  });

  test('every bad prop of every construct is reported in one synth', () => {
    const app = appWith((s) => {
      new NamespaceAdmin(s, 'A', { instanceId: 'bad id', namespace: 'x/y' });
      new RepoReadOnly(s, 'B', { instanceId: ID, namespace: 'ns', repositories: ['*'] });
    });
    const errors = synthErrors(app);
    expect(errors).toContain('[stack/A] [invalid-name] Invalid instanceId');
    expect(errors).toContain('[stack/A] [invalid-name] Invalid namespace');
    expect(errors).toContain('[stack/B] [invalid-name] Invalid repository');
  });

  test('two constructs with the same policy name are reported', () => {
    const app = appWith((s) => {
      new TcrInstanceAccess(s, 'A', { access: AccessLevel.FULL, policyName: 'same' });
      new TcrInstanceAccess(s, 'B', { access: AccessLevel.READ_ONLY, policyName: 'same' });
    });
    expect(synthErrors(app)).toContain('[stack/B] [duplicate-policy-name] Invalid policyName: "same" is already used by stack/A');
  });

  test('constructs made after an earlier lint() still claim their names: two of them writing one name fail synth', () => {
    const app = appWith((s) => {
      new TcrInstanceAccess(s, 'A', { access: AccessLevel.FULL, policyName: 'first' }).lint();
      new TcrInstanceAccess(s, 'B', { access: AccessLevel.READ_ONLY, policyName: 'same' });
      new TcrInstanceAccess(s, 'C', { access: AccessLevel.READ_ONLY, policyName: 'same' });
    });
    expect(synthErrors(app)).toContain('[stack/C] [duplicate-policy-name] Invalid policyName: "same" is already used by stack/B');
  });

  test('valid props synthesize', () => {
    const app = appWith((s) => {
      new NamespaceAdmin(s, 'A', { instanceId: ID, namespace: 'team.01_a-b' });
      new RepoReadOnly(s, 'B', { instanceId: ID, namespace: 'ns', repository: 'sub1/sub2/repo', region: 'ap-guangzhou', ownerUin: '100000000001' });
    });
    expect(synthErrors(app)).toBe('');
  });
});
