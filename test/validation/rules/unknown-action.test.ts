import { getAction, lintPolicy } from '../../../lib';
import { allow, doc, isToken, ruleIds, TOKEN } from '../lint-helpers';

const REPO = ['qcs::tcr:::repository/tcr-abc123/ns/app'];
const CCR = ['qcs::ccr:::repo/foo/*'];

describe('unknown-action', () => {
  test('non-compliant: a misspelt tcr action, with the closest catalog names', () => {
    const text = doc(allow(['tcr:PullRepo'], REPO));
    expect(ruleIds(text)).toEqual(['unknown-action']);
    const [f] = lintPolicy(text);
    expect(f).toMatchObject({ path: '/statement/0/action/0', value: 'tcr:PullRepo', severity: 'error' });
    expect(f.message).toContain('Did you mean "tcr:PullRepository"');
  });

  test('non-compliant: a wildcard that matches no catalog action', () => {
    const text = doc(allow(['tcr:Fetch*'], REPO));
    expect(ruleIds(text)).toEqual(['unknown-action']);
    expect(lintPolicy(text)[0].message).toContain('matches no TCR action in the catalog');
  });

  test('non-compliant: case matters; a wrongly cased service prefix gets the right spelling', () => {
    expect(getAction('tcr:PullRepository')).toBeDefined();
    const [f] = lintPolicy(doc(allow(['TCR:PullRepository'], REPO)));
    expect(f.ruleId).toBe('unknown-action');
    expect(f.message).toContain('Did you mean "tcr:PullRepository"?');
  });

  test('non-compliant: a ccr action that is not the lowercase legacy name', () => {
    expect(getAction('ccr:pull')).toBeDefined();
    expect(ruleIds(doc(allow(['ccr:Pull'], CCR)))).toEqual(['unknown-action']);
  });

  test('compliant: catalog names with or without name/, wildcards that match, other services, tokens', () => {
    const text = doc(
      allow(['tcr:PullRepository', 'name/tcr:DescribeRepositories', 'tcr:Pull*', 'cos:GetObject', 'name/vpc:Modify*', TOKEN], REPO),
      allow(['ccr:pull', 'ccr:push'], CCR),
    );
    expect(ruleIds(text, { isUnresolved: isToken })).toEqual([]);
  });
});
