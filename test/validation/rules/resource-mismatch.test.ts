import { getAction, lintPolicy } from '../../../lib';
import { allow, deny, doc, ruleIds } from '../lint-helpers';

describe('resource-mismatch', () => {
  beforeAll(() => {
    expect(getAction('tcr:PullRepositoryPersonal')?.resourceTypes).toEqual(['repo']);
    expect(getAction('tcr:PullRepository')?.resourceTypes).toEqual(['repository']);
    expect(getAction('ccr:pull')?.service).toBe('ccr');
  });

  test('non-compliant: the Personal pull on an Enterprise repository', () => {
    const text = doc(allow(['tcr:PullRepositoryPersonal'], ['qcs::tcr:::repository/tcr-abc123/ns/app']));
    expect(ruleIds(text)).toEqual(['resource-mismatch']);
    const [f] = lintPolicy(text);
    expect(f).toMatchObject({ severity: 'error', path: '/statement/0/action/0', value: 'tcr:PullRepositoryPersonal' });
    expect(f.message).toContain('tcr repo/');
    expect(f.message).toContain('grants nothing');
  });

  test('non-compliant: a ccr action on a tcr resource of the same type name, and in a deny', () => {
    const text = doc(deny(['ccr:pull'], ['qcs::tcr:::repo/team-01/*']));
    expect(ruleIds(text)).toEqual(['resource-mismatch']);
    expect(lintPolicy(text)[0].message).toContain('denies nothing');
  });

  test('compliant: one resource of the right type is enough; "*", wildcards and other services are not judged', () => {
    expect(ruleIds(doc(allow(['tcr:PullRepository'], ['qcs::tcr:::instance/tcr-abc123', 'qcs::tcr:::repository/tcr-abc123/ns/*'])))).toEqual([]);
    expect(ruleIds(doc(allow(['tcr:PullRepositoryPersonal'], ['*'])))).toEqual([]);
    expect(ruleIds(doc(allow(['tcr:PullRepository*', 'cos:GetObject'], ['qcs::tcr:::repo/team-01/*'])))).toEqual([]);
  });
});
