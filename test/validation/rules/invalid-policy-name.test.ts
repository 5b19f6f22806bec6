import { lintPolicy } from '../../../lib';
import { lintInputs } from '../../../lib/validation/lint-policy';
import { allow, doc, ruleIds } from '../lint-helpers';

const TEXT = doc(allow(['tcr:PullRepository'], ['qcs::tcr:::repository/tcr-abc123/ns/app']));

describe('invalid-policy-name', () => {
  test('non-compliant: a name with a space and !', () => {
    expect(ruleIds(TEXT, { policyName: 'team policy!' })).toEqual(['invalid-policy-name']);
    const [f] = lintPolicy(TEXT, { policyName: 'team policy!' });
    expect(f).toMatchObject({ prop: 'policyName', value: 'team policy!', path: '' });
    expect(f.message).toContain('Invalid policyName');
    expect(f.message).toContain('" ", "!"');
  });

  test('non-compliant: a name over 128 characters and a description over 300 bytes', () => {
    const findings = lintInputs({ policyName: 'a'.repeat(129), description: 'é'.repeat(151) });
    expect(findings.map((f) => [f.ruleId, f.prop])).toEqual([['invalid-policy-name', 'policyName'], ['invalid-policy-name', 'description']]);
    expect(findings[1].message).toContain('302 bytes');
  });

  test('compliant: 128 allowed characters and a 300-byte description', () => {
    expect(ruleIds(TEXT, { policyName: 'A+=,.@_-9'.padEnd(128, 'x'), description: 'é'.repeat(150) })).toEqual([]);
  });
});
