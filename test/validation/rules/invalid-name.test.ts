import { lintPolicy } from '../../../lib';
import { allow, doc, findingsOf, isToken, ruleIds, TOKEN } from '../lint-helpers';

const pull = (...resources: string[]) => doc(allow(['tcr:PullRepository', 'tcr:PullRepositoryPersonal', 'ccr:pull'], resources));

describe('invalid-name', () => {
  test.each([
    ['an uppercase Enterprise namespace', 'qcs::tcr:::repository/tcr-abc123/Team01/*', 'Did you mean "team01"?'],
    ['an instance id of the old form', 'qcs::tcr:::instance/ins-12345678', 'instance id "ins-12345678"'],
    ['a ? in a repository', 'qcs::tcr:::repository/tcr-abc123/ns/app?', 'wildcard'],
    ['a double separator in a Personal repository', 'qcs::tcr:::repo/team-01/app--x', '"app--x"'],
    ['a CCR tag starting with .', 'qcs::ccr:::repo/foo/app:.latest', 'tag ".latest"'],
  ])('non-compliant: %s in a document', (_case, resource, text) => {
    const findings = findingsOf('invalid-name', pull(resource, 'qcs::tcr:::instance/tcr-abc123'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: '/statement/0/resource/0', value: resource, severity: 'error' });
    expect(findings[0].message).toContain(text);
  });

  test('non-compliant: props (the construct inputs), naming the prop', () => {
    const findings = lintPolicy(pull('qcs::tcr:::repository/tcr-abc123/ns/*'), {
      nameProps: [['namespace', 'namespace', 'team/01'], ['instanceId', 'instanceId', 'tcr-abc123']],
    }).filter((f) => f.ruleId === 'invalid-name');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ prop: 'namespace', value: 'team/01', path: '' });
    expect(findings[0].message).toMatch(/^Invalid namespace: "team\/01" contains '\/'/);
  });

  test('compliant: valid names, wildcards, multi-level repositories, tags, policy variables and tokens', () => {
    const text = pull(
      'qcs::tcr:::instance/tcr-abc123',
      'qcs::tcr:::instance/*',
      'qcs::tcr:::repository/tcr-abc123/team.01_a-b/sub1/sub2/repo',
      'qcs::tcr:::repository/tcr-abc123/team-*',
      'qcs::tcr:::repo/team-01/repo-demo/v1.0',
      'qcs::ccr:::repo/foo/app:Latest_1',
      'qcs::tcr:::repository/tcr-abc123/${uin}/*',
      `qcs::tcr:::repository/${TOKEN}/${TOKEN}/*`,
    );
    expect(ruleIds(text, { isUnresolved: isToken, nameProps: [['namespace', 'namespace', TOKEN]] })).toEqual([]);
  });
});
