// The index (per catalog action, then per resource prefix) must never change an answer: compare the compiled
// simulator with a reference that tests every statement of every document against the request.
import * as fc from 'fast-check';
import { CATALOG_ACTIONS, getAction } from '../../lib/catalog';
import { compilePolicies, Decision, SimulationRequest } from '../../lib/simulator';
import { CompiledStatement } from '../../lib/simulator/private/compiled-statement';
import { parseDocument } from '../../lib/simulator/private/parse-document';
import { RequestView } from '../../lib/simulator/private/request-view';
import { NO, Truth, UNKNOWN, YES } from '../../lib/simulator/private/truth';

/** The reference: a linear scan, CAM's order of precedence, fail-closed on unknowns. */
function reference(statements: readonly CompiledStatement[], request: SimulationRequest): { decision: Decision; matched: string[] } {
  const view = new RequestView().load(request);
  const operationLevel = getAction(view.action)?.granularity === 'operation';
  const matched: string[] = [];
  const seen = { allow: [false, false, false], deny: [false, false, false] };
  for (const statement of statements) {
    const action = Math.max(NO, ...statement.actions.map((a) => a.match(view.action))) as Truth;
    const resource = operationLevel
      ? (statement.allResource ? YES : NO)
      : Math.max(NO, ...statement.resources.map((r) => r.match(view))) as Truth;
    const truth = Math.min(action, resource, statement.conditionTruth(view)) as Truth;
    seen[statement.effect][truth] = true;
    const listed = statement.effect === 'allow' ? truth === YES : truth !== NO;
    if (listed) matched.push(`${statement.documentIndex}/${statement.statementIndex}/${statement.effect}`);
  }
  // A deny that applies settles it; otherwise anything unknown that could change the outcome makes it unknown.
  const { allow, deny } = seen;
  const decision: Decision = deny[YES] ? 'explicit-deny'
    : deny[UNKNOWN] ? (allow[YES] || allow[UNKNOWN] ? 'unknown' : 'explicit-deny')
      : allow[YES] ? 'allow' : allow[UNKNOWN] ? 'unknown' : 'implicit-deny';
  return { decision, matched };
}

const ACTION_PATTERNS = [
  'tcr:*', 'tcr:Describe*', 'tcr:PullRepository', 'tcr:Pull*', 'ccr:*', '*', 'cvm:*', 'permid/1', 'tcr:pullrepository', '*Personal', 'name/tcr:Delete*',
  // Entries the simulator cannot read exactly: a token, a `?`, another case.
  'tcr:Delete${var.x}', 'tcr:Pull?epository', 'TCR:*', 'ccr:PULL',
];
const RESOURCE_PATTERNS = [
  '*', 'qcs::tcr:::repository/*', 'qcs::tcr:::repository/tcr-a/*', 'qcs::tcr:::repository/tcr-a/ns1', 'qcs::tcr:::repository/tcr-a/ns1/*',
  'qcs::tcr:ap-guangzhou::repository/tcr-a/ns1/app', 'qcs::tcr::uin/1001:instance/tcr-a', 'qcs::tcr:::instance/*', 'qcs::tcr:::repo/ns1/*',
  'qcs::tcr:::repository/tcr-a/ns*', 'qcs::tcr:::repository/${x}/ns1/*', 'qcs::ccr:::repo/ns1/*', 'qcs::tcr:::*/ns1/app', 'qcs::tcr:::repository/tcr-a/ns1/app/*',
  'qcs::tcr:ap-*::instance/tcr-a', 'qcs:::::repository/tcr-a/*',
  // Legacy forms: an uppercase service or path, a short region, an empty uin/.
  'qcs::TCR:::repository/tcr-a/*', 'qcs::tcr:gz::repository/tcr-a/*', 'qcs::tcr::uin/:instance/tcr-a', 'qcs::tcr:::repository/TCR-A/ns1/*',
];
const CONDITIONS = [
  undefined,
  { ip_equal: { 'qcs:ip': '10.0.0.0/8' } },
  { ip_not_equal: { 'qcs:ip': ['10.0.0.0/8', 'bad'] } },
  { string_equal: { 'qcs:resource_tag': 'team&a' } },
  { string_like: { 'qcs:resource_tag': 'team&*' } },
];
const RESOURCES = [
  '*', 'qcs::tcr:ap-guangzhou:uin/1001:repository/tcr-a/ns1/app', 'qcs::tcr:ap-shanghai::repository/tcr-a/ns1/app/sub', 'qcs::tcr:::repository/tcr-a/ns1',
  'qcs::tcr:ap-guangzhou:uin/1002:repository/tcr-a/ns10/app', 'qcs::tcr:ap-guangzhou::instance/tcr-a', 'qcs::tcr:ap-guangzhou:uin/1001:instance/tcr-b',
  'qcs::tcr:::repo/ns1/app', 'qcs::ccr:::repo/ns1/app', 'qcs::tcr:::repository/tcr-a/*', 'qcs::tcr:::other/ns1/app',
];

