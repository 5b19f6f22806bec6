import { Effect, PolicyDocument, PolicyStatement } from '../../lib';

describe('PolicyStatement and PolicyDocument rendering', () => {
  test('arrays everywhere, lowercase effect, the given order, no duplicates', () => {
    const s = new PolicyStatement({ actions: ['tcr:B', 'tcr:A', 'tcr:B'], resources: ['*'] });
    expect(s.effect).toBe(Effect.ALLOW);
    expect(s.toJSON()).toEqual({ action: ['tcr:B', 'tcr:A'], resource: ['*'], effect: 'allow' });
  });

  test('conditions render as arrays between resource and effect; principals first', () => {
    const s = new PolicyStatement({
      effect: Effect.DENY,
      actions: ['tcr:PushRepository'],
      resources: ['*'],
      principals: ['qcs::cam::uin/100:uin/200'],
      conditions: { ip_equal: { 'qcs:ip': '10.0.0.0/8' } },
    });
    s.addCondition('ip_equal', 'qcs:ip', ['10.0.0.0/8', '192.168.0.0/16']);
    expect(JSON.stringify(s)).toBe(
      '{"principal":{"qcs":["qcs::cam::uin/100:uin/200"]},"action":["tcr:PushRepository"],"resource":["*"],' +
        '"condition":{"ip_equal":{"qcs:ip":["10.0.0.0/8","192.168.0.0/16"]}},"effect":"deny"}',
    );
  });

  test('getters return copies', () => {
    const s = new PolicyStatement({ actions: ['tcr:A'], resources: ['*'] });
    s.actions.push('tcr:B');
    expect(s.actions).toEqual(['tcr:A']);
  });

  test('withResources copies everything else', () => {
    const s = new PolicyStatement({ effect: Effect.DENY, actions: ['tcr:A'], resources: ['x'], conditions: { ip_equal: { 'qcs:ip': ['1.2.3.4'] } } });
    expect(s.withResources(['y']).toJSON()).toEqual({ action: ['tcr:A'], resource: ['y'], condition: { ip_equal: { 'qcs:ip': ['1.2.3.4'] } }, effect: 'deny' });
  });

  test('withActions copies everything else', () => {
    const s = new PolicyStatement({ effect: Effect.DENY, actions: ['tcr:A'], resources: ['x'], principals: ['qcs::cam::uin/1:uin/2'], conditions: { ip_equal: { 'qcs:ip': ['1.2.3.4'] } } });
    expect(s.withActions(['tcr:B']).toJSON()).toEqual({
      principal: { qcs: ['qcs::cam::uin/1:uin/2'] }, action: ['tcr:B'], resource: ['x'], condition: { ip_equal: { 'qcs:ip': ['1.2.3.4'] } }, effect: 'deny',
    });
    expect(s.actions).toEqual(['tcr:A']);
  });

  test('a document renders minified, version 2.0, with no escaped slashes', () => {
    const doc = new PolicyDocument({ statements: [new PolicyStatement({ actions: ['tcr:*'], resources: ['qcs::tcr:::repo/a/*'] })] });
    expect(doc.render()).toBe('{"version":"2.0","statement":[{"action":["tcr:*"],"resource":["qcs::tcr:::repo/a/*"],"effect":"allow"}]}');
    expect(doc.render()).not.toContain('\\/');
    expect(new PolicyDocument().isEmpty).toBe(true);
  });
});
