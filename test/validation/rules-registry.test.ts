import * as fs from 'fs';
import * as path from 'path';
import { CONSTRUCT_RULES, getRule, RULES } from '../../lib';
import { LINT_RULES } from '../../lib/validation/rules';

/** The rule ids of issue 3: a public contract, never renamed. */
const CONTRACT = [
  'invalid-json', 'invalid-syntax', 'string-not-array', 'principal-root', 'unknown-action', 'operation-level-scoped',
  'operation-level-via-wildcard', 'resource-mismatch', 'invalid-resource', 'invalid-name', 'invalid-policy-name',
  'document-too-long', 'invalid-condition', 'ip-condition-unsupported', 'broad-grant', 'duplicate-entry', 'shadowed-by-deny',
];
const ADDED = ['duplicate-policy-name', 'invalid-suppression', 'unused-suppression', 'undocumented-action', 'nested-repository-reach'];
/** The rule ids of issue 5 (grants), reported by the constructs. */
const GRANTS = ['ip-unsupported-apis', 'duplicate-attachment', 'too-many-policies', 'service-account-expiry', 'service-account-never-expires'];
const WARNINGS = [
  'operation-level-via-wildcard', 'ip-condition-unsupported', 'broad-grant', 'duplicate-entry', 'shadowed-by-deny', 'unused-suppression', 'too-many-policies',
  'undocumented-action', 'service-account-never-expires', 'nested-repository-reach',
];

describe('the rules', () => {
  test('exactly the contract ids plus the added ones, each with its severity', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...CONTRACT, ...ADDED, ...GRANTS].sort());
    expect(CONSTRUCT_RULES.map((r) => r.id)).toEqual(GRANTS);
    for (const rule of RULES) expect(rule.severity).toBe(WARNINGS.includes(rule.id) ? 'warning' : 'error');
  });

  test('every rule has a kebab-case id, a title, an explanation and a fix; getRule finds it', () => {
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.title.length).toBeGreaterThan(10);
      expect(rule.explanation.length).toBeGreaterThan(40);
      expect(rule.fix.length).toBeGreaterThan(10);
      expect(getRule(rule.id)).toEqual(rule);
    }
    expect(getRule('no-such-rule')).toBeUndefined();
  });

  test('one file per rule, named after its id, and one test file per rule', () => {
    const ruleFiles = fs.readdirSync(path.join(__dirname, '..', '..', 'lib', 'validation', 'rules')).filter((f) => f !== 'index.ts');
    expect(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(RULES.map((r) => r.id).sort());
    const testFiles = fs.readdirSync(path.join(__dirname, 'rules'));
    expect(testFiles.map((f) => f.replace(/\.test\.ts$/, '')).sort()).toEqual(RULES.map((r) => r.id).sort());
    expect(LINT_RULES.map((r) => r.id)).toEqual(RULES.map((r) => r.id).filter((id) => id !== 'unused-suppression' && !GRANTS.includes(id)));
  });
});
