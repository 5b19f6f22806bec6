import { compilePolicies, simulate, SimulationRequest } from '../../lib/simulator';

// An API the CAM page marks "IP Restriction: Supported": the conditions are evaluated as written.
const ACTION = 'tcr:CreateInstanceToken';
const RESOURCE = 'qcs::tcr:ap-guangzhou:uin/100000000001:instance/tcr-x';
const doc = (effect: 'allow' | 'deny', condition: Record<string, Record<string, string | string[]>>, action = ACTION) =>
  JSON.stringify({ version: '2.0', statement: [{ effect, action: [action], resource: ['*'], condition }] });
const ALLOW_ALL = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: 'tcr:*', resource: '*' }] });
const request = (extra: Partial<SimulationRequest> = {}): SimulationRequest => ({ action: ACTION, resource: RESOURCE, ...extra });
const PULL_RESOURCE = 'qcs::tcr:ap-guangzhou:uin/100000000001:repository/tcr-x/team-01/app';
const pullRequest = (extra: Partial<SimulationRequest> = {}): SimulationRequest => ({ action: 'tcr:PullRepository', resource: PULL_RESOURCE, ...extra });

describe('qcs:ip conditions, on both sides of a CIDR boundary', () => {
  test.each([
    ['ip_equal', '10.0.0.0/8', '10.255.255.255', 'allow'],
    ['ip_equal', '10.0.0.0/8', '11.0.0.0', 'implicit-deny'],
    ['ip_equal', '10.0.0.0/8', '9.255.255.255', 'implicit-deny'],
    ['ip_equal', '192.168.1.0/24', '192.168.1.0', 'allow'],
    ['ip_equal', '192.168.1.0/24', '192.168.2.0', 'implicit-deny'],
    ['ip_equal', '203.0.113.7', '203.0.113.7', 'allow'],
    ['ip_equal', '203.0.113.7', '203.0.113.8', 'implicit-deny'],
    ['ip_equal', '2001:db8::/32', '2001:db8::1', 'allow'],
    ['ip_equal', '2001:db8::/32', '2001:db9::1', 'implicit-deny'],
    ['ip_not_equal', '10.0.0.0/8', '10.0.0.1', 'implicit-deny'],
    ['ip_not_equal', '10.0.0.0/8', '11.0.0.0', 'allow'],
  ])('allow if %s %s, from %s → %s', (operator, cidr, sourceIp, decision) => {
    expect(simulate([doc('allow', { [operator]: { 'qcs:ip': cidr } })], request({ sourceIp })).decision).toBe(decision);
  });

  test('several values: any one matches', () => {
    const d = doc('allow', { ip_equal: { 'qcs:ip': ['10.0.0.0/8', '172.16.0.0/12'] } });
    expect(simulate([d], request({ sourceIp: '172.31.255.255' })).decision).toBe('allow');
    expect(simulate([d], request({ sourceIp: '172.32.0.0' })).decision).toBe('implicit-deny');
  });

  test('a deny outside the office network wins over an allow-all', () => {
    const guard = doc('deny', { ip_not_equal: { 'qcs:ip': '10.0.0.0/8' } });
    expect(simulate([ALLOW_ALL, guard], request({ sourceIp: '8.8.8.8' })).decision).toBe('explicit-deny');
    expect(simulate([ALLOW_ALL, guard], request({ sourceIp: '10.1.1.1' })).decision).toBe('allow');
  });
});

