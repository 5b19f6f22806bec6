import { lintPolicy } from '../../../lib';
import { allow, doc, ruleIds } from '../lint-helpers';

describe('invalid-json', () => {
  test('non-compliant: a trailing comma, reported with line and column', () => {
    const text = '{\n  "version": "2.0",\n  "statement": [],\n}';
    expect(ruleIds(text)).toEqual(['invalid-json']);
    const [f] = lintPolicy(text);
    expect(f).toMatchObject({ ruleId: 'invalid-json', severity: 'error', line: 4, column: 1, path: '' });
    expect(f.message).toContain('line 4, column 1');
    expect(f.message).toContain('trailing comma');
  });

  test('non-compliant: seed 004 repeats a template without the comma after the resource list', () => {
    const broken = '{\n"version": "2.0",\n"statement": [{\n"action": [\n"ccr:DeleteRepository"\n],\n"resource": [\n"qcs::ccr:::repo/foo/*"\n]\n"effect": "allow"\n}]\n}';
    const [f] = lintPolicy(broken);
    expect(f).toMatchObject({ ruleId: 'invalid-json', line: 10, column: 1 });
    expect(f.message).toContain("expected ',' or '}'");
  });

  test('compliant: valid JSON is not an invalid-json finding', () => {
    expect(ruleIds(doc(allow(['tcr:PullRepository'], ['qcs::tcr:::repository/tcr-abc123/ns/app'])))).toEqual([]);
  });
});
