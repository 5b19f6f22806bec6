import { TerraformStack, TerraformVariable, Token } from 'cdktf';
import {
  AccessLevel,
  CcrAccess,
  CcrPermission,
  Effect,
  getAction,
  IpUnsupportedApis,
  NamespaceAdmin,
  PersonalRepoAccess,
  PolicyStatement,
  RepoReadOnly,
  ResourceName,
  simulate,
  TcrInstanceAccess,
  TcrPolicy,
} from '../../lib';
import { cleanTestingOutdirs, newApp, synthErrors } from '../helpers/synth';

afterAll(cleanTestingOutdirs);

const I = 'tcr-abcd1234';
const OFFICE = ['203.0.113.0/24', '2001:db8::/48'];
const INSIDE = '203.0.113.40';
const OUTSIDE = '198.51.100.40';
const ALLOW = IpUnsupportedApis.ALLOW_WITHOUT_CONDITION;
const instance = `qcs::tcr:ap-guangzhou:uin/100000000001:instance/${I}`;
const image = (ns: string, repo: string, id = I) => `qcs::tcr:ap-guangzhou:uin/100000000001:repository/${id}/${ns}/${repo}`;

describe('allowedSourceIps', () => {
  test('by default, a grant with APIs that ignore qcs:ip fails synth naming them and the opt-in', () => {
    const { app, stack } = newApp();
    const p = new RepoReadOnly(stack, 'Pull', { instanceId: I, namespace: 'ns', repository: 'app', allowedSourceIps: OFFICE });
    const errors = synthErrors(app);
    expect(errors).toContain('[stack/Pull] [ip-unsupported-apis] Invalid allowedSourceIps: IP restriction is not supported (https://www.tencentcloud.com/document/product/598/57160)');
    expect(errors).toContain('tcr:PullRepository');
    expect(errors).toContain('ipUnsupportedApis: IpUnsupportedApis.ALLOW_WITHOUT_CONDITION');
    // Nothing is rendered: never an unrestricted grant that reads as restricted.
    expect(p.document.isEmpty).toBe(true);
  });

  test.each([
    ['RepoReadOnly', (s: TerraformStack) => new RepoReadOnly(s, 'P', { instanceId: I, namespace: 'ns', repository: 'app', allowedSourceIps: OFFICE, ipUnsupportedApis: ALLOW })],
    ['NamespaceAdmin', (s: TerraformStack) => new NamespaceAdmin(s, 'P', { instanceId: I, namespace: 'ns', allowedSourceIps: OFFICE, ipUnsupportedApis: ALLOW })],
    ['TcrInstanceAccess', (s: TerraformStack) => new TcrInstanceAccess(s, 'P', { access: AccessLevel.FULL, instanceId: I, allowedSourceIps: OFFICE, ipUnsupportedApis: ALLOW })],
  ])('%s opted in: restrictable APIs only from inside the CIDR, the unsupported ones from anywhere', (_name, build) => {
    const { app, stack } = newApp();
    const docs = build(stack).renderedDocuments();
    expect(synthErrors(app)).toBe('');
    expect(getAction('tcr:DescribeInstanceStatus')!.ipRestriction).toBe(true);
    expect(getAction('tcr:PullRepository')!.ipRestriction).toBe(false);
    const status = { action: 'tcr:DescribeInstanceStatus', resource: instance };
    expect(simulate(docs, { ...status, sourceIp: INSIDE }).decision).toBe('allow');
    expect(simulate(docs, { ...status, sourceIp: '2001:db8::7' }).decision).toBe('allow');
    expect(simulate(docs, { ...status, sourceIp: OUTSIDE }).decision).toBe('implicit-deny');
    const pull = { action: 'tcr:PullRepository', resource: image('ns', 'app') };
    expect(simulate(docs, { ...pull, sourceIp: INSIDE }).decision).toBe('allow');
    expect(simulate(docs, { ...pull, sourceIp: OUTSIDE }).decision).toBe('allow');
    // Unrestricted by IP, but no wider than the construct's scope.
    expect(simulate(docs, { ...pull, sourceIp: OUTSIDE, resource: image('ns', 'app', 'tcr-other99') }).decision).toBe('implicit-deny');
  });

  test('opted in, the statement without the condition lists the APIs by name, and the document lints without warning about it', () => {
    const { stack } = newApp();
    const p = new NamespaceAdmin(stack, 'P', { instanceId: I, namespace: 'ns', allowedSourceIps: OFFICE, ipUnsupportedApis: ALLOW });
    const statements = JSON.parse(p.renderedDocuments()[0]).statement;
    const open = statements.filter((s: any) => !s.condition);
    expect(open.length).toBeGreaterThan(0);
    for (const s of open) for (const a of s.action) expect(getAction(a)?.ipRestriction).toBe(false);
    expect(p.lint().map((f) => f.ruleId)).not.toContain('ip-condition-unsupported');
  });

  test('a Personal grant of only restrictable APIs needs no opt-in', () => {
    const { app, stack } = newApp();
    const p = new TcrPolicy(stack, 'P', {
      statements: [new PolicyStatement({ actions: ['tcr:DescribeImagePersonal'], resources: [ResourceName.tcrPersonalRepo(['ns', 'app'])] })],
      allowedSourceIps: OFFICE,
    });
    expect(synthErrors(app)).toBe('');
    const docs = p.renderedDocuments();
    const request = { action: 'tcr:DescribeImagePersonal', resource: 'qcs::tcr:ap-guangzhou:uin/100000000001:repo/ns/app' };
    expect(simulate(docs, { ...request, sourceIp: INSIDE }).decision).toBe('allow');
    expect(simulate(docs, { ...request, sourceIp: OUTSIDE }).decision).toBe('implicit-deny');
  });

  test('every CCR API ignores qcs:ip: CcrAccess with allowedSourceIps needs the opt-in', () => {
    const { app, stack } = newApp();
    new CcrAccess(stack, 'C', { permissions: [CcrPermission.PULL], allowedSourceIps: OFFICE });
    expect(synthErrors(app)).toContain('[stack/C] [ip-unsupported-apis] Invalid allowedSourceIps: IP restriction is not supported (https://www.tencentcloud.com/document/product/598/57160) for 1 API this policy grants, so a qcs:ip condition would not restrict it: ccr:pull.');
  });

  test('a bad CIDR is an invalid-condition error naming the prop and the value', () => {
    const { app, stack } = newApp();
    new PersonalRepoAccess(stack, 'P', { access: AccessLevel.READ_ONLY, allowedSourceIps: ['10.0.0.1/8', 'office'] });
    const errors = synthErrors(app);
    expect(errors).toContain('[stack/P] [invalid-condition] Invalid allowedSourceIps[0]: "10.0.0.1/8" has host bits set');
    expect(errors).toContain('[stack/P] [invalid-condition] Invalid allowedSourceIps[1]: "office" is not an IP address or CIDR block');
  });

  test('an address may be a Terraform reference', () => {
    const { app, stack } = newApp();
    const cidr = new TerraformVariable(stack, 'office', { type: 'string' });
    const p = new TcrPolicy(stack, 'P', {
      statements: [new PolicyStatement({ actions: ['tcr:DescribeInstanceStatus'], resources: [ResourceName.tcrInstance([I])] })],
      allowedSourceIps: [cidr.stringValue],
    });
    expect(synthErrors(app)).toBe('');
    const [value] = p.document.statements[0].conditions.ip_equal['qcs:ip'];
    expect(Token.isUnresolved(value)).toBe(true);
    // renderedDocuments() shows what synth writes: the reference as the Terraform expression it becomes.
    expect(JSON.parse(p.renderedDocuments()[0]).statement[0].condition.ip_equal['qcs:ip']).toEqual(['${var.office}']);
  });

  test('deny statements of a TcrPolicy get no condition: the deny stays as wide as written', () => {
    const { stack } = newApp();
    const p = new TcrPolicy(stack, 'P', {
      statements: [
        new PolicyStatement({ actions: ['tcr:DescribeInstanceStatus'], resources: [ResourceName.tcrInstance([I])] }),
        new PolicyStatement({ effect: Effect.DENY, actions: ['tcr:DeleteInstance'], resources: [ResourceName.tcrInstance([I])] }),
      ],
      allowedSourceIps: OFFICE,
      resourceTags: { env: 'prod' },
    });
    const [allow, deny] = p.document.statements;
    expect(allow.hasConditions).toBe(true);
    expect(deny.hasConditions).toBe(false);
    expect(simulate(p.renderedDocuments(), { action: 'tcr:DeleteInstance', resource: instance, sourceIp: OUTSIDE }).decision).toBe('explicit-deny');
  });
});

