import { AccessLevel } from '../../lib';
import { enterpriseAccess, repoReadOnly } from '../../lib/scenarios/enterprise';
import { personalAccess } from '../../lib/scenarios/personal';
import { checkProps } from '../../lib/validation/rules/invalid-name';

const render = (s: { build(): { toJSON(): unknown }[] }) => s.build().map((x) => x.toJSON());

describe('scenario templates beyond the seeds', () => {
  test('read-only on one instance pulls Enterprise repositories only', () => {
    expect(render(enterpriseAccess({ access: AccessLevel.READ_ONLY, instanceId: 'tcr-abc' }))).toEqual([
      { action: ['tcr:Describe*', 'tcr:PullRepository'], resource: ['qcs::tcr:::instance/tcr-abc', 'qcs::tcr:::repository/tcr-abc/*'], effect: 'allow' },
    ]);
  });

  test('full access to one Personal repository does not reach its namespace', () => {
    expect(render(personalAccess({ access: AccessLevel.FULL, namespace: 'ns', repository: 'app' }))).toEqual([
      { action: ['tcr:*'], resource: ['qcs::tcr:::repo/ns/app', 'qcs::tcr:::repo/ns/app/*'], effect: 'allow' },
    ]);
  });

  test('read-only on a Personal namespace', () => {
    expect(render(personalAccess({ access: AccessLevel.READ_ONLY, namespace: 'ns' }))).toEqual([
      { action: ['tcr:Describe*', 'tcr:PullRepositoryPersonal'], resource: ['qcs::tcr:::repo/ns', 'qcs::tcr:::repo/ns/*'], effect: 'allow' },
    ]);
  });

  test('several repositories share the instance and namespace entries', () => {
    const [statement] = render(repoReadOnly({ instanceId: 'tcr-a', namespace: 'ns', repositories: ['x', 'y'] })) as any[];
    expect(statement.resource).toEqual([
      'qcs::tcr:::instance/tcr-a', 'qcs::tcr:::repository/tcr-a/ns',
      'qcs::tcr:::repository/tcr-a/ns/x', 'qcs::tcr:::repository/tcr-a/ns/x/*',
      'qcs::tcr:::repository/tcr-a/ns/y', 'qcs::tcr:::repository/tcr-a/ns/y/*',
    ]);
  });

  test('checkProps reports every problem and skips tokens', () => {
    const specs = repoReadOnly({ instanceId: 'bad', namespace: '${TfToken[TOKEN.1]}', repositories: ['ok', '*'], region: 'x' }).specs;
    const problems = checkProps(specs, (v) => v.startsWith('${TfToken['));
    expect(problems.map((p) => p.prop)).toEqual(['instanceId', 'repositories[1]', 'region']);
  });
});
