import { CATALOG_ACTIONS, matchActions } from '../../lib/catalog';
import { Glob } from '../../lib/catalog/glob';

describe('Glob: * matches any run of characters, the rest is literal and case-sensitive', () => {
  test.each([
    ['tcr:*', 'tcr:PullRepository', true],
    ['tcr:*', 'tcr:', true],
    ['tcr:*', 'ccr:pull', false],
    ['tcr:Describe*', 'tcr:DescribeImages', true],
    ['tcr:Describe*', 'tcr:describeImages', false],
    ['tcr:Describe*', 'tcr:Describ', false],
    ['*', '', true],
    ['*', 'anything/at:all', true],
    ['tcr:PullRepository', 'tcr:PullRepository', true],
    ['tcr:PullRepository', 'tcr:PullRepositoryPersonal', false],
    ['tcr:PullRepository', 'tcr:pullrepository', false],
    ['*Personal', 'tcr:PullRepositoryPersonal', true],
    ['*Personal', 'tcr:PullRepository', false],
    ['tcr:*Repository*', 'tcr:PullRepositoryPersonal', true],
    ['tcr:*Repository*', 'tcr:DescribeImages', false],
    ['a*b*c', 'abc', true],
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'acb', false],
    ['a*a', 'a', false],
    ['a*a', 'aa', true],
    ['repository/tcr-x/team-01/*', 'repository/tcr-x/team-01/app/sub', true],
    ['repository/tcr-x/team-01/*', 'repository/tcr-x/team-01', false],
    ['repository/tcr-x/team-01/*', 'repository/tcr-x/team-010/app', false],
    ['repo?', 'repoX', false],
    ['repo?', 'repo?', true],
  ])('%s ~ %s → %s', (pattern, text, expected) => {
    expect(new Glob(pattern).matches(text)).toBe(expected);
  });

  test('matches from an offset to the end of the text', () => {
    const text = 'qcs::tcr:::repository/tcr-x/team-01/app';
    const at = text.indexOf('repository');
    expect(new Glob('repository/tcr-x/*').matches(text, at)).toBe(true);
    expect(new Glob('repository/tcr-x/team-01/app').matches(text, at)).toBe(true);
    expect(new Glob('repository/tcr-x/team-01/ap').matches(text, at)).toBe(false);
  });

  test('agrees with the catalog’s matchActions on every catalog action', () => {
    for (const pattern of ['tcr:*', 'tcr:Describe*', 'tcr:PullRepository*', '*Personal', 'ccr:*', '*', 'tcr:*Instance*', 'tcr:describe*']) {
      const glob = new Glob(pattern);
      expect(CATALOG_ACTIONS.filter((a) => glob.matches(a.name))).toEqual(matchActions(pattern));
    }
  });

  test.each([
    ['repository/tcr-x/*', 'repository/', true],
    ['repository/tcr-x/*', 'repo/', false],
    ['repo*', 'repository/', true],
    ['repo*', 'repo/', true],
    ['*', 'instance/', true],
    ['instance/tcr-x', 'instance/', true],
    ['instance/tcr-x', 'repository/', false],
  ])('%s admits text starting with %s → %s', (pattern, prefix, expected) => {
    expect(new Glob(pattern).admitsPrefix(prefix)).toBe(expected);
  });
});

describe('matchActions stays linear on pathological patterns', () => {
  test('a*a*a*…b against every catalog action returns nothing without backtracking', () => {
    expect(matchActions(`tcr:${'*a'.repeat(40)}*b`)).toEqual([]);
    expect(matchActions('tcr:*Repository*Personal').map((a) => a.name)).toContain('tcr:PullRepositoryPersonal');
  });
});
