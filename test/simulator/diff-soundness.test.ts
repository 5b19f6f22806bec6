// diffAccess is sound: every widening of the kinds issue 13 lists is reported (a confirmed counterexample or a
// "not compared" entry), and when it reports nothing, no request is newly allowed (checked by brute force).
import * as fc from 'fast-check';
import { getAction } from '../../lib/catalog';
import { AccessDiff, diffAccess, simulate, SimulationRequest } from '../../lib/simulator';

const doc = (...statement: object[]) => JSON.stringify({ version: '2.0', statement });

/** Every added change is a request the new documents allow and the old do not. */
function expectConfirmed(diff: AccessDiff, before: string[], after: string[]): void {
  for (const change of diff.added) {
    expect(simulate(after, change).decision).toBe('allow');
    expect(simulate(before, change).decision).not.toBe('allow');
  }
}

interface Base {
  readonly instance: string;
  readonly namespace: string;
  readonly repository: string;
  readonly region: string;
  readonly cidr: string;
  readonly tag: string;
}

const baseArb: fc.Arbitrary<Base> = fc.record({
  instance: fc.constantFrom('tcr-abcd1234', 'tcr-prod8k2m'),
  namespace: fc.constantFrom('payments', 'search', 'team-01'),
  repository: fc.constantFrom('app', 'checkout-api', 'base/node'),
  region: fc.constantFrom('ap-guangzhou', 'ap-shanghai'),
  cidr: fc.constantFrom('10.0.0.0/16', '172.16.0.0/16', '192.168.4.0/24'),
  tag: fc.constantFrom('env&dev', 'team&payments'),
});

const resource = (b: Base, region = b.region, repository = b.repository) => `qcs::tcr:${region}::repository/${b.instance}/${b.namespace}/${repository}`;
const pull = (b: Base, extra: object = {}) => ({ effect: 'allow', action: ['tcr:PullRepository'], resource: [resource(b)], ...extra });
// The login token API honours qcs:ip ("IP Restriction: Supported"); on pull, CAM's treatment of the condition is unknown.
const login = (b: Base, extra: object = {}) => ({ effect: 'allow', action: ['tcr:CreateInstanceToken'], resource: [`qcs::tcr:${b.region}::instance/${b.instance}`], ...extra });
const widerBlock = (cidr: string) => {
  const [address, prefix] = cidr.split('/');
  return `${address}/${Number(prefix) - 1}`;
};

/** Each widening of issue 13: the old and new documents, from one base. */
const WIDENINGS: Record<string, (b: Base) => [string[], string[]]> = {
  'cam:* on *': (b) => [[doc(pull(b))], [doc(pull(b), { effect: 'allow', action: ['cam:*'], resource: ['*'] })]],
  'a region widened to all regions': (b) => [[doc(pull(b))], [doc(pull(b, { resource: [resource(b, '')] }))]],
  'app to app*': (b) => [[doc(pull(b))], [doc(pull(b, { resource: [`${resource(b)}*`] }))]],
  'a CIDR /n to /n-1': (b) => [
    [doc(login(b, { condition: { ip_equal: { 'qcs:ip': [b.cidr] } } }))],
    [doc(login(b, { condition: { ip_equal: { 'qcs:ip': [widerBlock(b.cidr)] } } }))],
  ],
  'a CIDR /n to /n-1 on pull, which CAM does not restrict by IP': (b) => [
    [doc(pull(b, { condition: { ip_equal: { 'qcs:ip': [b.cidr] } } }))],
    [doc(pull(b, { condition: { ip_equal: { 'qcs:ip': [widerBlock(b.cidr)] } } }))],
  ],
  'a grant under an IPv6 block': (b) => [
    [doc(login(b, { condition: { ip_equal: { 'qcs:ip': [b.cidr] } } }))],
    [doc(login(b, { condition: { ip_equal: { 'qcs:ip': [b.cidr, '2001:db8::/32'] } } }))],
  ],
  'ip_equal to ip_not_equal': (b) => [
    [doc(login(b, { condition: { ip_equal: { 'qcs:ip': [b.cidr] } } }))],
    [doc(login(b, { condition: { ip_not_equal: { 'qcs:ip': [b.cidr] } } }))],
  ],
  'string_equal to string_not_equal': (b) => [
    [doc(pull(b, { condition: { string_equal: { 'qcs:resource_tag': [b.tag] } } }))],
    [doc(pull(b, { condition: { string_not_equal: { 'qcs:resource_tag': [b.tag] } } }))],
  ],
  'an always-true date condition instead of an IP': (b) => [
    [doc(pull(b, { condition: { ip_equal: { 'qcs:ip': [b.cidr] } } }))],
    [doc(pull(b, { condition: { date_greater_than: { 'qcs:current_time': ['2000-01-01T00:00:00Z'] } } }))],
  ],
  'a deny narrowed by a condition': (b) => {
    const admin = { effect: 'allow', action: ['tcr:*'], resource: [`qcs::tcr:::instance/${b.instance}`] };
    const deny = { effect: 'deny', action: ['tcr:DeleteInstance'], resource: [`qcs::tcr:::instance/${b.instance}`] };
    return [[doc(admin, deny)], [doc(admin, { ...deny, condition: { ip_equal: { 'qcs:ip': [b.cidr] } } })]];
  },
  'a deny removed': () => {
    const admin = { effect: 'allow', action: ['tcr:*'], resource: ['*'] };
    return [[doc(admin, { effect: 'deny', action: ['tcr:Delete*'], resource: ['*'] })], [doc(admin)]];
  },
  'a new action': (b) => [[doc(pull(b))], [doc(pull(b, { action: ['tcr:PullRepository', 'tcr:PushRepository'] }))]],
  'an unreadable action': (b) => [[doc(pull(b))], [doc(pull(b, { action: ['tcr:P?shRepository'] }))]],
  'a resource with a token': (b) => [[doc(pull(b))], [doc(pull(b, { resource: [`qcs::tcr:::repository/${b.instance}/\${var.namespace}/*`] }))]],
};

