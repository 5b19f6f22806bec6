import * as fc from 'fast-check';
import { allow, doc } from './lint-helpers';
import { formatFinding, lintPolicy, Rule } from '../../lib';
import { lintInputs } from '../../lib/validation/lint-policy';
import { LINT_RULES } from '../../lib/validation/rules';

const BROAD = doc(allow(['tcr:*'], ['*']));

describe('the engine', () => {
  test('a rule that throws becomes an error finding under its id; the other rules still run', () => {
    const throwing: Rule = {
      id: 'always-throws',
      severity: 'warning',
      title: 't',
      explanation: 'e',
      fix: 'f',
      check: () => {
        throw new TypeError('boom');
      },
    };
    const findings = lintPolicy(BROAD, { rules: [throwing, ...LINT_RULES] });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['always-throws', 'error'], ['broad-grant', 'warning']]);
    expect(findings[0].message).toContain('Rule always-throws could not check this document: TypeError: boom');
  });

  test('a rule that returns something other than a list becomes a finding too', () => {
    const broken = { ...LINT_RULES[0], id: 'returns-null', check: () => null } as unknown as Rule;
    expect(lintPolicy(BROAD, { rules: [broken] })[0].message).toContain('returned null');
  });

  test('malformed JSON gives line and column, counting \\r\\n as one line end', () => {
    const [f] = lintPolicy('{\r\n  "version": "2.0",\r\n  "statement": [\r\n    {"effect": \'allow\'}\r\n  ]\r\n}');
    expect(f).toMatchObject({ ruleId: 'invalid-json', line: 4, column: 16 });
    expect(f.message).toContain('JSON strings use double quotes');
  });

  test('the construct path is stamped on every finding', () => {
    expect(lintPolicy(BROAD, { constructPath: 'stack/Admin' })[0].constructPath).toBe('stack/Admin');
    expect(lintInputs({ policyName: 'bad name', constructPath: 'stack/A' })[0].constructPath).toBe('stack/A');
  });

  test('formatFinding: rule id, message, JSON pointer, and the suppression reason', () => {
    const [f] = lintPolicy(BROAD, { suppressions: [{ ruleId: 'broad-grant', reason: 'break-glass role of the platform team' }] });
    expect(formatFinding(f)).toBe(`[broad-grant] ${f.message} (at /statement/0/action/0) [suppressed: break-glass role of the platform team]`);
  });

  test('output is deterministic', () => {
    const text = doc(allow(['tcr:Describe*', 'tcr:PullRepo', 'tcr:PullRepo'], ['qcs::tcr:gz::repository/tcr-x//*']));
    expect(lintPolicy(text)).toEqual(lintPolicy(text));
  });
});

describe('never crashes', () => {
  test.each([
    ['the empty text', ''],
    ['whitespace', ' \n\t'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['a huge number', '1e400'],
    ['a huge number as version', '{"version": 1e400, "statement": []}'],
    ['binary bytes', '\u0000\u0001\u00ff\ud800{'],
    ['a byte order mark', '\ufeff{"version":"2.0","statement":[]}'],
    ['__proto__ and constructor keys', '{"__proto__": {"x": 1}, "constructor": 1, "statement": [{"constructor": [], "action": {"__proto__": []}}]}'],
  ])('%s', (_case, text) => {
    const findings = lintPolicy(text);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => typeof f.message === 'string' && f.severity === 'error')).toBe(true);
  });

  test('values that are not text at all', () => {
    for (const value of [null, undefined, 42, {}, []]) {
      const [f] = lintPolicy(value as unknown as string);
      expect(f.ruleId).toBe('invalid-json');
      expect(f.message).toContain('expected the policy document as JSON text');
      expect(f.message).not.toContain('a undefined');
    }
  });

  test('deeply nested input anywhere in the document', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    for (const text of [deep, `{"version": ${deep}, "statement": [{"action": ${deep}, "condition": {"ip_equal": {"qcs:ip": ${deep}}}}]}`]) {
      const findings = lintPolicy(text);
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((f) => !f.message.includes('could not check'))).toBe(true);
    }
    expect(lintPolicy('['.repeat(200_000))[0].ruleId).toBe('invalid-json');
  });

  // Speed is measured by `npm run bench`; these only prove that such input is linted, not how fast.
  test('pathological wildcards and long names are linted', () => {
    const action = `tcr:${'*a'.repeat(2_000)}b`;
    const long = 'x'.repeat(1_000_000);
    const findings = lintPolicy(doc(allow([action, `tcr:${long}`, `${long}:${long}`], [`qcs::tcr:::repository/tcr-abc/${long}/*`, `qcs::${long}:::a/b`]), allow([action], ['*'])));
    expect(findings.length).toBeGreaterThan(0);
  });

  test('large statements are linted', () => {
    const resources = Array.from({ length: 10_000 }, (_, i) => `qcs::tcr:::repository/tcr-abc123/ns/app-${i}`);
    const actions = Array.from({ length: 10_000 }, (_, i) => (i % 2 ? 'tcr:PullRepository' : `tcr:Describe${i}*`));
    const findings = lintPolicy(doc(allow(actions, resources), { effect: 'deny', action: actions, resource: resources }));
    expect(findings.map((f) => f.ruleId)).toContain('shadowed-by-deny');
  });

  test('any string, and any JSON value in any element, gives findings without throwing', () => {
    const anyJson = fc.jsonValue({ maxDepth: 4 });
    const statement = fc.dictionary(
      fc.constantFrom('effect', 'action', 'resource', 'condition', 'principal', 'Action', 'sid'),
      fc.oneof(anyJson, fc.array(fc.constantFrom('tcr:*', 'tcr:Pull*', 'tcr:DescribeInstances', '*', 'qcs::tcr:::repo/a/*', 'qcs:::::'))),
    );
    const documents = fc.oneof(
      fc.string(),
      anyJson.map((v) => JSON.stringify(v)),
      fc.record({ version: fc.oneof(fc.constant('2.0'), anyJson), statement: fc.oneof(fc.array(statement), anyJson) }).map((v) => JSON.stringify(v)),
    );
    fc.assert(fc.property(documents, (text) => {
      const findings = lintPolicy(text);
      return findings.every((f) => typeof f.ruleId === 'string' && !f.message.includes('could not check'));
    }), { numRuns: 2_000 });
  });
});