describe('qcs:ip on an API the CAM page marks "IP Restriction: not supported" (pull and push among them), or does not list', () => {
  const pull = pullRequest();

  test.each([
    ['an allow from inside the block', [doc('allow', { ip_equal: { 'qcs:ip': '10.0.0.0/8' } }, 'tcr:PullRepository')], '10.0.0.1'],
    ['an allow from outside the block', [doc('allow', { ip_equal: { 'qcs:ip': '10.0.0.0/8' } }, 'tcr:PullRepository')], '11.0.0.1'],
    ['a guardrail deny from outside the office, beside an allow-all', [ALLOW_ALL, doc('deny', { ip_not_equal: { 'qcs:ip': '10.0.0.0/8' } }, 'tcr:PullRepository')], '8.8.8.8'],
    ['the same guardrail from inside the office', [ALLOW_ALL, doc('deny', { ip_not_equal: { 'qcs:ip': '10.0.0.0/8' } }, 'tcr:PullRepository')], '10.1.1.1'],
  ])('%s: unknown, because how CAM treats the condition for the API is not known', (_case, documents, sourceIp) => {
    const result = simulate(documents, { ...pull, sourceIp });
    expect(result.decision).toBe('unknown');
    expect(result.reason).toContain('does not list tcr:PullRepository as supporting IP restriction');
  });

  test('an API outside the catalog is treated the same way; a statement without qcs:ip is decided as before', () => {
    const undocumented = { action: 'tcr:DeleteImage', resource: pull.resource, sourceIp: '10.0.0.1' };
    expect(simulate([doc('allow', { ip_equal: { 'qcs:ip': '10.0.0.0/8' } }, 'tcr:DeleteImage')], undocumented).decision).toBe('unknown');
    expect(simulate([ALLOW_ALL], { ...pull, sourceIp: '8.8.8.8' }).decision).toBe('allow');
  });
});

describe('qcs:resource_tag conditions (key&value)', () => {
  const tags = { team: 'a', env: 'prod' };
  test.each([
    ['string_equal', 'team&a', 'allow'],
    ['string_equal', 'team&b', 'implicit-deny'],
    ['string_equal', ['team&b', 'env&prod'], 'allow'],
    ['for_any_value:string_equal', ['team&b', 'team&a'], 'allow'],
    ['for_any_value:string_equal', 'owner&a', 'implicit-deny'],
    ['string_not_equal', 'team&b', 'allow'],
    ['string_not_equal', 'team&a', 'implicit-deny'],
    ['string_equal', 'Team&a', 'implicit-deny'],
  ])('allow if %s %j → %s', (operator, value, decision) => {
    expect(simulate([doc('allow', { [operator]: { 'qcs:resource_tag': value } })], request({ resourceTags: tags })).decision).toBe(decision);
  });

  test('an untagged resource: string_equal fails, string_not_equal holds', () => {
    expect(simulate([doc('allow', { string_equal: { 'qcs:resource_tag': 'team&a' } })], request({ resourceTags: {} })).decision).toBe('implicit-deny');
    expect(simulate([doc('allow', { string_not_equal: { 'qcs:resource_tag': 'team&a' } })], request({ resourceTags: {} })).decision).toBe('allow');
  });

  test('every operator and key of a statement must hold', () => {
    const d = doc('allow', { string_equal: { 'qcs:resource_tag': 'team&a' }, ip_equal: { 'qcs:ip': '10.0.0.0/8' } });
    expect(simulate([d], request({ resourceTags: tags, sourceIp: '10.0.0.1' })).decision).toBe('allow');
    expect(simulate([d], request({ resourceTags: tags, sourceIp: '11.0.0.1' })).decision).toBe('implicit-deny');
    expect(simulate([d], request({ resourceTags: { team: 'b' }, sourceIp: '10.0.0.1' })).decision).toBe('implicit-deny');
  });
});

