import * as fc from 'fast-check';
import { compilePolicies, Effect, lintPolicy, PolicyDocument, PolicyStatement, ResourceName, splitStatements } from '../../lib';

/** How many generated documents; `TCR_PROPERTY_RUNS=100000` for the long run. */
const RUNS = Number(process.env.TCR_PROPERTY_RUNS ?? 300);

const I = 'tcr-abcd1234';
const ACTIONS = [
  'tcr:PullRepository', 'tcr:PushRepository', 'tcr:DescribeInstanceStatus', 'tcr:DeleteInstance', 'tcr:DescribeRepositories',
  'tcr:DescribeInstances', 'tcr:Describe*', 'tcr:*', 'tcr:DeleteRepository', 'tcr:PullRepositoryPersonal', 'ccr:pull', 'tcr:CreateInstanceToken',
];
const resourceArb = fc.oneof(
  fc.constant(ResourceName.tcrInstance([I])),
  fc.constant(ResourceName.tcrRepository([I, 'ns'])),
  fc.integer({ min: 0, max: 80 }).map((n) => ResourceName.tcrRepository([I, 'ns', `repo-${n}`])),
  fc.integer({ min: 0, max: 80 }).map((n) => ResourceName.tcrRepository([I, 'ns', `repo-${n}`, '*'])),
  fc.integer({ min: 0, max: 20 }).map((n) => ResourceName.tcrPersonalRepo(['ns', `p${n}`])),
  fc.integer({ min: 0, max: 20 }).map((n) => ResourceName.ccrRepo(['ns', `c${n}`])),
  fc.constant('*'),
);
const statementArb = fc.record({
  deny: fc.boolean(),
  actions: fc.uniqueArray(fc.constantFrom(...ACTIONS), { minLength: 1, maxLength: 6 }),
  resources: fc.uniqueArray(resourceArb, { minLength: 1, maxLength: 60 }),
  ip: fc.boolean(),
}).map((s) => {
  const statement = new PolicyStatement({ effect: s.deny ? Effect.DENY : Effect.ALLOW, actions: s.actions, resources: s.resources });
  return s.ip ? statement.addCondition('ip_equal', 'qcs:ip', ['10.0.0.0/8']) : statement;
});

const render = (statements: readonly PolicyStatement[]) => new PolicyDocument({ statements }).render();
const keys = (text: string) => lintPolicy(text).filter((f) => f.ruleId !== 'document-too-long').map((f) => `${f.severity} ${f.ruleId} ${f.value ?? ''}`);

describe('splitting never creates a finding the unsplit document lacks', () => {
  test(`property (${RUNS} runs): every finding of a part is a finding of the whole, and the parts decide like the whole`, () => {
    fc.assert(fc.property(fc.array(statementArb, { minLength: 1, maxLength: 5 }), fc.integer({ min: 500, max: 3000 }), (statements, max) => {
      const whole = render(statements);
      const parts = splitStatements(statements, max).map(render);
      const allowed = new Set(keys(whole));
      for (const part of parts) for (const k of keys(part)) expect({ part: k, whole: allowed.has(k) }).toEqual({ part: k, whole: true });
      const [a, b] = [compilePolicies([whole]), compilePolicies(parts)];
      for (const action of ACTIONS.filter((x) => !x.includes('*'))) {
        for (const resource of [ResourceName.tcrInstance([I]), ResourceName.tcrRepository([I, 'ns', 'repo-1']), ResourceName.tcrRepository([I, 'ns', 'repo-1', 'v1'])]) {
          expect(b.decide({ action, resource, sourceIp: '10.1.2.3' })).toBe(a.decide({ action, resource, sourceIp: '10.1.2.3' }));
        }
      }
    }), { numRuns: RUNS, seed: 10 });
  });
});
