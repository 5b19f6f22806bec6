import { compilePolicies, PolicyDocumentError, simulate, SimulationRequestError } from '../../lib/simulator';

const REPO = 'qcs::tcr:ap-guangzhou:uin/100000000001:repository/tcr-x/team-01/app';
const doc = (...statement: object[]) => JSON.stringify({ version: '2.0', statement });
const allowPull = doc({ effect: 'allow', action: ['tcr:PullRepository'], resource: ['qcs::tcr:::repository/tcr-x/team-01/*'] });
const denyTeam = doc({ effect: 'deny', action: ['tcr:*'], resource: ['qcs::tcr:::repository/tcr-x/team-01/*'] });

describe('simulate: explicit deny > allow > implicit deny', () => {
  test('an allow alone allows, naming the statement', () => {
    const result = simulate([allowPull], { action: 'tcr:PullRepository', resource: REPO });
    expect(result).toEqual({
      decision: 'allow',
      matched: [{ documentIndex: 0, statementIndex: 0, effect: 'allow', action: 'tcr:PullRepository', resource: 'qcs::tcr:::repository/tcr-x/team-01/*' }],
      failClosed: [],
      reason: 'Allowed by document 0 statement 0 (action "tcr:PullRepository" on resource "qcs::tcr:::repository/tcr-x/team-01/*"); no deny statement matches.',
    });
  });

  test('explicit deny wins, in whichever document it is; every matching statement is listed', () => {
    for (const docs of [[allowPull, denyTeam], [denyTeam, allowPull]]) {
      const result = simulate(docs, { action: 'tcr:PullRepository', resource: REPO });
      expect(result.decision).toBe('explicit-deny');
      expect(result.matched.map((m) => m.effect).sort()).toEqual(['allow', 'deny']);
      expect(result.reason).toMatch(/^Explicitly denied by document \d statement 0 .*An explicit deny wins over the allow of document \d statement 0\.$/);
    }
  });

  test('no match is an implicit deny that says what did not match', () => {
    expect(simulate([allowPull], { action: 'tcr:PushRepository', resource: REPO }).reason)
      .toBe('Implicitly denied: no allow statement\'s action matches "tcr:PushRepository".');
    expect(simulate([allowPull], { action: 'tcr:PullRepository', resource: REPO.replace('team-01', 'team-02') }).reason)
      .toMatch(/1 allow statement matches the action, but none matches the resource/);
    expect(simulate([], { action: 'tcr:PullRepository', resource: REPO }).decision).toBe('implicit-deny');
  });

  test('a wrongly cased action is denied and the reason names the catalog spelling', () => {
    const result = simulate([allowPull], { action: 'tcr:pullRepository', resource: REPO });
    expect(result.decision).toBe('implicit-deny');
    expect(result.reason).toMatch(/case-sensitive: did you mean "tcr:PullRepository"/);
  });

  test('the name/ prefix is ignored on both sides', () => {
    const prefixed = doc({ effect: 'allow', action: 'name/tcr:PullRepository', resource: '*' });
    expect(simulate([prefixed], { action: 'tcr:PullRepository', resource: REPO }).decision).toBe('allow');
    expect(simulate([allowPull], { action: 'name/tcr:PullRepository', resource: REPO }).decision).toBe('allow');
  });

  test('operation-level APIs match only statements whose resources include *', () => {
    const scoped = doc({ effect: 'allow', action: ['tcr:Describe*'], resource: ['qcs::tcr:::repo/*'] });
    const star = doc({ effect: 'allow', action: ['tcr:Describe*'], resource: ['qcs::tcr:::repo/*', '*'] });
    for (const resource of ['*', 'qcs::tcr:ap-guangzhou::repo/team-01/app']) {
      const result = simulate([scoped], { action: 'tcr:DescribeRepositoryPersonal', resource });
      expect(result.decision).toBe('implicit-deny');
      expect(result.reason).toMatch(/operation-level API, so only a statement whose resources include "\*" can grant it/);
      expect(simulate([star], { action: 'tcr:DescribeRepositoryPersonal', resource }).decision).toBe('allow');
    }
    // A resource-level API is not reached by a request for `*` unless a statement names `*`.
    expect(simulate([scoped], { action: 'tcr:DescribeImagePersonal', resource: '*' }).reason).toMatch(/a request for "\*" only matches statements whose resource is "\*"/);
  });

  test('actions outside the catalog are matched by their patterns', () => {
    const d = doc({ effect: 'allow', action: ['cvm:*'], resource: ['*'] });
    expect(simulate([d], { action: 'cvm:RunInstances', resource: '*' }).decision).toBe('allow');
    expect(simulate([d], { action: 'tcr:PullRepository', resource: '*' }).decision).toBe('implicit-deny');
  });

  test('CAM accepts a string or an array for action and resource', () => {
    const strings = doc({ effect: 'allow', action: 'tcr:PullRepository', resource: 'qcs::tcr:::repository/tcr-x/team-01/*' });
    expect(simulate([strings], { action: 'tcr:PullRepository', resource: REPO }).decision).toBe('allow');
  });

  test('a statement filed under several keys on the request path is listed once', () => {
    const d = doc({ effect: 'allow', action: ['tcr:*'], resource: ['qcs::tcr:::repository/tcr-x/*', 'qcs::tcr:::repository/tcr-x/team-01/*'] });
    expect(simulate([d], { action: 'tcr:PushRepository', resource: REPO }).matched).toHaveLength(1);
  });
});

