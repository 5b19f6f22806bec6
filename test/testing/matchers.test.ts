import { AccessLevel, RepoReadOnly, TcrInstanceAccess } from '../../lib';
import { documentsOf, setupTcrMatchers, toAllow } from '../../lib/testing';
import { cleanTestingOutdirs, newStack } from '../helpers/synth';

setupTcrMatchers();
afterAll(cleanTestingOutdirs);

const REPO = 'qcs::tcr:ap-guangzhou:uin/100000000001:repository/tcr-abcd1234/team-01/app';
const INSTANCE = 'qcs::tcr:ap-guangzhou:uin/100000000001:instance/tcr-abcd1234';
// The login token API honours qcs:ip ("IP Restriction: Supported"), so the condition is evaluated as written.
const ALLOW_LOGIN = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['tcr:CreateInstanceToken'], resource: ['*'], condition: { ip_equal: { 'qcs:ip': '10.0.0.0/8' } } }] });
const DENY_LOGIN = JSON.stringify({ version: '2.0', statement: [{ effect: 'deny', action: ['tcr:CreateInstanceToken'], resource: ['*'] }] });

describe('jest matchers', () => {
  test('accept a construct', () => {
    const policy = new RepoReadOnly(newStack(), 'ReadOnly', { instanceId: 'tcr-abcd1234', namespace: 'team-01', repository: 'app' });
    expect(policy).toAllow('tcr:PullRepository', REPO);
    expect(policy).not.toAllow('tcr:PushRepository', REPO);
    expect(policy).toDeny('tcr:PushRepository', REPO);
    expect(policy).not.toExplicitlyDeny('tcr:PushRepository', REPO);
  });

  test('accept a document string or an array of them, and pass the request context', () => {
    expect(ALLOW_LOGIN).toAllow('tcr:CreateInstanceToken', INSTANCE, { sourceIp: '10.1.2.3' });
    expect(ALLOW_LOGIN).toDeny('tcr:CreateInstanceToken', INSTANCE, { sourceIp: '11.1.2.3' });
    expect([ALLOW_LOGIN, DENY_LOGIN]).toExplicitlyDeny('tcr:CreateInstanceToken', INSTANCE, { sourceIp: '10.1.2.3' });
    expect([ALLOW_LOGIN, DENY_LOGIN]).not.toAllow('tcr:CreateInstanceToken', INSTANCE, { sourceIp: '10.1.2.3' });
  });

  test('a qcs:ip condition on pull, which CAM does not restrict by IP: unknown from any address, so both toAllow and not.toAllow fail', () => {
    const ipPull = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['tcr:PullRepository'], resource: ['*'], condition: { ip_equal: { 'qcs:ip': '10.0.0.0/8' } } }] });
    for (const sourceIp of ['10.1.2.3', '11.1.2.3']) {
      expect(() => expect(ipPull).toAllow('tcr:PullRepository', REPO, { sourceIp })).toThrow(/does not list tcr:PullRepository as supporting IP restriction/);
      expect(() => expect(ipPull).not.toAllow('tcr:PullRepository', REPO, { sourceIp })).toThrow(/but the decision is unknown/);
    }
  });

  test('a failure shows the decision and the reason', () => {
    const policy = new TcrInstanceAccess(newStack(), 'Ro', { access: AccessLevel.READ_ONLY, instanceId: 'tcr-abcd1234' });
    expect(() => expect(policy).toAllow('tcr:PushRepository', REPO)).toThrow(
      'expected the policies to allow tcr:PushRepository on ' + REPO + ',\nbut the decision is implicit-deny: Implicitly denied: no allow statement\'s action matches "tcr:PushRepository".',
    );
  });

  test('a negated failure shows the matched statements', () => {
    let message = '';
    try {
      expect(ALLOW_LOGIN).not.toAllow('tcr:CreateInstanceToken', INSTANCE, { sourceIp: '10.1.2.3' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('expected the policies not to allow tcr:CreateInstanceToken on');
    expect(message).toContain('with {"sourceIp":"10.1.2.3"}');
    expect(message).toContain('but the decision is allow: Allowed by document 0 statement 0');
    expect(message).toContain('Matched statements:\n  document 0 statement 0 (allow): tcr:CreateInstanceToken on *');
  });

  test('an unknown decision fails toAllow and not.toAllow alike, and says what could not be evaluated', () => {
    // No sourceIp: whether the ip_equal allow applies cannot be decided.
    for (const assertion of [
      () => expect(ALLOW_LOGIN).toAllow('tcr:CreateInstanceToken', INSTANCE),
      () => expect(ALLOW_LOGIN).not.toAllow('tcr:CreateInstanceToken', INSTANCE),
      () => expect(ALLOW_LOGIN).toDeny('tcr:CreateInstanceToken', INSTANCE),
      () => expect(ALLOW_LOGIN).not.toDeny('tcr:CreateInstanceToken', INSTANCE),
    ]) {
      expect(assertion).toThrow(/but the decision is unknown: Unknown: document 0 statement 0 \(ip_equal qcs:ip \["10.0.0.0\/8"\]: the request gives no sourceIp\)/);
      expect(assertion).toThrow(/Not evaluable:\n  document 0 statement 0 \(allow\): ip_equal qcs:ip/);
      expect(assertion).toThrow(/cannot decide this offline; give the request context/);
    }
    expect(toAllow(ALLOW_LOGIN, 'tcr:CreateInstanceToken', INSTANCE).pass).toBe(false);
  });

  test('a bad subject or request is a clear error', () => {
    expect(() => expect(42).toAllow('tcr:PullRepository', REPO)).toThrow(/Expected a policy construct \(with renderedDocuments\(\)\), a policy JSON string or an array of them, got number/);
    expect(() => expect({ a: 1 }).toAllow('tcr:PullRepository', REPO)).toThrow(/an object without renderedDocuments\(\)/);
    expect(() => expect(ALLOW_LOGIN).toAllow('tcr:PullRepository', 'team-01/app')).toThrow(/is neither "\*" nor a six-segment name/);
  });

  test('the matcher functions work outside expect.extend too', () => {
    expect(toAllow(ALLOW_LOGIN, 'tcr:CreateInstanceToken', INSTANCE, { sourceIp: '10.0.0.1' }).pass).toBe(true);
    expect(documentsOf([ALLOW_LOGIN, DENY_LOGIN])).toEqual([ALLOW_LOGIN, DENY_LOGIN]);
  });

  test('setupTcrMatchers needs an expect with extend', () => {
    expect(() => setupTcrMatchers({} as never)).toThrow(/needs the test runner's expect/);
    const registered: string[] = [];
    setupTcrMatchers({ extend: (m) => registered.push(...Object.keys(m)) });
    expect(registered).toEqual(['toAllow', 'toDeny', 'toExplicitlyDeny']);
  });
});