describe('every widening is reported', () => {
  test.each(Object.keys(WIDENINGS))('%s (property over names, regions, blocks and tags)', (kind) => {
    fc.assert(fc.property(baseArb, (b) => {
      const [before, after] = WIDENINGS[kind](b);
      const diff = diffAccess(before, after);
      expect(diff.added.length + diff.notCompared.length).toBeGreaterThan(0);
      expectConfirmed(diff, before, after);
      // The reverse is never new access unless the old side was wider somewhere.
      expect(diffAccess(after, after)).toMatchObject({ added: [], notCompared: [] });
    }), { numRuns: 30, seed: 1313 });
  });

  test('each kind with a counterexample shows the request that proves it', () => {
    const b: Base = { instance: 'tcr-abcd1234', namespace: 'payments', repository: 'app', region: 'ap-guangzhou', cidr: '10.0.0.0/16', tag: 'env&dev' };
    const added = (kind: string) => diffAccess(...WIDENINGS[kind](b)).added;
    expect(added('a region widened to all regions')[0].resource).toBe('qcs::tcr:ap-unseen:uin/100000000001:repository/tcr-abcd1234/payments/app');
    expect(added('app to app*')[0].resource).toMatch(/\/payments\/appprobe9$/);
    expect(added('a CIDR /n to /n-1')[0].sourceIp).toBe('10.1.0.0');
    expect(added('a grant under an IPv6 block')[0].sourceIp).toMatch(/^2001:db8:/);
    expect(added('string_equal to string_not_equal')[0].resourceTags).not.toEqual({ env: 'dev' });
    // Outside the block the deny no longer applies.
    expect(added('a deny narrowed by a condition')[0]).toMatchObject({ action: 'tcr:DeleteInstance', sourceIp: expect.not.stringMatching(/^10\.0\./) });
    const pullIp = diffAccess(...WIDENINGS['a CIDR /n to /n-1 on pull, which CAM does not restrict by IP'](b));
    expect(pullIp.added).toEqual([]);
    expect(pullIp.notCompared).toContainEqual(expect.objectContaining({ action: 'tcr:PullRepository', reason: expect.stringContaining("the simulator's answer") }));
    const cam = diffAccess(...WIDENINGS['cam:* on *'](b));
    expect(cam.notCompared).toEqual([expect.objectContaining({ statement: 'document 0 statement 1', reason: expect.stringContaining('"cam:*"') })]);
    const date = diffAccess(...WIDENINGS['an always-true date condition instead of an IP'](b));
    expect(date.notCompared[0]).toMatchObject({ action: 'tcr:PullRepository', statement: 'document 0 statement 0' });
  });
});

