import * as fc from 'fast-check';
import { CATALOG_ACTIONS, DELETE_PATTERNS, getAction, GuardrailScope, lintPolicy, matchActions, matchUndocumentedActions, PolicyDocument, simulate, undocumentedActions } from '../../lib';
import { deleteActions, deleteGuardrail } from '../../lib/scenarios/delete-guardrail';
import { renderedSeedTemplate } from '../helpers/seed-text';
import { fillTemplate, resourcesOf } from '../simulator/support/requests';

const I = 'tcr-abcd1234';
const NS = 'team-01';
const docsOf = (scope?: GuardrailScope) => [new PolicyDocument({ statements: deleteGuardrail({ scope }).build() }).render()];
const decide = (docs: string[], action: string, resource: string) => simulate(docs, { action, resource }).decision;

describe('deleteActions', () => {
  test('every catalog API named Delete… or BatchDelete…, and nothing else', () => {
    const expected = CATALOG_ACTIONS.filter((a) => a.api.startsWith('Delete') || a.api.startsWith('BatchDelete')).map((a) => a.name);
    expect(deleteActions().map((a) => a.name)).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(['ccr:DeleteRepository', 'ccr:BatchDeleteRepository', 'ccr:DeleteUserNamespace', 'ccr:DeleteTag',
      'tcr:DeleteRepository', 'tcr:DeleteNamespace', 'tcr:DeleteInstance', 'tcr:DeleteImagePersonal', 'tcr:BatchDeleteImagePersonal']));
  });
});

