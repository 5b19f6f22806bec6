import { lintPolicy, undocumentedActions } from '../../../lib';
import { runMain } from '../../helpers/cli';
import { tempDir } from '../../helpers/temp-files';
import { allow, deny, doc, findingsOf, isToken, ruleIds, TOKEN } from '../lint-helpers';

const REPO = ['qcs::tcr:::repository/tcr-abc123/ns/app'];

describe('undocumented-action', () => {
  test.each(undocumentedActions().map((u) => u.name))('non-compliant: %s is reported as outside the CAM page, never as unknown-action', (name) => {
    const text = doc(allow([name], name.startsWith('ccr:') ? ['qcs::ccr:::repo/foo/*'] : REPO));
    expect(ruleIds(text)).toEqual(['undocumented-action']);
    const [f] = lintPolicy(text);
    expect(f).toMatchObject({ path: '/statement/0/action/0', value: name, severity: 'warning' });
    expect(f.message).toContain('does not document');
    expect(f.message).toContain('https://www.tencentcloud.com/document/product/598/57160');
    expect(f.message).not.toContain('Did you mean');
  });

  test('non-compliant: tcr:DeleteImage in an allow and in a deny, each with its consequence; name/ prefix understood', () => {
    const [a] = findingsOf('undocumented-action', doc(allow(['name/tcr:DeleteImage'], REPO)));
    expect(a.message).toContain('this grant may not work');
    const [d] = findingsOf('undocumented-action', doc(deny(['tcr:DeleteImage'], REPO)));
    expect(d.message).toContain('deny a pattern such as tcr:Delete*');
  });

  test('non-compliant: a wildcard that matches only APIs outside the CAM page', () => {
    const text = doc(allow(['tcr:DeleteRepositoryTag*'], REPO));
    expect(ruleIds(text)).toEqual(['undocumented-action']);
    expect(lintPolicy(text)[0].message).toContain('matches only APIs outside the CAM pages (tcr:DeleteRepositoryTags)');
  });

  test('compliant: catalog names, patterns that reach the CAM page (tcr:Delete*), wrong casing (unknown-action\'s), tokens', () => {
    expect(ruleIds(doc(deny(['tcr:Delete*', 'tcr:BatchDelete*'], REPO), allow(['tcr:PullRepository', TOKEN], REPO)), { isUnresolved: isToken })).toEqual([]);
    expect(ruleIds(doc(allow(['tcr:deleteImage'], REPO)))).toEqual(['unknown-action']);
  });

  test('tcr-access lint on tcr:DeleteImage: the new warning, not unknown-action', async () => {
    const tmp = tempDir('tcr-undocumented-');
    try {
      const file = tmp.write('delete-image.json', doc(allow(['tcr:DeleteImage'], REPO)));
      const r = await runMain(['lint', file]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`${file}:/statement/0/action/0: warning undocumented-action`);
      expect(r.stdout).not.toContain('unknown-action');
    } finally {
      tmp.cleanup();
    }
  });
});