// Random pairs: whatever the diff reports as "nothing", brute force over catalog requests must agree.
const ACTIONS = ['tcr:*', 'tcr:Pull*', 'tcr:PullRepository', 'tcr:PushRepository', 'tcr:Describe*', 'tcr:DeleteRepository'];
const RESOURCES = [
  '*', 'qcs::tcr:::repository/tcr-a/*', 'qcs::tcr:::repository/tcr-a/ns1/*', 'qcs::tcr:ap-guangzhou::repository/tcr-a/ns1/app',
  'qcs::tcr:::repository/tcr-a/ns1/app*', 'qcs::tcr:::instance/tcr-a', 'qcs::tcr::uin/1001:repository/tcr-a/ns1/*',
];
const CONDITIONS = [
  undefined, { ip_equal: { 'qcs:ip': ['10.0.0.0/16'] } }, { ip_equal: { 'qcs:ip': ['10.0.0.0/15'] } }, { ip_not_equal: { 'qcs:ip': ['10.0.0.0/16'] } },
  { string_equal: { 'qcs:resource_tag': ['env&dev'] } }, { string_not_equal: { 'qcs:resource_tag': ['env&dev'] } },
];
const statementArb = fc.record({
  effect: fc.constantFrom('allow', 'allow', 'deny'),
  action: fc.uniqueArray(fc.constantFrom(...ACTIONS), { minLength: 1, maxLength: 2 }),
  resource: fc.uniqueArray(fc.constantFrom(...RESOURCES), { minLength: 1, maxLength: 2 }),
  condition: fc.constantFrom(...CONDITIONS),
}).map(({ condition, ...s }) => (condition ? { ...s, condition } : s));
const documentsArb = fc.array(statementArb, { minLength: 1, maxLength: 3 }).map((s) => [doc(...s)]);

const REQUEST_RESOURCES = [
  'qcs::tcr:ap-guangzhou:uin/1001:repository/tcr-a/ns1/app', 'qcs::tcr:ap-shanghai:uin/1001:repository/tcr-a/ns1/app2',
  'qcs::tcr:ap-guangzhou:uin/1001:repository/tcr-a/ns2/app', 'qcs::tcr:ap-guangzhou:uin/1002:repository/tcr-a/ns1/app',
  'qcs::tcr:ap-guangzhou:uin/1001:instance/tcr-a', 'qcs::tcr:ap-guangzhou:uin/1001:repository/tcr-b/ns1/app', '*',
];
const REQUEST_ACTIONS = ['tcr:PullRepository', 'tcr:PushRepository', 'tcr:DeleteRepository', 'tcr:DescribeInstances', 'tcr:DescribeRepositories'];
const CONTEXTS: Array<Partial<SimulationRequest>> = [
  {}, { sourceIp: '10.0.0.1' }, { sourceIp: '10.1.0.1' }, { sourceIp: '11.0.0.1' }, { resourceTags: { env: 'dev' } }, { resourceTags: {} },
  { sourceIp: '10.0.0.1', resourceTags: { env: 'prod' } },
];

test('when the diff reports nothing, no catalog request is newly allowed or newly unknown (300 random pairs)', () => {
  let silent = 0;
  fc.assert(fc.property(documentsArb, documentsArb, (before, after) => {
    const diff = diffAccess(before, after);
    expectConfirmed(diff, before, after);
    if (diff.added.length || diff.notCompared.length) return;
    silent++;
    for (const action of REQUEST_ACTIONS) {
      const types = getAction(action)!.resourceTypes;
      for (const requested of REQUEST_RESOURCES) {
        // The diff's domain: each action on resources of its catalog types (operation-level APIs on "*").
        if (types.length === 0 ? requested !== '*' : !types.some((t) => requested.includes(`:${t}/`))) continue;
        for (const context of CONTEXTS) {
          const request = { action, resource: requested, ownerUin: '1001', ...context };
          const now = simulate(after, request).decision;
          if (now === 'allow' || now === 'unknown') {
            const was = simulate(before, request).decision;
            if (was !== 'allow' && was !== 'unknown') throw new Error(`unreported: ${JSON.stringify(request)} is ${now} after, ${was} before\n${before}\n${after}`);
          }
        }
      }
    }
  }), { numRuns: 300, seed: 4313 });
  expect(silent).toBeGreaterThan(10);
});
