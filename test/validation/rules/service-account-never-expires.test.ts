import { TerraformStack, Testing } from 'cdktf';
import { getRule, RepositoryAccessLevel, TcrServiceAccount, TcrServiceAccountProps } from '../../../lib';
import { cleanTestingOutdirs } from '../../helpers/synth';

afterAll(cleanTestingOutdirs);

const hits = (expiry: Partial<TcrServiceAccountProps>) => new TcrServiceAccount(new TerraformStack(Testing.app(), 's'), 'Ci', {
  instanceId: 'tcr-abcd1234', name: 'ci', permissions: [{ namespace: 'ns', access: RepositoryAccessLevel.PULL }], ...expiry,
}).lint().filter((f) => f.ruleId === 'service-account-never-expires');

describe('service-account-never-expires', () => {
  test('non-compliant: neverExpires: true, a warning on the prop', () => {
    expect(hits({ neverExpires: true })).toEqual([expect.objectContaining({ severity: 'warning', prop: 'neverExpires', value: 'true' })]);
    expect(getRule('service-account-never-expires')!.severity).toBe('warning');
  });

  test('compliant: an expiry in days', () => {
    expect(hits({ expiresInDays: 90 })).toEqual([]);
    expect(hits({ neverExpires: false, expiresInDays: 90 })).toEqual([]);
  });
});