describe('deny by pattern', () => {
  test('the patterns cover every catalog delete and nothing else in the catalog', () => {
    const patterns = [...DELETE_PATTERNS.tcr, ...DELETE_PATTERNS.ccr];
    expect([...new Set(patterns.flatMap((p) => matchActions(p)))].map((a) => a.name).sort()).toEqual(deleteActions().map((a) => a.name).sort());
  });

  test('every statement of every scope names the patterns, never a list of catalog names', () => {
    for (const scope of [GuardrailScope.service(), GuardrailScope.instance(I), GuardrailScope.namespace(I, NS), GuardrailScope.personalNamespace('tools'), GuardrailScope.ccrNamespace('foo')]) {
      for (const s of deleteGuardrail({ scope }).build()) {
        expect(s.actions.every((a) => Object.values(DELETE_PATTERNS).some((list) => list.includes(a)))).toBe(true);
      }
    }
  });

  test('the deletes outside the CAM page are denied: on "*" by the whole-service guardrail, by pattern on a scope', () => {
    const outside = undocumentedActions().filter((u) => /^(Batch)?Delete/.test(u.api));
    expect(outside.map((u) => u.name)).toEqual(expect.arrayContaining(['tcr:DeleteImage', 'tcr:DeleteRepositoryTags', 'tcr:DeleteSignaturePolicy', 'ccr:BatchDeleteTag']));
    const service = docsOf();
    for (const u of outside) {
      for (const resource of ['*', `qcs::tcr:ap-guangzhou:uin/100000000001:repository/${I}/${NS}/app`, 'qcs::ccr:::repo/foo/app']) {
        expect(`${u.name} ${decide(service, u.name, resource)}`).toBe(`${u.name} explicit-deny`);
      }
    }
    expect(deleteGuardrail({}).undocumented).toEqual([]);
    const ns = deleteGuardrail({ scope: GuardrailScope.namespace(I, NS) });
    expect(ns.undocumented).toEqual(matchUndocumentedActions('tcr:Delete*').concat(matchUndocumentedActions('tcr:BatchDelete*')).map((u) => u.name).sort());
    expect(deleteGuardrail({ scope: GuardrailScope.ccrNamespace('foo') }).undocumented).toEqual(['ccr:BatchDeleteTag']);
    const nsDocs = [new PolicyDocument({ statements: ns.build() }).render()];
    expect(decide(nsDocs, 'tcr:DeleteImage', `qcs::tcr:ap-guangzhou:uin/100000000001:repository/${I}/${NS}/app`)).toBe('explicit-deny');
    expect(decide(nsDocs, 'tcr:DeleteImage', `qcs::tcr:ap-guangzhou:uin/100000000001:repository/${I}/team-02/app`)).toBe('implicit-deny');
  });

  test('seed 003\'s guardrail lists names; it stays reproducible with TcrPolicy (golden test), and the CCR patterns cover every name it lists', () => {
    const seed = JSON.parse(renderedSeedTemplate('ccr-deny-repository-deletes'));
    const listed: string[] = seed.statement.flatMap((s: { action: string[] }) => s.action);
    expect(listed.length).toBeGreaterThan(0);
    for (const name of listed) expect(DELETE_PATTERNS.ccr.some((p) => matchActions(p).some((a) => a.name === name))).toBe(true);
  });

  test('property: every scope denies any Delete*/BatchDelete* name, present or future, on any resource inside it, in any region', () => {
    const inside: Array<[GuardrailScope, 'tcr' | 'ccr', (region: string, tail: string) => string]> = [
      [GuardrailScope.service(), 'tcr', (r, t) => `qcs::tcr:${r}:uin/100000000001:repository/tcr-any/ns/${t}`],
      [GuardrailScope.service(), 'ccr', (_r, t) => `qcs::ccr:::repo/any/${t}`],
      [GuardrailScope.instance(I), 'tcr', (r, t) => `qcs::tcr:${r}:uin/100000000001:repository/${I}/any-ns/${t}`],
      [GuardrailScope.namespace(I, NS), 'tcr', (r, t) => `qcs::tcr:${r}::repository/${I}/${NS}/${t}`],
      [GuardrailScope.personalNamespace('tools'), 'tcr', (r, t) => `qcs::tcr:${r}::repo/tools/${t}`],
      [GuardrailScope.ccrNamespace('foo'), 'ccr', (_r, t) => `qcs::ccr:::repo/foo/${t}`],
    ];
    for (const [scope, service, resource] of inside) {
      const docs = [new PolicyDocument({ statements: deleteGuardrail({ scope, region: 'ap-guangzhou' }).build() }).render()];
      fc.assert(fc.property(
        fc.constantFrom('Delete', 'BatchDelete'), fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,20}$/), fc.constantFrom('', 'ap-guangzhou', 'ap-shanghai'),
        fc.constantFrom('app', 'app/sub', 'app:v1'),
        (verb, rest, region, tail) => decide(docs, `${service}:${verb}${rest}`, resource(region, tail)) === 'explicit-deny',
      ), { seed: 3, numRuns: 500 });
    }
  });

  test('a regional guardrail denies in every region: DeleteRepository is documented with an empty region (assumption empty-region)', () => {
    expect(getAction('tcr:DeleteRepository')?.assumptions).toContain('empty-region');
    const docs = [new PolicyDocument({ statements: deleteGuardrail({ scope: GuardrailScope.namespace(I, NS), region: 'ap-guangzhou' }).build() }).render()];
    for (const region of ['', 'ap-guangzhou', 'ap-shanghai']) {
      expect(decide(docs, 'tcr:DeleteRepository', `qcs::tcr:${region}:uin/100000000001:repository/${I}/${NS}/app`)).toBe('explicit-deny');
    }
    expect(JSON.parse(docs[0]).statement[0].resource).toEqual([`qcs::tcr:::repository/${I}/${NS}`, `qcs::tcr:::repository/${I}/${NS}/*`]);
  });
});

