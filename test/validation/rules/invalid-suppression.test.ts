import { lintPolicy } from '../../../lib';
import { allow, doc, ruleIds } from '../lint-helpers';

const BROAD = doc(allow(['tcr:*'], ['*']));

describe('invalid-suppression', () => {
  test('non-compliant: a reason under 10 characters; the suppression is not applied', () => {
    const findings = lintPolicy(BROAD, { suppressions: [{ ruleId: 'broad-grant', reason: 'ok' }] });
    expect(findings.map((f) => [f.ruleId, f.suppression !== undefined])).toEqual([['invalid-suppression', false], ['broad-grant', false]]);
    expect(findings[0]).toMatchObject({ prop: 'suppressions[0]', value: 'broad-grant', severity: 'error' });
    expect(findings[0].message).toContain('at least 10 visible characters');
  });

  test('non-compliant: an unknown rule id gets the closest one; suppression rules cannot be suppressed', () => {
    const findings = lintPolicy(BROAD, {
      suppressions: [
        { ruleId: 'brod-grant', reason: 'platform break-glass role' },
        { ruleId: 'unused-suppression', reason: 'platform break-glass role' },
      ],
    }).filter((f) => f.ruleId === 'invalid-suppression');
    expect(findings.map((f) => f.prop)).toEqual(['suppressions[0]', 'suppressions[1]']);
    expect(findings[0].message).toContain('Did you mean "broad-grant"?');
    expect(findings[1].message).toContain('cannot be suppressed');
  });

  test('non-compliant: an empty appliesTo', () => {
    const [f] = lintPolicy(BROAD, { suppressions: [{ ruleId: 'broad-grant', reason: 'platform break-glass role', appliesTo: '' }] });
    expect(f.ruleId).toBe('invalid-suppression');
    expect(f.message).toContain('appliesTo must be the value to narrow to');
  });

  test('compliant: a rule id and a real reason', () => {
    expect(ruleIds(BROAD, { suppressions: [{ ruleId: 'broad-grant', reason: 'platform break-glass role' }] })).toEqual(['broad-grant']);
  });
});