describe('fail-closed: what cannot be evaluated never turns into an allow', () => {
  const cases: Array<[string, Record<string, Record<string, string | string[]>>, Partial<SimulationRequest>, RegExp]> = [
    ['an unknown operator', { string_like: { 'qcs:resource_tag': 'team&*' } }, { resourceTags: { team: 'a' } }, /operator string_like on qcs:resource_tag is not evaluated/],
    ['an unknown key', { string_equal: { 'qcs:request_tag': 'team&a' } }, {}, /condition key qcs:request_tag is not evaluated/],
    ['a request without sourceIp', { ip_equal: { 'qcs:ip': '10.0.0.0/8' } }, {}, /no sourceIp/],
    ['a request without resourceTags', { string_equal: { 'qcs:resource_tag': 'team&a' } }, {}, /no resourceTags/],
    ['a malformed CIDR', { ip_not_equal: { 'qcs:ip': '10.0.0.0/33' } }, { sourceIp: '192.168.0.1' }, /"10.0.0.0\/33" is not an IP address or CIDR block/],
    ['a malformed tag value', { string_not_equal: { 'qcs:resource_tag': 'team' } }, { resourceTags: { env: 'prod' } }, /"team" is not of the form key&value/],
  ];

  test.each(cases)('%s: an allow with it is unknown, never allow, and the reason says what', (_case, condition, extra, why) => {
    const result = simulate([doc('allow', condition)], request(extra));
    expect(result.decision).toBe('unknown');
    expect(compilePolicies([doc('allow', condition)]).decide(request(extra))).toBe('unknown');
    expect(result.matched).toEqual([]);
    expect(result.failClosed).toEqual([{ documentIndex: 0, statementIndex: 0, effect: 'allow', why: expect.stringMatching(why) }]);
    expect(result.reason).toMatch(/^Unknown: document 0 statement 0 \(.*\) would allow it, but cannot be evaluated offline/);
    expect(result.reason).toMatch(why);
  });

  test.each(cases)('%s: a deny with it is never ignored: alone it denies, against an allow the outcome is unknown', (_case, condition, extra, why) => {
    const alone = simulate([doc('deny', condition)], request(extra));
    expect(alone.decision).toBe('explicit-deny');
    expect(alone.failClosed).toEqual([{ documentIndex: 0, statementIndex: 0, effect: 'deny', why: expect.stringMatching(why) }]);
    expect(alone.reason).toMatch(/assumed to apply \(fail-closed\)/);
    const result = simulate([ALLOW_ALL, doc('deny', condition)], request(extra));
    expect(result.decision).toBe('unknown');
    expect(compilePolicies([ALLOW_ALL, doc('deny', condition)]).decide(request(extra))).toBe('unknown');
    expect(result.matched.map((m) => [m.documentIndex, m.effect])).toEqual([[0, 'allow'], [1, 'deny']]);
    expect(result.failClosed).toEqual([{ documentIndex: 1, statementIndex: 0, effect: 'deny', why: expect.stringMatching(why) }]);
    expect(result.reason).toMatch(/^Unknown: allowed by document 0 statement 0 .* unless document 1 statement 0 \(.*\) denies it, which cannot be evaluated offline/);
  });

  test('a deny that applies settles an unknown allow', () => {
    const unknownAllow = doc('allow', { string_like: { 'qcs:resource_tag': 'team&*' } });
    const denyAll = JSON.stringify({ version: '2.0', statement: [{ effect: 'deny', action: 'tcr:*', resource: '*' }] });
    expect(simulate([unknownAllow, denyAll], request()).decision).toBe('explicit-deny');
  });

  test('a malformed value beside a valid one: the valid one still decides a hit', () => {
    const d = doc('allow', { ip_equal: { 'qcs:ip': ['bogus', '10.0.0.0/8'] } });
    expect(simulate([d], request({ sourceIp: '10.0.0.1' })).decision).toBe('allow');
    expect(simulate([d], request({ sourceIp: '11.0.0.1' })).failClosed).toHaveLength(1);
    expect(simulate([d], request({ sourceIp: '11.0.0.1' })).decision).toBe('unknown');
  });

  test('an unresolved token in a resource: an allow through it is unknown, a deny through it is never ignored', () => {
    const token = 'qcs::tcr:::repository/${TfToken[TOKEN.7]}/team-01/*';
    const allow = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['tcr:*'], resource: [token] }] });
    const deny = JSON.stringify({ version: '2.0', statement: [{ effect: 'deny', action: ['tcr:*'], resource: [token] }] });
    expect(simulate([allow], pullRequest()).decision).toBe('unknown');
    expect(simulate([deny], pullRequest()).decision).toBe('explicit-deny');
    expect(simulate([ALLOW_ALL, deny], pullRequest()).decision).toBe('unknown');
    // The literal parts still rule the request out when they differ.
    expect(simulate([ALLOW_ALL, deny], pullRequest({ resource: PULL_RESOURCE.replace('team-01', 'team-02') })).decision).toBe('allow');
    expect(simulate([allow], pullRequest({ resource: PULL_RESOURCE.replace('team-01', 'team-02') })).decision).toBe('implicit-deny');
  });

  test('a permid/ feature set: an allow with it is unknown, a deny with it is never ignored', () => {
    const allow = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['permid/280655'], resource: ['*'] }] });
    const deny = JSON.stringify({ version: '2.0', statement: [{ effect: 'deny', action: ['permid/280655'], resource: ['*'] }] });
    expect(simulate([allow], pullRequest()).decision).toBe('unknown');
    expect(simulate([deny], pullRequest()).decision).toBe('explicit-deny');
    const result = simulate([ALLOW_ALL, deny], pullRequest());
    expect(result.decision).toBe('unknown');
    expect(result.reason).toMatch(/feature set \(permid\/\)/);
  });
});

