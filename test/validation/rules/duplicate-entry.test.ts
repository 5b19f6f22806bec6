import { lintPolicy } from '../../../lib';
import { allow, doc, ruleIds } from '../lint-helpers';

const REPO = 'qcs::tcr:::repository/tcr-abc123/ns/app';

describe('duplicate-entry', () => {
  test('non-compliant: the same action (with and without name/) and the same resource twice', () => {
    const text = doc(allow(['tcr:PullRepository', 'name/tcr:PullRepository'], [REPO, REPO]));
    expect(ruleIds(text)).toEqual(['duplicate-entry']);
    expect(lintPolicy(text).map((f) => [f.path, f.severity])).toEqual([
      ['/statement/0/action/1', 'warning'],
      ['/statement/0/resource/1', 'warning'],
    ]);
    expect(lintPolicy(text)[0].message).toContain('first at /statement/0/action/0');
  });

  test('compliant: the same action in two statements', () => {
    expect(ruleIds(doc(allow(['tcr:PullRepository'], [REPO]), allow(['tcr:PullRepository'], [`${REPO}-web`])))).toEqual([]);
  });
});