describe('malformed input is a clear error', () => {
  test.each([
    ['not JSON', '{', /^Document 1: is not valid JSON/],
    ['not an object', '[]', /^Document 1: must be a JSON object/],
    ['wrong version', JSON.stringify({ version: '1.0', statement: [] }), /"version" must be "2.0"/],
    ['capitalised element', JSON.stringify({ Version: '2.0', statement: [] }), /unknown element "Version"; CAM elements are lowercase/],
    ['statement not an array', JSON.stringify({ version: '2.0', statement: {} }), /"statement" must be an array/],
    ['capitalised effect', doc({ effect: 'Allow', action: '*', resource: '*' }), /^Document 1 statement 0: "effect" must be "allow" or "deny" \(lowercase\), got "Allow"/],
    ['missing action', doc({ effect: 'allow', resource: '*' }), /"action" must be a non-empty string/],
    ['empty resource list', doc({ effect: 'allow', action: '*', resource: [] }), /"resource" must be a non-empty string/],
    ['bad resource', doc({ effect: 'allow', action: '*', resource: ['repository/tcr-x'] }), /resource "repository\/tcr-x" is neither "\*" nor a six-segment name/],
    ['unknown element', doc({ effect: 'allow', action: '*', resource: '*', not_action: 'x' }), /unknown element "not_action"/],
    ['bad condition', doc({ effect: 'allow', action: '*', resource: '*', condition: { ip_equal: '10.0.0.0/8' } }), /condition operator "ip_equal" must map condition keys to values/],
    ['bad condition value', doc({ effect: 'allow', action: '*', resource: '*', condition: { ip_equal: { 'qcs:ip': { a: 1 } } } }), /must be a string or an array of strings/],
  ])('%s', (_case, text, message) => {
    let error: unknown;
    try {
      simulate([allowPull, text], { action: 'tcr:PullRepository', resource: REPO });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyDocumentError);
    expect((error as PolicyDocumentError).documentIndex).toBe(1);
    expect((error as Error).message).toMatch(message);
  });

  test('the statement index is carried', () => {
    expect(() => compilePolicies([doc({ effect: 'allow', action: '*', resource: '*' }, { effect: 'x', action: '*', resource: '*' })]))
      .toThrow(expect.objectContaining({ documentIndex: 0, statementIndex: 1 }));
  });

  test.each([
    [{ action: '', resource: REPO }, /Request action must be a non-empty string/],
    [{ action: 'tcr:PullRepository', resource: 'repository/tcr-x/team-01/app' }, /Request resource "repository\/tcr-x\/team-01\/app" is neither "\*" nor a six-segment name/],
    [{ action: 'tcr:PullRepository', resource: 'qcs::tcr:::' }, /is neither "\*" nor a six-segment name/],
    [{ action: 'tcr:PullRepository', resource: REPO, sourceIp: '10.0.0.0/8' }, /sourceIp "10.0.0.0\/8" is not an IPv4 or IPv6 address/],
    [{ action: 'tcr:PullRepository', resource: REPO, ownerUin: 'uin/1' }, /ownerUin must be the digits/],
    [{ action: 'tcr:PullRepository', resource: REPO, resourceTags: { team: 1 } }, /resourceTags\["team"\] must be a string/],
  ])('request %j', (request, message) => {
    expect(() => simulate([allowPull], request as never)).toThrow(SimulationRequestError);
    expect(() => simulate([allowPull], request as never)).toThrow(message);
  });
});

describe('compiled form and cache', () => {
  test('simulate recompiles when the same array is edited in place', () => {
    const docs = [allowPull];
    const request = { action: 'tcr:PullRepository', resource: REPO };
    expect(simulate(docs, request).decision).toBe('allow');
    docs.push(denyTeam);
    expect(simulate(docs, request).decision).toBe('explicit-deny');
    docs.length = 0;
    expect(simulate(docs, request).decision).toBe('implicit-deny');
  });

  test('decide agrees with simulate', () => {
    const compiled = compilePolicies([allowPull, doc({ effect: 'deny', action: 'tcr:PullRepository', resource: 'qcs::tcr:::repository/tcr-x/team-01/secret' })]);
    for (const resource of [REPO, REPO.replace('/app', '/secret'), REPO.replace('team-01', 'team-02'), '*']) {
      for (const action of ['tcr:PullRepository', 'tcr:PushRepository', 'cvm:RunInstances']) {
        expect(compiled.decide({ action, resource })).toBe(compiled.simulate({ action, resource }).decision);
      }
    }
    expect(compiled.documentCount).toBe(2);
    expect(compiled.statementCount).toBe(2);
  });
});
