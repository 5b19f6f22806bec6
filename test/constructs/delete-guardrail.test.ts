import * as fc from 'fast-check';
import { AccessLevel, GuardrailScope, NamespaceAdmin, simulate, TcrDeleteGuardrail, TcrInstanceAccess } from '../../lib';
import { deleteActions, deleteGuardrail } from '../../lib/scenarios/delete-guardrail';
import { cleanTestingOutdirs, newApp, synthErrors, synthJson } from '../helpers/synth';
import { resourcesOf } from '../simulator/support/requests';

afterAll(cleanTestingOutdirs);

const I = 'tcr-abcd1234';
const NS = 'team-01';

describe('TcrDeleteGuardrail', () => {
  test('a deny wins over NamespaceAdmin attached to the same user, for every delete in the namespace; other calls stay allowed', () => {
    const { app, stack } = newApp();
    const admin = new NamespaceAdmin(stack, 'Admin', { instanceId: I, namespace: NS }).attachToUser('alice');
    const guardrail = new TcrDeleteGuardrail(stack, 'NoDeletes', { scope: GuardrailScope.namespace(I, NS) }).attachToUser('alice');
    expect(synthErrors(app)).toBe('');
    const attached = Object.values(synthJson(stack).resource.tencentcloud_cam_user_policy_attachment) as Array<{ user_name: string }>;
    expect(attached.map((a) => a.user_name)).toEqual(['alice', 'alice']);

    const docs = [...admin.renderedDocuments(), ...guardrail.renderedDocuments()];
    const inNamespace = deleteActions().filter((a) => a.resourceTypes.includes('repository'));
    for (const a of inNamespace) {
      for (const r of resourcesOf(a, { instanceId: I, namespace: NS })) {
        expect(simulate(admin.renderedDocuments(), { action: a.name, resource: r }).decision).toBe('allow');
        expect(`${a.name} ${simulate(docs, { action: a.name, resource: r }).decision}`).toBe(`${a.name} explicit-deny`);
      }
    }
    for (const action of ['tcr:PushRepository', 'tcr:PullRepository', 'tcr:CreateRepository']) {
      const [r] = resourcesOf(inNamespace[0], { instanceId: I, namespace: NS });
      expect(simulate(docs, { action, resource: r.replace(/\/\*$/, '/app') }).decision).toBe('allow');
    }
  });

  test('property: NamespaceAdmin plus the namespace or instance guardrail is denied tcr:DeleteImage and any Delete*/BatchDelete* name', () => {
    const { stack } = newApp();
    const admin = new NamespaceAdmin(stack, 'Admin', { instanceId: I, namespace: NS, region: 'ap-guangzhou' });
    const guardrails = [
      new TcrDeleteGuardrail(stack, 'ProdNamespace', { scope: GuardrailScope.namespace(I, NS), region: 'ap-guangzhou' }),
      new TcrDeleteGuardrail(stack, 'ProdInstance', { scope: GuardrailScope.instance(I) }),
    ];
    const inNamespace = (region: string, account: string, path: string) => `qcs::tcr:${region}:${account}:repository/${I}/${NS}${path}`;
    // Without the guardrail the admin's tcr:* reaches the name, or cannot be evaluated (an API outside the CAM page, or a
    // region-scoped grant of an API the page documents without a region): never a deny.
    expect(simulate(admin.renderedDocuments(), { action: 'tcr:PushRepository', resource: inNamespace('ap-guangzhou', '', '/app') }).decision).toBe('allow');
    const alone = simulate(admin.renderedDocuments(), { action: 'tcr:DeleteRepository', resource: inNamespace('ap-guangzhou', '', '/app') });
    expect(alone.decision).toBe('unknown');
    expect(alone.reason).toContain('catalog assumption empty-region');
    expect(simulate(admin.renderedDocuments(), { action: 'tcr:DeleteImage', resource: inNamespace('ap-guangzhou', '', '/app') }).decision).toBe('unknown');
    for (const g of guardrails) {
      const docs = [...admin.renderedDocuments(), ...g.renderedDocuments()];
      expect(simulate(docs, { action: 'tcr:DeleteImage', resource: inNamespace('ap-guangzhou', 'uin/100000000001', '/app') }).decision).toBe('explicit-deny');
      fc.assert(fc.property(
        fc.constantFrom('Delete', 'BatchDelete'),
        fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,24}$/),
        fc.constantFrom('', 'ap-guangzhou', 'ap-shanghai'),
        fc.constantFrom('', 'uin/100000000001'),
        fc.constantFrom('', '/app', '/app/sub', '/app:v1', '/*'),
        (verb, rest, region, account, path) => {
          const action = `tcr:${verb}${rest}`;
          const decision = simulate(docs, { action, resource: inNamespace(region, account, path), ownerUin: '100000000001' }).decision;
          return decision === 'explicit-deny';
        },
      ), { seed: 11, numRuns: 2_000 });
    }
  });

  test('a deny wins over TcrInstanceAccess FULL on the instance', () => {
    const { stack } = newApp();
    const full = new TcrInstanceAccess(stack, 'Full', { access: AccessLevel.FULL, instanceId: I });
    const guardrail = new TcrDeleteGuardrail(stack, 'NoDeletes', { scope: GuardrailScope.instance(I) });
    const docs = [...full.renderedDocuments(), ...guardrail.renderedDocuments()];
    for (const a of deleteActions().filter((x) => x.edition === 'enterprise' && x.granularity === 'resource')) {
      for (const r of resourcesOf(a, { instanceId: I })) {
        expect(simulate(full.renderedDocuments(), { action: a.name, resource: r }).decision).toBe('allow');
        expect(simulate(docs, { action: a.name, resource: r }).decision).toBe('explicit-deny');
      }
    }
    expect(simulate(docs, { action: 'tcr:ModifyInstance', resource: `qcs::tcr:::instance/${I}` }).decision).toBe('allow');
  });

  test('exposes the deletes its scope cannot cover', () => {
    const { stack } = newApp();
    const g = new TcrDeleteGuardrail(stack, 'G', { scope: GuardrailScope.namespace(I, NS) });
    expect(g.notCoveredApis).toEqual(deleteGuardrail({ scope: GuardrailScope.namespace(I, NS) }).notCovered);
    expect(g.notCoveredApis).toContain('tcr:DeleteInstance');
    expect(new TcrDeleteGuardrail(stack, 'All').notCoveredApis).toEqual([]);
  });

  test('the whole-service guardrail synthesizes without an error or warning', () => {
    const { stack } = newApp();
    const g = new TcrDeleteGuardrail(stack, 'All', { region: 'ap-guangzhou' });
    expect(g.lint()).toEqual([]);
    expect(JSON.parse(g.renderedDocuments()[0]).statement.every((s: any) => s.effect === 'deny')).toBe(true);
  });

  test('bad scope names fail synth naming the prop', () => {
    const { app, stack } = newApp();
    new TcrDeleteGuardrail(stack, 'G', { scope: GuardrailScope.namespace(I, 'team/*') });
    expect(synthErrors(app)).toContain('[stack/G] [invalid-name] Invalid scope.namespace: "team/*"');
  });
});
