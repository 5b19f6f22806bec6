import { TerraformStack, Testing } from 'cdktf';
import { getRule, RepoReadOnly, TcrPolicyBase } from '../../../lib';
import { cleanTestingOutdirs } from '../../helpers/synth';

afterAll(cleanTestingOutdirs);

function policies(count: number): TcrPolicyBase[] {
  const stack = new TerraformStack(Testing.app(), 's');
  return Array.from({ length: count }, (_, i) => new RepoReadOnly(stack, `P${i}`, { instanceId: 'tcr-abcd1234', namespace: 'ns', repository: `repo-${i}` }).attachToGroup('42'));
}

describe('too-many-policies', () => {
  test('non-compliant: 201 policies on one group, reported once', () => {
    const findings = policies(201).flatMap((p) => p.lint()).filter((f) => f.ruleId === 'too-many-policies');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: getRule('too-many-policies')!.severity, value: '42', constructPath: 's/P200' });
    expect(findings[0].message).toContain('Group "42" gets 201 policies from stack s');
  });

  test('compliant: 200 policies', () => {
    expect(policies(200).flatMap((p) => p.lint()).filter((f) => f.ruleId === 'too-many-policies')).toEqual([]);
  });
});