describe('a deny the simulator cannot read exactly is never ignored (issue 10 item 5)', () => {
  const one = (effect: string, action: string, resource: string) => JSON.stringify({ version: '2.0', statement: [{ effect, action: [action], resource: [resource] }] });
  // Each deny covers the request under some reading of what it says; no reading may let the allow through.
  test.each([
    ['an action with a token', 'tcr:Pull${var.suffix}', '*'],
    ['an action with ?', 'tcr:Pull?epository', '*'],
    ['an action in another case', 'tcr:pullrepository', '*'],
    ['an uppercase service', 'tcr:*', 'qcs::TCR:::repository/*'],
    ['a legacy short region', 'tcr:*', 'qcs::tcr:gz::repository/*'],
    ['an empty uin/', 'tcr:*', 'qcs::tcr::uin/:repository/*'],
    ['an account that is not uin/<digits>', 'tcr:*', 'qcs::tcr::UIN/100000000001:repository/*'],
    ['a project that is not digits', 'tcr:*', 'qcs:default:tcr:::repository/*'],
    ['an uppercase path', 'tcr:*', 'qcs::tcr:::Repository/TCR-X/*'],
  ])('%s: %s on %s', (_case, action, resource) => {
    const compiled = compilePolicies([ALLOW_ALL, one('deny', action, resource)]);
    const result = compiled.simulate(pullRequest());
    expect(result.decision).toBe('unknown');
    expect(compiled.decide(pullRequest())).toBe('unknown');
    expect(result.failClosed).toEqual([expect.objectContaining({ documentIndex: 1, effect: 'deny' })]);
    // Alone, it denies; an allow in the same form is unknown, never allow.
    expect(simulate([one('deny', action, resource)], pullRequest()).decision).toBe('explicit-deny');
    expect(simulate([one('allow', action, resource)], pullRequest()).decision).toBe('unknown');
  });

  test('what the literal parts rule out is still ruled out', () => {
    expect(simulate([ALLOW_ALL, one('deny', 'tcr:Push${var.x}', '*')], pullRequest()).decision).toBe('allow');
    expect(simulate([ALLOW_ALL, one('deny', 'tcr:*', 'qcs::CCR:::repo/*')], pullRequest()).decision).toBe('allow');
    expect(simulate([ALLOW_ALL, one('deny', 'tcr:*', 'qcs::tcr:::Repository/TCR-Y/*')], pullRequest()).decision).toBe('allow');
  });
});
