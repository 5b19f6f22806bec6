import { TerraformOutput, TerraformVariable } from 'cdktf';
import { NamespaceAdmin, RepositoryAccess, RepositoryAccessLevel, Suppressions, TcrNamespace, TcrServiceAccount, TcrTeamAccess } from '../../lib';
import { annotations, cleanTestingOutdirs, newApp, synthErrors, synthJson } from '../helpers/synth';

afterAll(cleanTestingOutdirs);

const I = 'tcr-abcd1234';
const BASE = { instanceId: I, name: 'ci-payments', permissions: [{ namespace: 'payments', access: RepositoryAccessLevel.PULL_PUSH }] };
const accounts = (json: any) => Object.values(json.resource?.tencentcloud_tcr_service_account ?? {}) as any[];

describe('TcrServiceAccount', () => {
  test('synthesizes tencentcloud_tcr_service_account whose permissions name only its namespaces, with the expiry in days', () => {
    const { app, stack } = newApp();
    const sa = new TcrServiceAccount(stack, 'Ci', {
      ...BASE,
      permissions: [...BASE.permissions, { namespace: 'shared-base', access: RepositoryAccessLevel.PULL }],
      expiresInDays: 90,
      description: 'payments pipeline',
    });
    expect(synthErrors(app)).toBe('');
    const json = synthJson(stack);
    expect(accounts(json)).toEqual([{
      registry_id: I,
      name: 'ci-payments',
      description: 'payments pipeline',
      duration: 90,
      permissions: [
        { resource: 'payments', actions: ['tcr:PullRepository', 'tcr:PushRepository'] },
        { resource: 'shared-base', actions: ['tcr:PullRepository'] },
      ],
    }]);
    expect(sa.username).toBe('tcr$ci-payments');
    // The password is only a sensitive output: never a value in the synthesized JSON.
    const outputs = Object.values(json.output) as any[];
    expect(outputs).toEqual([expect.objectContaining({ sensitive: true, value: expect.stringMatching(/^\$\{tencentcloud_tcr_service_account\.Ci_[0-9A-F]+\.password\}$/) })]);
  });

  test('without expiresInDays and neverExpires, synth fails naming the rule and the fix; nothing is rendered', () => {
    const { app, stack } = newApp();
    const sa = new TcrServiceAccount(stack, 'Ci', BASE);
    const errors = synthErrors(app);
    expect(errors).toContain('service-account-expiry');
    expect(errors).toContain('neither expiresInDays nor neverExpires is set');
    expect(sa.lint().map((f) => f.ruleId)).toEqual(['service-account-expiry']);
  });

  test.each([
    ['zero days', { expiresInDays: 0 }, 'expiresInDays'],
    ['a fraction', { expiresInDays: 1.5 }, 'expiresInDays'],
    ['both', { expiresInDays: 30, neverExpires: true }, 'neverExpires'],
  ])('an invalid expiry (%s) is an error on its prop', (_case, expiry, prop) => {
    const { app, stack } = newApp();
    const sa = new TcrServiceAccount(stack, 'Ci', { ...BASE, ...expiry });
    expect(synthErrors(app)).toContain('service-account-expiry');
    expect(sa.lint()).toEqual([expect.objectContaining({ ruleId: 'service-account-expiry', prop, severity: 'error' })]);
  });

  test('neverExpires: true is a warning, and a suppression with a reason acknowledges it', () => {
    const { app, stack } = newApp();
    const sa = new TcrServiceAccount(stack, 'Ci', { ...BASE, neverExpires: true });
    expect(synthErrors(app)).toBe('');
    expect(annotations(sa, '@cdktf/warn')).toEqual([expect.stringContaining('service-account-never-expires')]);
    expect(accounts(synthJson(stack))[0]).not.toHaveProperty('duration');

    const second = newApp();
    const acknowledged = new TcrServiceAccount(second.stack, 'Ci', { ...BASE, neverExpires: true });
    Suppressions.of(acknowledged).add({ ruleId: 'service-account-never-expires', reason: 'Cluster pull robot, rotated by the platform team' });
    expect(synthErrors(second.app)).toBe('');
    expect(annotations(acknowledged, '@cdktf/warn')).toEqual([]);
    expect(annotations(acknowledged, '@cdktf/info')).toEqual([expect.stringContaining('[suppressed on stack/Ci: Cluster pull robot')]);
  });

  test.each([
    ['name', { name: 'tcr$ci' }],
    ['name', { name: 'CI' }],
    ['name', { name: '*' }],
    ['instanceId', { instanceId: 'tcr-*' }],
    ['permissions[0].namespace', { permissions: [{ namespace: 'pay/ments', access: RepositoryAccessLevel.PULL }] }],
    ['permissions[0].namespace', { permissions: [{ namespace: '', access: RepositoryAccessLevel.PULL }] }],
    ['permissions', { permissions: [] }],
  ])('a bad %s fails synth and renders no permission', (prop, bad) => {
    const { app, stack } = newApp();
    const sa = new TcrServiceAccount(stack, 'Ci', { ...BASE, expiresInDays: 30, ...bad });
    expect(synthErrors(app)).toContain('invalid-name');
    expect(sa.lint()).toEqual([expect.objectContaining({ ruleId: 'invalid-name', prop })]);
    expect(accounts(synthJson(stack))[0].permissions).toEqual([]);
  });

  test('a description with ${…} is written escaped, so Terraform reads it as text', () => {
    const { app, stack } = newApp();
    new TcrServiceAccount(stack, 'Ci', { ...BASE, expiresInDays: 30, description: 'robot for ${var.team} %{ if x }' });
    expect(synthErrors(app)).toBe('');
    expect(accounts(synthJson(stack))[0].description).toBe('robot for $${var.team} %%{ if x }');
  });

  test('a namespace listed twice, or an unknown access level, is an error', () => {
    const { app, stack } = newApp();
    const twice = new TcrServiceAccount(stack, 'Twice', {
      ...BASE,
      expiresInDays: 30,
      permissions: [{ namespace: 'a1', access: RepositoryAccessLevel.PULL }, { namespace: 'a1', access: RepositoryAccessLevel.PULL_PUSH }],
    });
    const unknown = new TcrServiceAccount(stack, 'Unknown', { ...BASE, expiresInDays: 30, permissions: [{ namespace: 'a1', access: 'admin' as RepositoryAccessLevel }] });
    expect(synthErrors(app)).toContain('permissions[1].namespace');
    expect(twice.lint()).toEqual([expect.objectContaining({ prop: 'permissions[1].namespace' })]);
    expect(unknown.lint()).toEqual([expect.objectContaining({ prop: 'permissions[0].access', value: '"admin"' })]);
  });

  test('tokens: a namespace resource\'s name and a variable name are passed through; the username is joined in Terraform, not escaped', () => {
    const { app, stack } = newApp();
    const name = new TerraformVariable(stack, 'robot', { type: 'string' });
    const ns = new TcrNamespace(stack, 'Ns', { instanceId: I, name: 'payments' });
    const sa = new TcrServiceAccount(stack, 'Ci', { ...BASE, name: name.stringValue, permissions: [{ namespace: ns.name, access: RepositoryAccessLevel.PULL }], expiresInDays: 7 });
    new TerraformOutput(stack, 'username', { value: sa.username });
    expect(synthErrors(app)).toBe('');
    const json = synthJson(stack);
    expect(accounts(json)[0]).toMatchObject({ name: '${var.robot}', permissions: [{ resource: '${tencentcloud_tcr_namespace.Ns.name}' }] });
    expect(json.output.username.value).toBe('${join("", ["tcr$", var.robot])}');
  });

  test('TcrTeamAccess: ci as a service account gets pull and push on the team namespace, and no CI policy', () => {
    const { app, stack } = newApp();
    const team = new TcrTeamAccess(stack, 'Payments', { instanceId: I, namespace: 'payments', ci: { serviceAccount: { name: 'payments-ci', expiresInDays: 30 } } });
    expect(synthErrors(app)).toBe('');
    expect(team.ci).toBeUndefined();
    expect(team.ciServiceAccount!.username).toBe('tcr$payments-ci');
    const json = synthJson(stack);
    expect(accounts(json)).toEqual([expect.objectContaining({
      name: 'payments-ci', duration: 30, permissions: [{ resource: 'payments', actions: ['tcr:PullRepository', 'tcr:PushRepository'] }],
    })]);
    expect(json.resource.tencentcloud_cam_policy).toBeUndefined();
  });

  test('TcrTeamAccess: a CI service account without expiry fails synth', () => {
    const { app, stack } = newApp();
    new TcrTeamAccess(stack, 'Payments', { instanceId: I, namespace: 'payments', ci: { serviceAccount: { name: 'payments-ci' } } });
    expect(synthErrors(app)).toContain('service-account-expiry');
  });
});

describe('a namespace given as a tencentcloud_tcr_namespace\'s id (instance#name) is refused; its name is the namespace', () => {
  test.each([
    ['RepositoryAccess', (stack: any, ns: string) => new RepositoryAccess(stack, 'C', { instanceId: I, namespace: ns, access: RepositoryAccessLevel.PULL })],
    ['NamespaceAdmin', (stack: any, ns: string) => new NamespaceAdmin(stack, 'C', { instanceId: I, namespace: ns })],
    ['TcrServiceAccount', (stack: any, ns: string) =>
      new TcrServiceAccount(stack, 'C', { ...BASE, expiresInDays: 30, permissions: [{ namespace: ns, access: RepositoryAccessLevel.PULL }] })],
  ])('%s', (_name, build) => {
    const byId = newApp();
    build(byId.stack, new TcrNamespace(byId.stack, 'Ns', { instanceId: I, name: 'payments' }).id);
    expect(synthErrors(byId.app)).toContain('is a tencentcloud_tcr_namespace\'s id, which is "<instance id>#<name>"');
    const byName = newApp();
    build(byName.stack, new TcrNamespace(byName.stack, 'Ns', { instanceId: I, name: 'payments' }).name);
    expect(synthErrors(byName.app)).toBe('');
  });
});
