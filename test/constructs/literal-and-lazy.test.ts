// A construct reads a document it rendered itself without a token quickly (JSON.parse, findings kept once
// frozen) and one with tokens through the resolver and the tolerant reader. Both must see the same thing.
import { Lazy, Testing } from 'cdktf';
import * as fc from 'fast-check';
import { PolicyStatement, TcrPolicy } from '../../lib';
import { cleanTestingOutdirs, newApp } from '../helpers/synth';
import { statementArb } from '../validation/support/statements';

afterAll(cleanTestingOutdirs);

const RUNS = Number(process.env.TCR_PROPERTY_RUNS ?? 150);

/** A value that writes the same text literally and through a token: no JSON escape, no template syntax. */
const sameEitherWay = (v: string) => !/["\\\u0000-\u001f\u007f-\u009f\u2028\u2029]|\$\{|%\{/.test(v);

/** Synthesizes a TcrPolicy of the statements, the value at `lazy` (if any) given as a `Lazy`; its findings and documents. */
function written(statements: readonly PolicyStatement[], lazy?: { statement: number; entry: number }) {
  const { stack } = newApp();
  const copies = statements.map((s, i) => {
    const entries = [...s.actions, ...s.resources];
    const at = lazy?.statement === i ? lazy.entry % Math.max(entries.length, 1) : -1;
    const token = (value: string, index: number) => (index === at ? Lazy.stringValue({ produce: () => value }) : value);
    return new PolicyStatement({
      effect: s.effect,
      actions: s.actions.map((a, j) => token(a, j)),
      resources: s.resources.map((r, j) => token(r, s.actions.length + j)),
      conditions: s.conditions,
      principals: s.principals,
    });
  });
  const policy = new TcrPolicy(stack, 'P', { statements: copies });
  Testing.synth(stack);
  let documents: string[] | string;
  try {
    documents = policy.renderedDocuments();
  } catch (e) {
    documents = (e as Error).message;
  }
  return { findings: policy.lint(), documents, frozen: policy.document.isFrozen };
}

describe('literal and resolved values', () => {
  test(`${RUNS} runs: the same statements give the same findings and documents, literal or with a value that resolves at synth`, () => {
    const arb = fc.tuple(fc.array(statementArb, { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat())
      .filter(([statements, s, e]) => {
        const st = statements[s % statements.length];
        const entries = [...st.actions, ...st.resources];
        return entries.length > 0 && sameEitherWay(entries[e % entries.length]);
      });
    fc.assert(fc.property(arb, ([statements, s, e]) => {
      const literal = written(statements);
      const lazy = written(statements, { statement: s % statements.length, entry: e });
      expect(literal.frozen).toBe(true);
      expect(lazy.findings).toEqual(literal.findings);
      expect(lazy.documents).toEqual(literal.documents);
    }), { numRuns: RUNS });
  });
});