const statementArb = fc.record({
  effect: fc.constantFrom('allow', 'deny'),
  action: fc.uniqueArray(fc.constantFrom(...ACTION_PATTERNS), { minLength: 1, maxLength: 3 }),
  resource: fc.uniqueArray(fc.constantFrom(...RESOURCE_PATTERNS), { minLength: 1, maxLength: 3 }),
  condition: fc.constantFrom(...CONDITIONS),
}).map(({ condition, ...s }) => (condition ? { ...s, condition } : s));
const documentsArb = fc.array(fc.array(statementArb, { minLength: 1, maxLength: 3 }).map((statement) => JSON.stringify({ version: '2.0', statement })), { maxLength: 4 });
const requestArb: fc.Arbitrary<SimulationRequest> = fc.record({
  action: fc.constantFrom(...CATALOG_ACTIONS.map((a) => a.name), 'cvm:RunInstances', 'tcr:pullrepository'),
  resource: fc.constantFrom(...RESOURCES),
  sourceIp: fc.constantFrom(undefined, '10.1.2.3', '192.168.0.1'),
  resourceTags: fc.constantFrom<Record<string, string> | undefined>(undefined, {}, { team: 'a' }),
  ownerUin: fc.constantFrom(undefined, '1001', '1002'),
}, { requiredKeys: ['action', 'resource'] });

test('the compiled simulator answers exactly like a linear scan (10,000 requests)', () => {
  let cases = 0;
  fc.assert(fc.property(documentsArb, fc.array(requestArb, { minLength: 50, maxLength: 50 }), (documents, requests) => {
    const compiled = compilePolicies(documents);
    const statements = documents.flatMap((text, d) => parseDocument(text, d).map((parsed, i) => new CompiledStatement(parsed, d, i, 0)));
    for (const request of requests) {
      const expected = reference(statements, request);
      const result = compiled.simulate(request);
      const actual = { decision: result.decision, matched: result.matched.map((m) => `${m.documentIndex}/${m.statementIndex}/${m.effect}`) };
      if (JSON.stringify(actual) !== JSON.stringify(expected) || compiled.decide(request) !== expected.decision) {
        throw new Error(`${JSON.stringify(request)}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)} (decide: ${compiled.decide(request)})`);
      }
      // Whatever was decided fail-closed is reported with a reason.
      if (result.failClosed.some((f) => f.why === '')) throw new Error(`empty fail-closed reason for ${JSON.stringify(request)}`);
      cases++;
    }
  }), { seed: 4242, numRuns: 200 });
  expect(cases).toBe(10_000);
});

test('an unknown truth sits between NO and YES (the min/max logic relies on it)', () => {
  expect(NO < UNKNOWN && UNKNOWN < YES).toBe(true);
});
