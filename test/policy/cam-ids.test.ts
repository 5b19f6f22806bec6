import { checkName } from '../../lib';

describe('CAM group and role ids', () => {
  test.each([['camGroupId', '12345'], ['camRoleId', '4611686018427922725']] as const)('%s accepts %s', (kind, v) => {
    expect(checkName(kind, v)).toBeUndefined();
  });

  test('a group name instead of its id says what to pass', () => {
    expect(checkName('camGroupId', 'developers')).toBe('"developers" is not a valid CAM group id. Allowed: the numeric id of the user group (a tencentcloud_cam_group\'s id), not its name.');
  });

  test('a role name instead of its id points to attachToRoleByName', () => {
    expect(checkName('camRoleId', 'ci-deployer')).toContain('use attachToRoleByName for a role name');
  });

  test.each(['', '12 34', '1*', '-1'])('refuses %j', (v) => {
    expect(checkName('camRoleId', v)).toBeDefined();
  });
});
