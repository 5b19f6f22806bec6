import { PolicyDocument, RepositoryAccessLevel, simulate } from '../../lib';
import { repositoryAccess } from '../../lib/scenarios/repository-access';

const I = 'tcr-abcd1234';
const repo = (ns: string, name: string) => `qcs::tcr:ap-guangzhou:uin/100000000001:repository/${I}/${ns}/${name}`;
const docs = (repositories?: string[], access = RepositoryAccessLevel.PULL_PUSH) =>
  [new PolicyDocument({ statements: repositoryAccess({ instanceId: I, namespace: 'ns', access, repositories }).build() }).render()];
const decide = (d: string[], action: string, resource: string) => simulate(d, { action, resource }).decision;

describe('repositoryAccess', () => {
  test('whole namespace: pull and push on every repository of it, nothing elsewhere, no delete', () => {
    const d = docs();
    expect(decide(d, 'tcr:PushRepository', repo('ns', 'any'))).toBe('allow');
    expect(decide(d, 'tcr:PullRepository', repo('ns', 'sub/any'))).toBe('allow');
    expect(decide(d, 'tcr:PushRepository', repo('ns2', 'any'))).toBe('implicit-deny');
    expect(decide(d, 'tcr:DeleteRepository', repo('ns', 'any'))).toBe('implicit-deny');
    expect(decide(d, 'tcr:CreateRepository', repo('ns', 'any'))).toBe('implicit-deny');
  });

  test('named repositories: push only there', () => {
    const d = docs(['api']);
    expect(decide(d, 'tcr:PushRepository', repo('ns', 'api'))).toBe('allow');
    expect(decide(d, 'tcr:PushRepository', repo('ns', 'web'))).toBe('implicit-deny');
  });

  test('PULL never pushes', () => {
    const d = docs(undefined, RepositoryAccessLevel.PULL);
    expect(decide(d, 'tcr:PullRepository', repo('ns', 'api'))).toBe('allow');
    expect(decide(d, 'tcr:PushRepository', repo('ns', 'api'))).toBe('implicit-deny');
  });

  test('named repositories: exactly the namespace and each repository, nothing on the instance, nothing below a repository', () => {
    const [statement] = repositoryAccess({ instanceId: I, namespace: 'ns', access: RepositoryAccessLevel.PULL, repositories: ['a', 'b/c'] }).build();
    expect(statement.toJSON()).toEqual({
      action: ['tcr:Describe*', 'tcr:PullRepository'],
      resource: [`qcs::tcr:::repository/${I}/ns`, `qcs::tcr:::repository/${I}/ns/a`, `qcs::tcr:::repository/${I}/ns/b/c`],
      effect: 'allow',
    });
  });

  test('a named repository does not reach the multi-level repositories below it', () => {
    const d = docs(['app']);
    expect(decide(d, 'tcr:PushRepository', repo('ns', 'app'))).toBe('allow');
    for (const below of ['app/secret', 'app/x/y']) {
      expect(decide(d, 'tcr:PushRepository', repo('ns', below))).toBe('implicit-deny');
      expect(decide(d, 'tcr:PullRepository', repo('ns', below))).toBe('implicit-deny');
    }
    expect(decide(docs(['app', 'app/secret']), 'tcr:PushRepository', repo('ns', 'app/secret'))).toBe('allow');
  });

  test('an empty repository list is checked as an empty name, never the whole namespace', () => {
    expect(repositoryAccess({ instanceId: I, namespace: 'ns', access: RepositoryAccessLevel.PULL, repositories: [] }).specs).toContainEqual(['repositories', 'repository', '']);
  });

  test('consoleListing appends the namespace listing and the Enterprise listing statement', () => {
    const statements = repositoryAccess({ instanceId: I, namespace: 'ns', access: RepositoryAccessLevel.PULL, consoleListing: true }).build();
    expect(statements.map((s) => s.resources.includes('*'))).toEqual([false, false, false, true]);
    expect(statements[1].actions).toEqual(['tcr:CreateInstanceToken']);
    // What the console needs to show the namespace: the instance's namespace list, by name, not tcr:Describe*.
    expect(statements[2].toJSON()).toEqual({ action: ['tcr:DescribeNamespaces'], resource: [`qcs::tcr:::repository/${I}/*`], effect: 'allow' });
  });
});
