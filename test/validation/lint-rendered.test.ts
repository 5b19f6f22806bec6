// lintRenderedPolicy (what the constructs run on their own documents) must give exactly lintPolicy's findings:
// it only skips what JSON.stringify cannot write (syntax errors, repeated members, nesting past the limit).
import * as fc from 'fast-check';
import { statementArb as statement } from './support/statements';
import { PolicyDocument } from '../../lib/policy';
import { lintPolicy, lintRenderedPolicy } from '../../lib/validation/lint-policy';

const RUNS = Number(process.env.TCR_PROPERTY_RUNS ?? 300);

describe('lintRenderedPolicy', () => {
  test('gives lintPolicy\'s findings on every document the model renders', () => {
    fc.assert(fc.property(fc.array(statement, { maxLength: 5 }), fc.option(fc.string(), { nil: undefined }), (statements, policyName) => {
      const text = new PolicyDocument({ statements }).render();
      expect(lintRenderedPolicy(text, { policyName, constructPath: 'stack/P' })).toEqual(lintPolicy(text, { policyName, constructPath: 'stack/P' }));
    }), { numRuns: RUNS });
  });

  test('gives lintPolicy\'s findings on any JSON.stringify output of shallow values (the reader adds nothing there)', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
      const text = JSON.stringify(value);
      expect(lintRenderedPolicy(text)).toEqual(lintPolicy(text));
    }), { numRuns: RUNS });
  });

  test('the generated documents reach the rules (the property is not vacuous)', () => {
    const ruleIds = new Set<string>();
    fc.assert(fc.property(fc.array(statement, { minLength: 1, maxLength: 5 }), (statements) => {
      lintPolicy(new PolicyDocument({ statements }).render()).forEach((f) => ruleIds.add(f.ruleId));
    }), { numRuns: 200 });
    for (const id of ['invalid-syntax', 'unknown-action', 'invalid-resource', 'resource-mismatch', 'invalid-condition', 'broad-grant',
      'principal-root', 'operation-level-via-wildcard', 'nested-repository-reach']) {
      expect(ruleIds).toContain(id);
    }
  });
});
