import { Lazy, TerraformStack, TerraformVariable } from 'cdktf';
import { Effect, NamespaceAdmin, PolicyStatement, RepoReadOnly, ResourceName, simulate, TcrDeleteGuardrail, GuardrailScope, TcrPolicy } from '../../lib';
import { setupTcrMatchers } from '../../lib/testing';
import { cleanTestingOutdirs, newApp, synthErrors } from '../helpers/synth';

setupTcrMatchers(expect);
afterAll(cleanTestingOutdirs);

const I = 'tcr-abcd1234';
const lazy = (value: string) => Lazy.stringValue({ produce: () => value });
const variable = (stack: TerraformStack, id: string) => new TerraformVariable(stack, id, { type: 'string' }).stringValue;

describe('values that resolve at synth are checked once resolved', () => {
  test('a NamespaceAdmin whose namespace resolves to * fails synth and renders nothing', () => {
    const { app, stack } = newApp();
    const admin = new NamespaceAdmin(stack, 'A', { instanceId: I, namespace: lazy('*') });
    expect(synthErrors(app)).toContain('[stack/A] [invalid-name] Invalid namespace: "*" contains a wildcard');
    expect(admin.renderedDocuments()).toEqual(['{"version":"2.0","statement":[]}']);
    expect(admin).toDeny('tcr:DeleteRepository', ResourceName.tcrRepository([I, 'other', 'app']));
  });

  test('a guardrail whose namespace resolves to a bad name fails synth instead of denying nothing', () => {
    const { app, stack } = newApp();
    new TcrDeleteGuardrail(stack, 'G', { scope: GuardrailScope.namespace(I, lazy('Payments Team')) });
    expect(synthErrors(app)).toContain('[stack/G] [invalid-name] Invalid scope.namespace: "Payments Team" contains whitespace');
  });

  test.each([
    ['*${var.x}', '"*"'],
    ['${var.x}*', '"*"'],
    ['team/${var.x}', '"/"'],
    ['a b${var.x}', '" "'],
  ])('the text around a Terraform expression is checked: %s', (template, bad) => {
    const { app, stack } = newApp();
    const x = variable(stack, 'x');
    new NamespaceAdmin(stack, 'A', { instanceId: I, namespace: template.replace('${var.x}', x) });
    expect(synthErrors(app)).toContain(`Invalid namespace: "${template}" mixes text with a Terraform expression, and its text`);
    expect(synthErrors(app)).toContain(`contains ${bad}`);
  });

  test('an ownerUin of *${…} (uin/*${…}) is refused', () => {
    const { app, stack } = newApp();
    new NamespaceAdmin(stack, 'A', { instanceId: I, namespace: 'team-01', ownerUin: `*${variable(stack, 'uin')}` });
    expect(synthErrors(app)).toContain('[stack/A] [invalid-name] Invalid ownerUin: "*${var.uin}" mixes text');
  });

  test('valid text around an expression passes, and renderedDocuments() shows the expression synth writes', () => {
    const { app, stack } = newApp();
    const admin = new NamespaceAdmin(stack, 'A', { instanceId: I, namespace: `team-${variable(stack, 'x')}` });
    expect(synthErrors(app)).toBe('');
    expect(admin.renderedDocuments()[0]).toContain('"qcs::tcr:::repository/tcr-abcd1234/team-${var.x}/*"');
  });

  test('a policy name that resolves to a bad name fails synth', () => {
    const { app, stack } = newApp();
    new NamespaceAdmin(stack, 'A', { instanceId: I, namespace: 'team-01', policyName: lazy('Payments Team') });
    expect(synthErrors(app)).toContain('[stack/A] [invalid-policy-name] Invalid policyName: Policy name "Payments Team" is not valid');
  });

  test('renderedDocuments() and the matchers see a Lazy value resolved, as synth writes it', () => {
    const { stack } = newApp();
    const p = new TcrPolicy(stack, 'P', {
      statements: [new PolicyStatement({ effect: Effect.ALLOW, actions: ['tcr:PullRepository'], resources: [lazy(ResourceName.tcrRepository([I, 'ns', 'app']))] })],
    });
    expect(p.renderedDocuments()[0]).toContain('"qcs::tcr:::repository/tcr-abcd1234/ns/app"');
    expect(p).toAllow('tcr:PullRepository', ResourceName.tcrRepository([I, 'ns', 'app']));
  });

  test('a document whose token resolves to a broad value is linted as resolved', () => {
    const { stack } = newApp();
    const p = new TcrPolicy(stack, 'P', { statements: [new PolicyStatement({ effect: Effect.ALLOW, actions: [lazy('tcr:*')], resources: [lazy('*')] })] });
    expect(p.lint().map((f) => `${f.ruleId} ${f.value}`)).toContain('broad-grant tcr:*');
  });

  test('a list token as a name list is refused with a message that says so, never an internal token text', () => {
    const { app, stack } = newApp();
    const list = new TerraformVariable(stack, 'repos', { type: 'list(string)' }).listValue;
    new RepoReadOnly(stack, 'R', { instanceId: I, namespace: 'ns', repositories: list });
    const errors = synthErrors(app);
    expect(errors).toContain('[stack/R] [invalid-name] Invalid repository: the value is a list or map token');
    expect(errors).not.toContain('TfToken');
  });

  test('a list token in a statement is refused at synth and by renderedDocuments(), naming no internal token', () => {
    const { app, stack } = newApp();
    const list = new TerraformVariable(stack, 'res', { type: 'list(string)' }).listValue;
    const p = new TcrPolicy(stack, 'P', { statements: [new PolicyStatement({ actions: ['tcr:PullRepository'], resources: list })] });
    const errors = synthErrors(app);
    expect(errors).toContain('[stack/P] [invalid-syntax] The policy document holds a value that is a list or map token');
    expect(errors).not.toContain('TfToken');
    expect(() => p.renderedDocuments()).toThrow(/is a list or map token/);
  });

  test('a simulated deny is not read as an allow: the document with an expression stays unknown to the simulator', () => {
    const { stack } = newApp();
    const admin = new NamespaceAdmin(stack, 'A', { instanceId: I, namespace: `team-${variable(stack, 'x')}` });
    const decision = simulate(admin.renderedDocuments(), { action: 'tcr:DeleteRepository', resource: ResourceName.tcrRepository([I, 'other', 'app']) }).decision;
    expect(decision).not.toBe('allow');
  });
});
