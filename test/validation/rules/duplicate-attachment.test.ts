import { TerraformStack, Testing } from 'cdktf';
import { getRule, NamespaceAdmin } from '../../../lib';
import { cleanTestingOutdirs } from '../../helpers/synth';

afterAll(cleanTestingOutdirs);

const admin = () => new NamespaceAdmin(new TerraformStack(Testing.app(), 's'), 'A', { instanceId: 'tcr-abcd1234', namespace: 'ns' });

describe('duplicate-attachment', () => {
  test('non-compliant: the same principal attached twice', () => {
    const [f] = admin().attachToRoleByName('ci').attachToRoleByName('ci').lint().filter((x) => x.ruleId === 'duplicate-attachment');
    expect(f).toMatchObject({ ruleId: 'duplicate-attachment', severity: getRule('duplicate-attachment')!.severity, value: 'ci', constructPath: 's/A' });
    expect(f.message).toContain('attachToRoleByName(roleName): s/A is already attached to role "ci"');
  });

  test('compliant: different principals', () => {
    expect(admin().attachToRoleByName('ci').attachToRoleByName('cd').lint().filter((f) => f.ruleId === 'duplicate-attachment')).toEqual([]);
  });
});