describe('resourceTags', () => {
  test('rendered as for_any_value:string_equal on qcs:resource_tag with key&value', () => {
    const { stack } = newApp();
    const p = new NamespaceAdmin(stack, 'P', { instanceId: I, namespace: 'ns', resourceTags: { env: 'prod', team: 'payments' } });
    for (const s of JSON.parse(p.renderedDocuments()[0]).statement) {
      expect(s.condition).toEqual({ 'for_any_value:string_equal': { 'qcs:resource_tag': ['env&prod', 'team&payments'] } });
    }
    expect(p.lint().filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('simulator: a resource carrying one of the tags is allowed, others are not', () => {
    const { stack } = newApp();
    const docs = new NamespaceAdmin(stack, 'P', { instanceId: I, namespace: 'ns', resourceTags: { env: 'prod', team: 'payments' } }).renderedDocuments();
    const push = { action: 'tcr:PushRepository', resource: image('ns', 'app') };
    expect(simulate(docs, { ...push, resourceTags: { team: 'payments' } }).decision).toBe('allow');
    expect(simulate(docs, { ...push, resourceTags: { env: 'dev', team: 'search' } }).decision).toBe('implicit-deny');
  });

  test('an empty tag key is an invalid-condition error', () => {
    const { app, stack } = newApp();
    new NamespaceAdmin(stack, 'P', { instanceId: I, namespace: 'ns', resourceTags: { '': 'prod' } });
    expect(synthErrors(app)).toContain('[stack/P] [invalid-condition] Invalid resourceTags: a tag key is empty.');
  });
});
