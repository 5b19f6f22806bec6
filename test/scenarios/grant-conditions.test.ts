import { AccessLevel, Effect, getAction, IpUnsupportedApis, matchActions, PolicyDocument, PolicyStatement, ResourceName, simulate } from '../../lib';
import { enterpriseAccess, namespaceAdmin } from '../../lib/scenarios/enterprise';
import { applyGrantConditions, checkGrantConditions } from '../../lib/scenarios/grant-conditions';
import { splitByIpSupport } from '../../lib/scenarios/ip-support';

const I = 'tcr-abcd1234';
const OFFICE = '203.0.113.0/24';
const INSIDE = '203.0.113.9';
const OUTSIDE = '198.51.100.9';
const full = (name: string) => `qcs::tcr:ap-guangzhou:uin/100000000001:${name}`;
const render = (statements: PolicyStatement[]) => [new PolicyDocument({ statements }).render()];
const OPTED_IN = { allowedSourceIps: [OFFICE], ipUnsupportedApis: IpUnsupportedApis.ALLOW_WITHOUT_CONDITION };

describe('checkGrantConditions', () => {
  test('valid addresses and tags have no problem; tokens are not judged', () => {
    expect(checkGrantConditions({ allowedSourceIps: [OFFICE, '2001:db8::/32', 'TOKEN'], resourceTags: { env: 'prod', team: '' } }, (v) => v === 'TOKEN')).toEqual([]);
  });

  test('a bad CIDR is an invalid-condition problem naming the prop, its index and the value', () => {
    const [p] = checkGrantConditions({ allowedSourceIps: [OFFICE, '10.0.0.300/8'] });
    expect(p).toMatchObject({ ruleId: 'invalid-condition', prop: 'allowedSourceIps[1]', value: '10.0.0.300/8' });
    expect(p.message).toMatch(/^Invalid allowedSourceIps\[1\]: "10\.0\.0\.300\/8" is not an IP address or CIDR block/);
  });

  test('empty lists are problems, never "no condition"', () => {
    expect(checkGrantConditions({ allowedSourceIps: [], resourceTags: {} }).map((p) => p.prop)).toEqual(['allowedSourceIps', 'resourceTags']);
  });

  test('tag keys must be non-empty and free of "&"', () => {
    expect(checkGrantConditions({ resourceTags: { '': 'x', 'a&b': 'c' } }).map((p) => p.message)).toEqual([
      'Invalid resourceTags: a tag key is empty. Use the tag key as Tencent Cloud shows it.',
      'Invalid resourceTags: the tag key "a&b" contains "&", which separates key and value in qcs:resource_tag. Use a key without "&".',
    ]);
  });
});

describe('splitByIpSupport', () => {
  test('exact actions go by their catalog flag', () => {
    const s = new PolicyStatement({ actions: ['tcr:PullRepository', 'tcr:DescribeInstanceStatus', 'cos:GetObject'], resources: ['*'] });
    expect(splitByIpSupport(s)).toEqual({ restrictable: ['tcr:DescribeInstanceStatus', 'cos:GetObject'], unrestrictable: ['tcr:PullRepository'] });
  });

  test('a wildcard whose every API supports IP restriction stays a wildcard', () => {
    const pattern = 'tcr:DescribeReplicationInstance*';
    expect(matchActions(pattern).every((a) => a.ipRestriction)).toBe(true);
    const s = new PolicyStatement({ actions: [pattern], resources: [ResourceName.tcrInstance([I])] });
    expect(splitByIpSupport(s)).toEqual({ restrictable: [pattern], unrestrictable: [] });
  });

  test('a mixed wildcard expands only to the APIs the resources can authorize', () => {
    const s = new PolicyStatement({ actions: ['tcr:DescribeInstance*'], resources: [ResourceName.tcrInstance([I])] });
    const split = splitByIpSupport(s);
    // The operation-level DescribeInstances / DescribeInstanceAllForCoding need "*": the instance resource grants neither.
    const expected = matchActions('tcr:DescribeInstance*').filter((a) => a.granularity === 'resource' && a.resourceTypes.includes('instance'));
    expect([...split.restrictable, ...split.unrestrictable].sort()).toEqual(expected.map((a) => a.name).sort());
    for (const name of split.restrictable) expect(getAction(name)!.ipRestriction).toBe(true);
    for (const name of split.unrestrictable) expect(getAction(name)!.ipRestriction).toBe(false);
  });
});

