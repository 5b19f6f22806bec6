/**
 * Where a catalog assumption affects a decision, the simulator and explain take the cautious side and name the
 * assumption: APIs outside the CAM page (no allow of them can be evaluated; denied only if denied both as a
 * resource-level and as an operation-level API) and the 14 rows documented with an empty region (a policy resource
 * that names a region is not relied on).
 */
import * as fc from 'fast-check';
import { compilePolicies, explain, formatExplanation, getAction, listActions, simulate, undocumentedActions } from '../../lib';

const doc = (...statement: object[]) => JSON.stringify({ version: '2.0', statement });
const OWNER = '100000000001';
const NS = 'qcs::tcr:ap-guangzhou::repository/tcr-a/ns';
const scopedAllow = doc({ effect: 'allow', action: ['tcr:*'], resource: [NS, `${NS}/*`] });
const starAllow = doc({ effect: 'allow', action: ['tcr:*'], resource: ['*'] });
const scopedDeny = doc({ effect: 'deny', action: ['tcr:Delete*', 'tcr:BatchDelete*'], resource: ['qcs::tcr:::repository/tcr-a/ns', 'qcs::tcr:::repository/tcr-a/ns/*'] });
const starDeny = doc({ effect: 'deny', action: ['tcr:Delete*'], resource: ['*'] });
const request = (action: string) => ({ action, resource: `qcs::tcr:ap-guangzhou:uin/${OWNER}:repository/tcr-a/ns/app`, ownerUin: OWNER });

describe('APIs outside the CAM page (tcr:DeleteImage)', () => {
  test.each([
    ['a scoped allow alone: not evaluable', [scopedAllow], 'unknown'],
    ['a scoped allow and a scoped deny: denied as a resource-level API, not granted as an operation-level one', [scopedAllow, scopedDeny], 'explicit-deny'],
    ['an allow on "*" and a scoped deny: an operation-level API would escape the deny', [starAllow, scopedDeny], 'unknown'],
    ['an allow on "*" and a deny on "*": denied either way', [starAllow, starDeny], 'explicit-deny'],
    ['an allow on "*" alone: not evaluable', [starAllow], 'unknown'],
    ['a deny alone', [scopedDeny], 'explicit-deny'],
    ['nothing', [doc({ effect: 'allow', action: ['tcr:PullRepository'], resource: ['*'] })], 'implicit-deny'],
  ])('%s', (_case, docs, decision) => {
    const result = simulate(docs, request('tcr:DeleteImage'));
    expect(result.decision).toBe(decision);
    expect(compilePolicies(docs).decide(request('tcr:DeleteImage'))).toBe(decision);
    if (decision !== 'implicit-deny') expect(result.reason).toContain('tcr:DeleteImage is not on the CAM page');
  });

  test('the unevaluable allow is listed with why', () => {
    expect(simulate([scopedAllow], request('tcr:DeleteImage')).failClosed).toEqual([
      { documentIndex: 0, statementIndex: 0, effect: 'allow', why: 'tcr:DeleteImage is not on the CAM page, so no allow of it can be evaluated' },
    ]);
  });

  test('property: for every API outside the CAM page, decide agrees with simulate and no allow is ever the decision', () => {
    const statementArb = fc.record({
      effect: fc.constantFrom('allow', 'deny'),
      action: fc.constantFrom(['tcr:*'], ['ccr:*'], ['tcr:Delete*'], ['*'], ['tcr:DeleteImage'], ['tcr:Describe*']),
      resource: fc.constantFrom(['*'], [NS, `${NS}/*`], ['qcs::tcr:::instance/tcr-a'], ['qcs::ccr:::repo/foo/*']),
    });
    const actionArb = fc.constantFrom(...undocumentedActions().map((u) => u.name));
    fc.assert(fc.property(fc.array(statementArb, { minLength: 1, maxLength: 4 }), actionArb, (statements, action) => {
      const docs = [doc(...statements)];
      const req = { action, resource: action.startsWith('ccr:') ? 'qcs::ccr:::repo/foo/app' : request(action).resource, ownerUin: OWNER };
      const result = simulate(docs, req);
      return result.decision !== 'allow' && compilePolicies(docs).decide(req) === result.decision;
    }), { seed: 7, numRuns: 500 });
  });

  test('explain names them: an exact name, and a wildcard that also covers them', () => {
    const e = explain(doc({ effect: 'allow', action: ['tcr:DeleteImage'], resource: ['*'] }));
    expect(e.notes).toEqual([expect.objectContaining({ kind: 'undocumented-action', actions: ['tcr:DeleteImage'] })]);
    expect(e.notes[0].message).toContain('whether the allow grants them cannot be evaluated');
    const d = explain(scopedDeny);
    expect(d.notes.find((n) => n.kind === 'undocumented-action')?.actions).toEqual(expect.arrayContaining(['tcr:DeleteImage', 'tcr:DeleteRepositoryTags']));
  });
});

