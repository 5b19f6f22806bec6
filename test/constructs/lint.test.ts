import { Fn, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import * as fc from 'fast-check';
import {
  AccessLevel,
  checkName,
  Effect,
  NamespaceAdmin,
  PersonalRepoAccess,
  PolicyStatement,
  RepoReadOnly,
  ResourceName,
  TcrInstanceAccess,
  TcrPolicy,
  TcrPolicyBase,
} from '../../lib';
import { annotations, appWith, cleanTestingOutdirs, synthErrors } from '../helpers/synth';

afterAll(cleanTestingOutdirs);

const ID = 'tcr-abcd1234';
const SCOPE = { region: 'ap-guangzhou', ownerUin: '100000000001' };


/** Every construct in every shape the README documents, with and without region and owner. */
const VALID: Array<[string, (s: TerraformStack) => TcrPolicyBase]> = [];
for (const scope of [{}, SCOPE]) {
  const tag = Object.keys(scope).length ? ' (region, owner)' : '';
  VALID.push(
    [`TcrInstanceAccess FULL${tag}`, (s) => new TcrInstanceAccess(s, 'P', { access: AccessLevel.FULL, ...scope })],
    [`TcrInstanceAccess READ_ONLY${tag}`, (s) => new TcrInstanceAccess(s, 'P', { access: AccessLevel.READ_ONLY, ...scope })],
    [`TcrInstanceAccess FULL instance${tag}`, (s) => new TcrInstanceAccess(s, 'P', { access: AccessLevel.FULL, instanceId: ID, ...scope })],
    [`TcrInstanceAccess READ_ONLY instance${tag}`, (s) => new TcrInstanceAccess(s, 'P', { access: AccessLevel.READ_ONLY, instanceId: ID, ...scope })],
    [`NamespaceAdmin${tag}`, (s) => new NamespaceAdmin(s, 'P', { instanceId: ID, namespace: 'team-01', ...scope })],
    [`RepoReadOnly${tag}`, (s) => new RepoReadOnly(s, 'P', { instanceId: ID, namespace: 'team-01', repositories: ['app', 'sub1/sub2/repo'], ...scope })],
    [`PersonalRepoAccess FULL${tag}`, (s) => new PersonalRepoAccess(s, 'P', { access: AccessLevel.FULL, ...scope })],
    [`PersonalRepoAccess READ_ONLY${tag}`, (s) => new PersonalRepoAccess(s, 'P', { access: AccessLevel.READ_ONLY, ...scope })],
    [`PersonalRepoAccess FULL namespace${tag}`, (s) => new PersonalRepoAccess(s, 'P', { access: AccessLevel.FULL, namespace: 'team-01', ...scope })],
    [`PersonalRepoAccess FULL repository${tag}`, (s) => new PersonalRepoAccess(s, 'P', { access: AccessLevel.FULL, namespace: 'team-01', repository: 'app', ...scope })],
    [`PersonalRepoAccess READ_ONLY repository${tag}`, (s) => new PersonalRepoAccess(s, 'P', { access: AccessLevel.READ_ONLY, namespace: 'team-01', repository: 'app', ...scope })],
  );
}

describe('constructs with valid props', () => {
  test.each(VALID)('%s: no error finding, synth passes', (_case, build) => {
    let construct: TcrPolicyBase | undefined;
    const app = appWith((s) => {
      construct = build(s);
    });
    expect(construct!.lint().filter((f) => f.severity === 'error')).toEqual([]);
    expect(synthErrors(app)).toBe('');
  });

  test('for any valid names, every construct lints without an error', () => {
    const name = (kind: 'namespace' | 'repository' | 'personalRepository') =>
      fc.stringMatching(/^[a-z0-9]{1,4}(?:[._-][a-z0-9]{1,4}){0,2}$/).filter((v) => checkName(kind, v) === undefined);
    const instanceId = fc.stringMatching(/^tcr-[a-z0-9]{1,10}$/);
    fc.assert(fc.property(instanceId, name('namespace'), name('repository'), name('personalRepository'), (id, ns, repo, personalRepo) => {
      const stack = new TerraformStack(Testing.app(), 's');
      const constructs: TcrPolicyBase[] = [
        new TcrInstanceAccess(stack, 'A', { access: AccessLevel.READ_ONLY, instanceId: id }),
        new NamespaceAdmin(stack, 'B', { instanceId: id, namespace: ns }),
        new RepoReadOnly(stack, 'C', { instanceId: id, namespace: ns, repository: repo }),
        new PersonalRepoAccess(stack, 'D', { access: AccessLevel.READ_ONLY, namespace: ns, repository: personalRepo }),
      ];
      return constructs.every((c) => c.lint().every((f) => f.severity !== 'error'));
    }), { numRuns: 200 });
  });

  test('Terraform tokens in names: linted with the token strings, never an invalid-resource or invalid-name', () => {
    let admin: NamespaceAdmin | undefined;
    const app = appWith((s) => {
      const instance = new TerraformVariable(s, 'instance', { type: 'string' });
      const namespace = new TerraformVariable(s, 'namespace', { type: 'string' });
      admin = new NamespaceAdmin(s, 'A', { instanceId: instance.stringValue, namespace: Fn.lower(namespace.stringValue), region: 'ap-guangzhou' });
    });
    expect(admin!.document.render()).toContain('${TfToken[TOKEN.');
    expect(admin!.lint().map((f) => f.ruleId)).toEqual(['operation-level-via-wildcard', 'operation-level-via-wildcard']);
    expect(synthErrors(app)).toBe('');
  });

  test('warnings become warning annotations once, however often validation runs, and do not fail synth', () => {
    let admin: NamespaceAdmin | undefined;
    const app = appWith((s) => {
      admin = new NamespaceAdmin(s, 'A', { instanceId: ID, namespace: 'team-01' });
    });
    admin!.node.validate();
    admin!.node.validate();
    expect(synthErrors(app)).toBe('');
    const warnings = annotations(admin!, '@cdktf/warn');
    expect(warnings).toHaveLength(2);
    expect(warnings.every((w) => w.startsWith('[operation-level-via-wildcard] '))).toBe(true);
    expect(warnings[1]).toContain('(at /statement/1/action/0)');
  });
});

describe('document errors at synth', () => {
  test('one synth lists the errors of two constructs together, with rule id and JSON pointer', () => {
    const app = appWith((s) => {
      new TcrPolicy(s, 'A', {
        statements: [
          new PolicyStatement({ effect: Effect.ALLOW, actions: ['tcr:PullRepo', 'tcr:DescribeInstances'], resources: [ResourceName.tcrInstance([ID])] }),
        ],
      });
      new TcrPolicy(s, 'B', {
        statements: [new PolicyStatement({ effect: Effect.ALLOW, actions: ['tcr:PullRepositoryPersonal'], resources: [ResourceName.tcrRepository([ID, 'ns', '*'])] })],
      });
    });
    const errors = synthErrors(app);
    expect(errors).toContain('[stack/A] [unknown-action] Action "tcr:PullRepo" is not a TCR action in the catalog.');
    expect(errors).toContain('(at /statement/0/action/0)');
    expect(errors).toContain('[stack/A] [operation-level-scoped] "tcr:DescribeInstances" is an operation-level API');
    expect(errors).toContain('(at /statement/0/action/1)');
    expect(errors).toContain('[stack/B] [resource-mismatch] "tcr:PullRepositoryPersonal"');
  });

  test('statements added after construction are linted', () => {
    let policy: TcrPolicy | undefined;
    const app = appWith((s) => {
      policy = new TcrPolicy(s, 'A', { statements: [] });
      policy.addStatements(new PolicyStatement({ effect: Effect.ALLOW, actions: ['tcr:PullRepository'], resources: ['qcs::tcr:gz::repository/tcr-x/ns/*'] }));
    });
    expect(synthErrors(app)).toContain('[stack/A] [invalid-resource] Resource "qcs::tcr:gz::repository/tcr-x/ns/*" is not valid: the region "gz"');
  });

  test('an empty policy is an error', () => {
    const app = appWith((s) => new TcrPolicy(s, 'A', { statements: [] }));
    expect(synthErrors(app)).toContain('[stack/A] [invalid-syntax] "statement" is empty');
  });
});