describe('applyGrantConditions', () => {
  const readOnly = () => enterpriseAccess({ access: AccessLevel.READ_ONLY, instanceId: I }).build();

  test('without conditions the statements are returned as they are', () => {
    const statements = readOnly();
    expect(applyGrantConditions(statements, {}).statements).toEqual(statements);
  });

  test('by default, APIs without IP restriction support are a problem that names them and the opt-in', () => {
    const { problems } = applyGrantConditions(readOnly(), { allowedSourceIps: [OFFICE] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ ruleId: 'ip-unsupported-apis', prop: 'allowedSourceIps', value: OFFICE });
    expect(problems[0].message).toContain('tcr:PullRepository');
    expect(problems[0].message).toContain('ipUnsupportedApis: IpUnsupportedApis.ALLOW_WITHOUT_CONDITION');
  });

  test('a grant of IP-restrictable APIs only needs no opt-in', () => {
    const s = new PolicyStatement({ actions: ['tcr:DescribeInstanceStatus'], resources: [ResourceName.tcrInstance([I])] });
    const { statements, problems } = applyGrantConditions([s], { allowedSourceIps: [OFFICE] });
    expect(problems).toEqual([]);
    expect(statements.map((x) => x.toJSON())).toEqual([{ ...s.toJSON(), condition: { ip_equal: { 'qcs:ip': [OFFICE] } } }]);
  });

  test('opted in, unsupported APIs move by name to a statement without the IP condition, right after', () => {
    const { statements, problems } = applyGrantConditions(readOnly(), OPTED_IN);
    expect(problems).toEqual([]);
    expect(statements).toHaveLength(2);
    const [restricted, open] = statements;
    expect(restricted.conditions).toEqual({ ip_equal: { 'qcs:ip': [OFFICE] } });
    expect(open.hasConditions).toBe(false);
    expect(open.actions).toContain('tcr:PullRepository');
    expect(open.actions.every((a) => !a.includes('*'))).toBe(true);
    for (const a of open.actions) expect(getAction(a)!.ipRestriction).toBe(false);
    expect(open.resources).toEqual(restricted.resources);
  });

  test('simulator: opted in, a restrictable API is allowed inside the CIDR only; an unsupported one everywhere', () => {
    const docs = render(applyGrantConditions(readOnly(), OPTED_IN).statements);
    const instance = full(`instance/${I}`);
    const image = full(`repository/${I}/team-01/app`);
    expect(getAction('tcr:DescribeInstanceStatus')!.ipRestriction).toBe(true);
    expect(simulate(docs, { action: 'tcr:DescribeInstanceStatus', resource: instance, sourceIp: INSIDE }).decision).toBe('allow');
    expect(simulate(docs, { action: 'tcr:DescribeInstanceStatus', resource: instance, sourceIp: OUTSIDE }).decision).toBe('implicit-deny');
    expect(simulate(docs, { action: 'tcr:PullRepository', resource: image, sourceIp: INSIDE }).decision).toBe('allow');
    expect(simulate(docs, { action: 'tcr:PullRepository', resource: image, sourceIp: OUTSIDE }).decision).toBe('allow');
  });

  test('resource tags go on every produced allow statement; deny statements stay as they are', () => {
    const deny = new PolicyStatement({ effect: Effect.DENY, actions: ['tcr:DeleteRepository'], resources: ['*'] });
    const { statements } = applyGrantConditions([...namespaceAdmin({ instanceId: I, namespace: 'ns' }).build(), deny], { resourceTags: { env: 'prod', team: 'payments' } });
    expect(statements.slice(0, 2).map((s) => s.conditions)).toEqual([0, 1].map(() => ({ 'for_any_value:string_equal': { 'qcs:resource_tag': ['env&prod', 'team&payments'] } })));
    expect(statements[2]).toBe(deny);
  });

  test('simulator: a resource tag condition allows tagged resources only', () => {
    const docs = render(applyGrantConditions(namespaceAdmin({ instanceId: I, namespace: 'ns' }).build(), { resourceTags: { env: 'prod' } }).statements);
    const request = { action: 'tcr:PushRepository', resource: full(`repository/${I}/ns/app`) };
    expect(simulate(docs, { ...request, resourceTags: { env: 'prod', team: 'x' } }).decision).toBe('allow');
    expect(simulate(docs, { ...request, resourceTags: { env: 'dev' } }).decision).toBe('implicit-deny');
  });

  test('a statement that already has the same condition is a problem: merging would widen it', () => {
    const s = new PolicyStatement({ actions: ['tcr:DescribeInstanceStatus'], resources: ['*'], conditions: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } } });
    const { problems } = applyGrantConditions([s], { allowedSourceIps: [OFFICE] });
    expect(problems).toEqual([expect.objectContaining({ ruleId: 'invalid-condition', prop: 'allowedSourceIps', value: '10.0.0.0/8' })]);
  });
});
