import { lintPolicy } from '../../../lib';
import { allow, doc, ruleIds } from '../lint-helpers';

const BROAD = doc(allow(['tcr:*'], ['*']));
const REASON = 'platform break-glass role';

describe('unused-suppression', () => {
  test('non-compliant: a suppression for a rule with no finding', () => {
    const findings = lintPolicy(BROAD, { suppressions: [{ ruleId: 'duplicate-entry', reason: REASON }] });
    expect(findings.map((f) => f.ruleId)).toEqual(['broad-grant', 'unused-suppression']);
    expect(findings[1]).toMatchObject({ severity: 'warning', value: 'duplicate-entry' });
    expect(findings[1].message).toContain('matches no finding');
  });

  test('non-compliant: appliesTo narrows to a value no finding has', () => {
    const findings = lintPolicy(BROAD, { suppressions: [{ ruleId: 'broad-grant', reason: REASON, appliesTo: 'ccr:*' }] });
    expect(findings.map((f) => [f.ruleId, f.suppression === undefined])).toEqual([['broad-grant', true], ['unused-suppression', true]]);
    expect(findings[1].message).toContain('for "ccr:*"');
  });

  test('compliant: a suppression that matches', () => {
    expect(ruleIds(BROAD, { suppressions: [{ ruleId: 'broad-grant', reason: REASON, appliesTo: 'tcr:*' }] })).toEqual(['broad-grant']);
  });
});