describe('catalog assumption empty-region', () => {
  const emptyRegion = listActions().filter((a) => a.assumptions.includes('empty-region'));
  const filled = (template: string, region: string) => template
    .replace('${region}', region).replace('${account}', `uin/${OWNER}`).replace('${instanceId}', 'tcr-a').replace('${namespace}', 'ns')
    .replace('${repository}', 'app');

  test('the rows exist (the assumption is not vacuous)', () => {
    expect(emptyRegion.map((a) => a.name)).toEqual(expect.arrayContaining(['tcr:DeleteRepository', 'tcr:ModifyRepository', 'tcr:ManageReplication']));
  });

  test.each(emptyRegion.map((a) => [a.name, a] as const))('%s: a region-named allow is not relied on, an empty region is', (name, action) => {
    const template = action.resources[0];
    const regional = doc({ effect: 'allow', action: [name], resource: [filled(template, 'ap-guangzhou')] });
    const anyRegion = doc({ effect: 'allow', action: [name], resource: [filled(template, '')] });
    const req = { action: name, resource: filled(template, 'ap-guangzhou'), ownerUin: OWNER };
    const r = simulate([regional], req);
    expect(r.decision).toBe('unknown');
    expect(r.reason).toContain('catalog assumption empty-region');
    expect(simulate([anyRegion], req).decision).toBe('allow');
    // A region-named deny is never ignored, but it does not settle an allow either.
    const regionalDeny = doc({ effect: 'deny', action: [name], resource: [filled(template, 'ap-guangzhou')] });
    expect(simulate([regionalDeny], req).decision).toBe('explicit-deny');
    expect(simulate([anyRegion, regionalDeny], req).decision).toBe('unknown');
    expect(compilePolicies([anyRegion, regionalDeny]).decide(req)).toBe('unknown');
  });

  test('an API the page documents with a region is unaffected', () => {
    const a = getAction('tcr:PushRepository')!;
    expect(a.assumptions).not.toContain('empty-region');
    const req = { action: a.name, resource: filled(a.resources[0], 'ap-guangzhou'), ownerUin: OWNER };
    expect(simulate([doc({ effect: 'allow', action: [a.name], resource: [filled(a.resources[0], 'ap-guangzhou')] })], req).decision).toBe('allow');
  });

  test('explain marks the grant unknown, naming the assumption; source-instance grants say what they assume', () => {
    const e = explain(doc({ effect: 'allow', action: ['tcr:ModifyRepository', 'tcr:ManageReplication'], resource: [`${NS}/*`, 'qcs::tcr:ap-guangzhou::instance/tcr-a'] }));
    const modify = e.actions.find((a) => a.action === 'tcr:ModifyRepository')!;
    expect(modify.assumptions).toEqual(['empty-region']);
    expect(modify.grants[0].unknown).toEqual([expect.stringContaining('(catalog assumption empty-region)')]);
    const replication = e.actions.find((a) => a.action === 'tcr:ManageReplication')!;
    expect(replication.grants[0].assumptions).toEqual([expect.stringMatching(/^source-instance: /)]);
    expect(formatExplanation(e)).toContain('[ASSUMES: source-instance:');
  });
});
