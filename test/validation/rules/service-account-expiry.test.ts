import { TerraformStack, Testing } from 'cdktf';
import { getRule, RepositoryAccessLevel, TcrServiceAccount, TcrServiceAccountProps } from '../../../lib';
import { cleanTestingOutdirs } from '../../helpers/synth';

afterAll(cleanTestingOutdirs);

const account = (expiry: Partial<TcrServiceAccountProps>) => new TcrServiceAccount(new TerraformStack(Testing.app(), 's'), 'Ci', {
  instanceId: 'tcr-abcd1234', name: 'ci', permissions: [{ namespace: 'ns', access: RepositoryAccessLevel.PULL }], ...expiry,
});
const hits = (expiry: Partial<TcrServiceAccountProps>) => account(expiry).lint().filter((f) => f.ruleId === 'service-account-expiry');

describe('service-account-expiry', () => {
  test('non-compliant: no expiry, a non-positive or fractional one, or both expiresInDays and neverExpires', () => {
    for (const expiry of [{}, { expiresInDays: 0 }, { expiresInDays: -1 }, { expiresInDays: 2.5 }, { expiresInDays: 30, neverExpires: true }]) {
      expect(hits(expiry)).toEqual([expect.objectContaining({ severity: getRule('service-account-expiry')!.severity, constructPath: 's/Ci' })]);
    }
  });

  test('compliant: expiresInDays, or neverExpires alone (a warning of its own)', () => {
    expect(hits({ expiresInDays: 1 })).toEqual([]);
    expect(hits({ expiresInDays: 365 })).toEqual([]);
    expect(hits({ neverExpires: true })).toEqual([]);
  });
});