describe('deleteGuardrail', () => {
  test('whole service: every delete API is explicitly denied on every resource it is called on', () => {
    const docs = docsOf();
    for (const a of deleteActions()) {
      for (const r of resourcesOf(a)) expect(`${a.name} ${decide(docs, a.name, r)}`).toBe(`${a.name} explicit-deny`);
    }
    expect(deleteGuardrail({}).notCovered).toEqual([]);
  });

  test('whole service denies everything seed 003\'s "prohibit deleting any image repository" denies', () => {
    const seed = renderedSeedTemplate('ccr-deny-repository-deletes');
    const docs = docsOf();
    for (const action of ['ccr:DeleteRepository', 'ccr:BatchDeleteRepository']) {
      for (const resource of ['qcs::ccr:::repo/foo/app', 'qcs::ccr:ap-guangzhou::repo/bar/x']) {
        expect(decide([seed], action, resource)).toBe('explicit-deny');
        expect(decide(docs, action, resource)).toBe('explicit-deny');
      }
    }
  });

  test('the guardrail denies no API that does not delete', () => {
    const docs = docsOf();
    const others = CATALOG_ACTIONS.filter((a) => !deleteActions().includes(a));
    for (const a of others) for (const r of resourcesOf(a)) expect(decide(docs, a.name, r)).toBe('implicit-deny');
  });

  test('one instance: its deletes are denied, another instance\'s are not; operation-level ones are reported as not covered', () => {
    const docs = docsOf(GuardrailScope.instance(I));
    const enterprise = deleteActions().filter((a) => a.edition === 'enterprise' && a.granularity === 'resource');
    for (const a of enterprise) {
      for (const r of resourcesOf(a, { instanceId: I })) expect(decide(docs, a.name, r)).toBe('explicit-deny');
      for (const r of resourcesOf(a, { instanceId: 'tcr-other99' })) expect(decide(docs, a.name, r)).toBe('implicit-deny');
    }
    expect(deleteGuardrail({ scope: GuardrailScope.instance(I) }).notCovered).toEqual(
      deleteActions().filter((a) => a.edition === 'enterprise' && a.granularity === 'operation').map((a) => a.name));
  });

  test('one namespace: deletes inside it are denied, a sibling namespace is not; instance deletes are not covered', () => {
    const scenario = deleteGuardrail({ scope: GuardrailScope.namespace(I, NS) });
    const docs = [new PolicyDocument({ statements: scenario.build() }).render()];
    const inNamespace = deleteActions().filter((a) => a.resourceTypes.includes('repository'));
    expect(inNamespace.map((a) => a.name)).toContain('tcr:DeleteNamespace');
    for (const a of inNamespace) {
      for (const r of resourcesOf(a, { instanceId: I, namespace: NS })) expect(decide(docs, a.name, r)).toBe('explicit-deny');
      for (const r of resourcesOf(a, { instanceId: I, namespace: 'team-02' })) expect(decide(docs, a.name, r)).toBe('implicit-deny');
    }
    expect(scenario.notCovered).toContain('tcr:DeleteInstance');
    expect(scenario.notCovered).not.toContain('tcr:DeleteRepository');
  });

  test('one Personal or CCR namespace', () => {
    const personal = docsOf(GuardrailScope.personalNamespace('tools'));
    expect(decide(personal, 'tcr:DeleteRepositoryPersonal', fillTemplate('qcs::tcr:${region}:${account}:repo/${namespace}/${repository}', { namespace: 'tools' }))).toBe('explicit-deny');
    expect(decide(personal, 'tcr:DeleteRepositoryPersonal', fillTemplate('qcs::tcr:${region}:${account}:repo/${namespace}/${repository}', { namespace: 'tools2' }))).toBe('implicit-deny');
    const ccr = docsOf(GuardrailScope.ccrNamespace('foo'));
    expect(decide(ccr, 'ccr:DeleteTag', 'qcs::ccr:::repo/foo/app:v1')).toBe('explicit-deny');
    expect(decide(ccr, 'ccr:DeleteUserNamespace', 'qcs::ccr:::repo/foo')).toBe('explicit-deny');
    expect(decide(ccr, 'ccr:DeleteRepository', 'qcs::ccr:::repo/bar/app')).toBe('implicit-deny');
  });

  test.each([
    ['service', GuardrailScope.service()],
    ['instance', GuardrailScope.instance(I)],
    ['namespace', GuardrailScope.namespace(I, NS)],
    ['personal namespace', GuardrailScope.personalNamespace('tools')],
    ['ccr namespace', GuardrailScope.ccrNamespace('foo')],
  ])('%s: the document lints with no finding', (_case, scope) => {
    expect(lintPolicy(docsOf(scope)[0])).toEqual([]);
  });

  test('the scope names are checked with the naming rules', () => {
    expect(deleteGuardrail({ scope: GuardrailScope.namespace('tcr-*', 'a/b') }).specs.slice(0, 2)).toEqual([
      ['scope.instanceId', 'instanceId', 'tcr-*'], ['scope.namespace', 'namespace', 'a/b'],
    ]);
  });
});
