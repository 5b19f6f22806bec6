import { lintPolicy, MAX_DOCUMENT_LENGTH } from '../../../lib';
import { allow, doc, ruleIds } from '../lint-helpers';

/** A document of `repositories` resources of equal length, minified. */
const withRepositories = (count: number) =>
  doc(allow(['tcr:PullRepository'], Array.from({ length: count }, (_, i) => `qcs::tcr:::repository/tcr-abc123/ns/app-${String(i).padStart(4, '0')}`)));

describe('document-too-long', () => {
  test('non-compliant: says by how much, measured minified', () => {
    const text = withRepositories(150);
    expect(text.length).toBeGreaterThan(MAX_DOCUMENT_LENGTH);
    expect(ruleIds(text)).toEqual(['document-too-long']);
    expect(lintPolicy(text)[0].message).toContain(`${text.length - MAX_DOCUMENT_LENGTH} too long`);
  });

  test('compliant: whitespace does not count', () => {
    const text = withRepositories(100);
    expect(text.length).toBeLessThanOrEqual(MAX_DOCUMENT_LENGTH);
    const pretty = JSON.stringify(JSON.parse(text), undefined, 8);
    expect(pretty.length).toBeGreaterThan(MAX_DOCUMENT_LENGTH);
    expect(ruleIds(pretty)).toEqual([]);
  });
});
