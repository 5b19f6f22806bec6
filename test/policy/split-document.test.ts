import * as fc from 'fast-check';
import {
  compilePolicies,
  Effect,
  lintPolicy,
  MAX_DOCUMENT_LENGTH,
  PolicyDocument,
  PolicyStatement,
  ResourceName,
  splitDocument,
  splitStatements,
} from '../../lib';

const render = (statements: PolicyStatement[]) => new PolicyDocument({ statements }).render();
const repo = (name: string) => ResourceName.tcrRepository(['tcr-abcd1234', 'team-01', name]);
const pull = (resources: string[], effect = Effect.ALLOW) => new PolicyStatement({ effect, actions: ['tcr:Describe*', 'tcr:PullRepository'], resources });
const names = (n: number, prefix = 'repo') => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}`);

describe('splitStatements', () => {
  test('a document that fits stays one document with the same statements', () => {
    const statements = [pull([repo('a')]), pull([repo('b')], Effect.DENY)];
    const parts = splitStatements(statements);
    expect(parts).toHaveLength(1);
    expect(render(parts[0])).toBe(render(statements));
  });

  test('no statement gives one empty document', () => {
    expect(splitStatements([])).toEqual([[]]);
  });

  test('every part is within the limit, and the computed fill leaves less than one entry free', () => {
    const resources = names(400).map(repo);
    const parts = splitStatements([pull(resources)]);
    expect(parts.length).toBeGreaterThan(1);
    const longest = Math.max(...resources.map((r) => JSON.stringify(r).length)) + 1;
    parts.forEach((p, i) => {
      const length = render(p).length;
      expect(length).toBeLessThanOrEqual(MAX_DOCUMENT_LENGTH);
      // Greedy: only the last document may leave room for one more resource.
      if (i < parts.length - 1) expect(MAX_DOCUMENT_LENGTH - length).toBeLessThan(longest);
    });
  });

  test('the parts keep every resource once, in order, and each part keeps actions, effect and conditions', () => {
    const resources = names(300).map(repo);
    const statement = pull(resources, Effect.DENY).addCondition('ip_equal', 'qcs:ip', ['10.0.0.0/8']);
    const parts = splitStatements([statement]);
    expect(parts.flat().flatMap((s) => s.resources)).toEqual(resources);
    for (const s of parts.flat()) {
      expect(s.effect).toBe(Effect.DENY);
      expect(s.actions).toEqual(statement.actions);
      expect(s.conditions).toEqual(statement.conditions);
    }
  });

  test('a statement that does not fit fills the rest of the current document before starting the next', () => {
    const small = pull([repo('first')]);
    const parts = splitStatements([small, pull(names(200).map(repo))]);
    expect(parts[0][0]).toBe(small);
    expect(parts[0]).toHaveLength(2);
    expect(render(parts[0]).length).toBeGreaterThan(MAX_DOCUMENT_LENGTH - 60);
  });

  test('a statement whose actions leave no room for a resource is split by actions too', () => {
    const actions = Array.from({ length: 300 }, (_, i) => `tcr:DescribeSomething${String(i).padStart(3, '0')}`);
    const statement = new PolicyStatement({ actions, resources: names(50).map(repo) });
    const parts = splitStatements([statement]);
    for (const p of parts) expect(render(p).length).toBeLessThanOrEqual(MAX_DOCUMENT_LENGTH);
    // Every (action, resource) pair of the original appears in exactly one part.
    const pairs = parts.flat().flatMap((s) => s.actions.flatMap((a) => s.resources.map((r) => `${a} ${r}`)));
    expect(pairs).toHaveLength(actions.length * 50);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  test('a statement that cannot be cut stays alone in a too-long document, for the linter to report', () => {
    const ips = Array.from({ length: 600 }, (_, i) => `10.${Math.floor(i / 250)}.${i % 250}.0/24`);
    const huge = new PolicyStatement({ actions: ['tcr:PullRepository'], resources: [repo('a')], conditions: { ip_equal: { 'qcs:ip': ips } } });
    const parts = splitStatements([pull([repo('b')]), huge, pull([repo('c')])]);
    expect(parts.map((p) => p.length)).toEqual([1, 1, 1]);
    expect(lintPolicy(render(parts[1])).map((f) => f.ruleId)).toContain('document-too-long');
  });

  test('deterministic: the same input gives the same parts', () => {
    const input = () => [pull(names(250).map(repo)), pull(names(90, 'other').map(repo), Effect.DENY)];
    expect(splitStatements(input()).map(render)).toEqual(splitStatements(input()).map(render));
  });

  test('a custom limit is honoured', () => {
    const whole = render([pull(names(20).map(repo))]).length;
    const parts = splitStatements([pull(names(20).map(repo))], 600);
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(whole / 600));
    for (const p of parts) expect(render(p).length).toBeLessThanOrEqual(600);
    expect(parts.flat().flatMap((s) => s.resources)).toHaveLength(20);
  });

  test('property: parts are within the limit and allow exactly what the whole document allows', () => {
    const statementArb = fc.record({
      deny: fc.boolean(),
      repos: fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 40 }),
    });
    fc.assert(fc.property(fc.array(statementArb, { minLength: 1, maxLength: 6 }), fc.integer({ min: 400, max: 2000 }), (specs, max) => {
      const statements = specs.map((s) => pull(s.repos.map((n) => repo(`r${n}`)), s.deny ? Effect.DENY : Effect.ALLOW));
      const parts = splitStatements(statements, max).map(render);
      for (const p of parts) expect(p.length).toBeLessThanOrEqual(max);
      const whole = compilePolicies([render(statements)]);
      const split = compilePolicies(parts);
      for (let n = 0; n <= 61; n++) {
        const request = { action: 'tcr:PullRepository', resource: repo(`r${n}`) };
        expect(split.decide(request)).toBe(whole.decide(request));
      }
    }), { numRuns: 60, seed: 5 });
  });
});

describe('splitDocument', () => {
  test('returns the document itself when it fits', () => {
    const doc = new PolicyDocument({ statements: [pull([repo('a')])] });
    expect(splitDocument(doc)).toEqual([doc]);
  });

  test('returns new documents for the parts otherwise', () => {
    const doc = new PolicyDocument({ statements: [pull(names(300).map(repo))] });
    const parts = splitDocument(doc);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.flatMap((p) => p.statements.flatMap((s) => s.resources))).toEqual(doc.statements[0].resources);
  });
});
