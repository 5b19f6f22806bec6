import { allActions, getAction, listActions, matchActions, suggestActions } from '../../lib/catalog';

const names = (pattern: string) => matchActions(pattern).map((a) => a.name);

describe('getAction', () => {
  test('exact name, with or without name/', () => {
    expect(getAction('tcr:PullRepository')?.api).toBe('PullRepository');
    expect(getAction('name/tcr:PullRepository')?.api).toBe('PullRepository');
    expect(getAction('ccr:pull')?.api).toBe('pull');
  });
  test('case-sensitive and no partial matches', () => {
    expect(getAction('tcr:pullrepository')).toBeUndefined();
    expect(getAction('ccr:Pull')).toBeUndefined();
    expect(getAction('tcr:PullRepo')).toBeUndefined();
    expect(getAction('PullRepository')).toBeUndefined();
  });
});

describe('matchActions', () => {
  test('tcr:Describe* includes enterprise and Personal describes, nothing else', () => {
    const m = names('tcr:Describe*');
    expect(m).toContain('tcr:DescribeInstances');
    expect(m).toContain('tcr:DescribeRepositoryPersonal');
    expect(m).toContain('tcr:DescribeWebhookTriggerPersonal');
    expect(m.every((n) => n.startsWith('tcr:Describe'))).toBe(true);
    expect(m).toHaveLength(allActions().filter((a) => a.name.startsWith('tcr:Describe')).length);
  });
  test('tcr:PullRepository* is exactly PullRepository and PullRepositoryPersonal', () => {
    expect(names('tcr:PullRepository*')).toEqual(['tcr:PullRepository', 'tcr:PullRepositoryPersonal']);
    expect(names('name/tcr:PullRepository*')).toEqual(['tcr:PullRepository', 'tcr:PullRepositoryPersonal']);
  });
  test('tcr:* is every tcr action, * every action', () => {
    expect(names('tcr:*')).toEqual(listActions({ service: 'tcr' }).map((a) => a.name));
    expect(names('*')).toEqual(allActions().map((a) => a.name));
    expect(names('ccr:*')).toEqual(listActions({ service: 'ccr' }).map((a) => a.name));
  });
  test('without * a pattern is an exact name', () => {
    expect(names('name/tcr:PullRepository')).toEqual(['tcr:PullRepository']);
    expect(names('tcr:Pull')).toEqual([]);
  });
  test('inner wildcards, literal regex characters, case', () => {
    expect(names('tcr:*Personal')).toEqual(allActions().filter((a) => a.name.startsWith('tcr:') && a.name.endsWith('Personal')).map((a) => a.name));
    expect(names('tcr:Pull.*')).toEqual([]);
    expect(names('tcr:Pull?epository')).toEqual([]);
    expect(names('tcr:describe*')).toEqual([]);
  });
  test('repeated patterns return the same (cached, frozen) result', () => {
    expect(matchActions('tcr:Delete*')).toBe(matchActions('tcr:Delete*'));
    expect(Object.isFrozen(matchActions('tcr:Delete*'))).toBe(true);
  });
});

describe('listActions', () => {
  test('filters combine', () => {
    const l = listActions({ edition: 'personal', table: 'read', granularity: 'resource' });
    expect(l.map((a) => a.name)).toEqual(['tcr:DescribeImagePersonal']);
    expect(listActions()).toEqual(allActions());
  });
});

describe('suggestActions', () => {
  test('a prefix suggests the full name first', () => {
    expect(suggestActions('tcr:PullRepo')[0]).toBe('tcr:PullRepository');
    expect(suggestActions('tcr:PullRepo')).toHaveLength(3);
  });
  test('wrong case and small typos', () => {
    expect(suggestActions('tcr:pullrepository')[0]).toBe('tcr:PullRepository');
    expect(suggestActions('name/tcr:DescribeInstance')[0]).toBe('tcr:DescribeInstances');
    expect(suggestActions('ccr:Pull', 1)).toEqual(['ccr:pull']);
    expect(suggestActions('tcr:PushRepositry')[0]).toBe('tcr:PushRepository');
  });
  test('nothing plausible, nothing suggested', () => {
    expect(suggestActions('cos:GetObject')).toEqual([]);
    expect(suggestActions('tcr:PullRepository', 0)).toEqual([]);
  });
});

test('the catalog cannot be edited through the lookups', () => {
  const a = getAction('tcr:PullRepository')!;
  expect(Object.isFrozen(a)).toBe(true);
  expect(Object.isFrozen(a.resources)).toBe(true);
  expect(Object.isFrozen(allActions())).toBe(true);
});
