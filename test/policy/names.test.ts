import { checkDescription, checkName, checkPolicyName, NameKind, toPolicyName } from '../../lib';

const VALID: Array<[NameKind, string]> = [
  ['instanceId', 'tcr-xxxxxxxx'], ['instanceId', 'tcr-okmju7'],
  ['namespace', 'team-01'], ['namespace', 'a.b_c-d'], ['namespace', 'ab'],
  ['repository', 'repo-demo'], ['repository', 'sub1/sub2/repo'],
  ['personalNamespace', 'team-01'], ['personalRepository', 'a'],
  ['ccrNamespace', 'foo'], ['ccrRepository', 'bar'], ['ccrTag', 'v1.2.3'],
  ['ownerUin', '100000000001'], ['region', 'ap-guangzhou'], ['region', 'ap-shanghai-fsi'],
];

const INVALID: Array<[NameKind, string, RegExp]> = [
  ['namespace', '', /must not be empty/],
  ['namespace', 'team/01', /contains '\/'/],
  ['namespace', 'team*', /wildcard/],
  ['namespace', 'team?', /wildcard/],
  ['namespace', 'team 01', /whitespace/],
  ['namespace', 'a', /needs 2-30/],
  ['namespace', 'x'.repeat(31), /needs 2-30/],
  ['namespace', '-team', /not a valid/],
  ['namespace', 'team--01', /not a valid/],
  ['namespace', 'Team', /Did you mean "team"/],
  ['namespace', 'team:01', /not a valid/],
  ['repository', 'a//b', /not a valid/],
  ['repository', '/app', /not a valid/],
  ['repository', 'app/', /not a valid/],
  ['personalRepository', 'a/b', /contains '\/'/],
  ['ccrRepository', 'a/b', /contains '\/'/],
  ['instanceId', 'ins-12345678', /tcr-/],
  ['instanceId', 'TCR-ABC', /not a valid/],
  ['ownerUin', 'uin/123', /contains '\/'/],
  ['ownerUin', '12a4', /not a valid/],
  ['region', 'gz', /needs 4-40/],
  ['region', 'Ap-Guangzhou', /not a valid/],
];

describe('naming rules', () => {
  test.each(VALID)('%s %j is valid', (kind, value) => {
    expect(checkName(kind, value)).toBeUndefined();
  });
  test.each(INVALID)('%s %j is refused', (kind, value, why) => {
    expect(checkName(kind, value)).toMatch(why);
  });
});

describe('policy name and description', () => {
  test('CAM policy names', () => {
    expect(checkPolicyName('team-01_admin.v2@x=y,z+w')).toBeUndefined();
    expect(checkPolicyName('')).toMatch(/it is empty/);
    expect(checkPolicyName('a'.repeat(129))).toMatch(/129 characters/);
    expect(checkPolicyName('team policy/1')).toMatch(/contains " ", "\/"/);
  });
  test('descriptions are measured in bytes', () => {
    expect(checkDescription('x'.repeat(300))).toBeUndefined();
    expect(checkDescription('好'.repeat(101))).toMatch(/303 bytes.*by 3 bytes/);
  });
  test('toPolicyName cleans and shortens deterministically', () => {
    const hash = (s: string) => `h${s.length}`.padEnd(8, '0');
    expect(toPolicyName('stack-My Team/Pull', hash)).toBe('stack-My-Team-Pull');
    expect(toPolicyName('x'.repeat(130), hash)).toBe(`${'x'.repeat(119)}-h1300000`);
  });
});
