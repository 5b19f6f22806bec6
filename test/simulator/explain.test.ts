import { CATALOG_ACTIONS, listActions, undocumentedActions } from '../../lib/catalog';
import { explain, formatExplanation, PolicyDocumentError } from '../../lib/simulator';
import { seedTemplate } from '../fixtures/seed-templates';

const doc = (...statement: object[]) => JSON.stringify({ version: '2.0', statement });

describe('explain', () => {
  test('seed 001 repository read-only: names the operation-level Describe…Personal APIs tcr:Describe* does not grant', () => {
    const e = explain(seedTemplate('personal-repo-read-only'));
    const note = e.notes.find((n) => n.kind === 'operation-level-not-granted')!;
    const expected = listActions({ granularity: 'operation' }).filter((a) => a.name.startsWith('tcr:Describe')).map((a) => a.name);
    expect(note).toMatchObject({ statementIndex: 0, effect: 'allow', subject: 'tcr:Describe*', actions: expected });
    expect(note.actions).toEqual(expect.arrayContaining(['tcr:DescribeRepositoryPersonal', 'tcr:DescribeNamespacePersonal', 'tcr:DescribeUserPersonal']));
    expect(formatExplanation(e)).toMatch(/"tcr:Describe\*" covers \d+ operation-level APIs that stay denied because the statement's resources do not include "\*": .*tcr:DescribeRepositoryPersonal/);
    // What the template does grant: the Personal APIs documented on repo/ resources.
    expect(e.actions.map((a) => a.action)).toEqual(['tcr:DescribeImagePersonal', 'tcr:PullRepositoryPersonal']);
    expect(e.actions[1]).toEqual({
      action: 'tcr:PullRepositoryPersonal',
      table: 'write',
      granularity: 'resource',
      edition: 'personal',
      assumptions: ['empty-uin'],
      grants: [{
        effect: 'allow',
        statementIndex: 0,
        actionPattern: 'tcr:PullRepositoryPersonal',
        resources: ['qcs::tcr:::repo/team-01', 'qcs::tcr:::repo/team-01/repo-demo', 'qcs::tcr:::repo/team-01/repo-demo/*'],
        conditions: [],
      }],
    });
  });

  test('an action whose resource type matches none of the resources is noted, not granted', () => {
    const e = explain(doc({ effect: 'allow', action: ['tcr:PullRepositoryPersonal'], resource: ['qcs::tcr:::repository/tcr-x/team-01/*'] }));
    expect(e.actions).toEqual([]);
    expect(e.notes).toEqual([expect.objectContaining({ kind: 'resource-type-mismatch', subject: 'tcr:PullRepositoryPersonal', actions: ['tcr:PullRepositoryPersonal'] })]);
  });

  test('preset full access covers every TCR action, operation-level ones included', () => {
    const e = explain(seedTemplate('preset-tcr-full'));
    expect(e.actions.map((a) => a.action)).toEqual(CATALOG_ACTIONS.filter((a) => a.service === 'tcr').map((a) => a.name));
    expect(e.actions.find((a) => a.action === 'tcr:DescribeInstances')!.grants[0].resources).toEqual(['*']);
    // The only note: tcr:* also names the APIs outside the CAM page, whose grant cannot be evaluated.
    expect(e.notes).toEqual([expect.objectContaining({
      kind: 'undocumented-action', subject: 'tcr:*', actions: undocumentedActions().filter((u) => u.service === 'tcr').map((u) => u.name),
    })]);
  });

  test('denies are listed with their resources', () => {
    const e = explain(seedTemplate('ccr-deny-repository-deletes'));
    expect(e.actions.map((a) => [a.action, a.grants.map((g) => g.effect)])).toEqual([['ccr:BatchDeleteRepository', ['deny']], ['ccr:DeleteRepository', ['deny']]]);
    expect(formatExplanation(e)).toContain('Denied:\n  ccr:BatchDeleteRepository [write] on qcs::ccr:::repo/* (statement 0, "ccr:BatchDeleteRepository")');
  });

  test('conditions: kept on the grant when evaluable, noted when they cannot hold or be evaluated', () => {
    // The instance token APIs honour qcs:ip ("IP Restriction: Supported"); pull does not.
    const e = explain(doc(
      { effect: 'allow', action: ['tcr:CreateInstanceToken'], resource: ['*'], condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } } },
      { effect: 'allow', action: ['tcr:DeleteInstanceToken'], resource: ['*'], condition: { ip_equal: { 'qcs:ip': ['not-an-ip'] } } },
      { effect: 'allow', action: ['tcr:DeleteRepository'], resource: ['*'], condition: { ip_equal: { 'qcs:ip': [] } } },
      { effect: 'allow', action: ['tcr:CreateRepository'], resource: ['*'], condition: { string_like: { 'qcs:resource_tag': 'a&*' } } },
      { effect: 'deny', action: ['tcr:DeleteNamespace'], resource: ['*'], condition: { string_like: { 'qcs:resource_tag': 'a&*' } } },
      { effect: 'allow', action: ['tcr:PullRepository'], resource: ['*'], condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } } },
    ));
    expect(e.actions.map((a) => a.action)).toEqual(['tcr:CreateInstanceToken', 'tcr:CreateRepository', 'tcr:DeleteInstanceToken', 'tcr:DeleteNamespace', 'tcr:PullRepository']);
    const grant = (action: string) => e.actions.find((a) => a.action === action)!.grants[0];
    expect(grant('tcr:CreateInstanceToken').conditions).toEqual([{ operator: 'ip_equal', key: 'qcs:ip', values: ['10.0.0.0/8'] }]);
    expect(grant('tcr:CreateInstanceToken').unknown).toBeUndefined();
    // What cannot be evaluated is listed with an unknown outcome, never dropped as "not granted".
    expect(grant('tcr:DeleteInstanceToken').unknown).toEqual([expect.stringMatching(/^condition ip_equal qcs:ip \["not-an-ip"\] cannot be evaluated/)]);
    expect(grant('tcr:CreateRepository').unknown).toEqual([expect.stringMatching(/string_like/)]);
    expect(grant('tcr:PullRepository').unknown).toEqual(['condition ip_equal qcs:ip ["10.0.0.0/8"]: the CAM page does not list tcr:PullRepository as supporting IP restriction']);
    expect(e.notes.map((n) => [n.statementIndex, n.kind, n.ruleId])).toEqual([
      [1, 'condition-value-malformed', 'invalid-condition'], [1, 'condition-not-evaluable', undefined],
      [2, 'condition-cannot-hold', undefined],
      [3, 'condition-not-evaluable', undefined],
      [4, 'condition-not-evaluable', undefined],
      [5, 'ip-condition-unsupported', 'ip-condition-unsupported'],
    ]);
    expect(e.notes[4].message).toMatch(/the deny may apply and is never ignored \(fail-closed\)/);
    expect(e.notes[5].actions).toEqual(['tcr:PullRepository']);
    expect(formatExplanation(e)).toContain('if ip_equal qcs:ip ["10.0.0.0/8"]');
    expect(formatExplanation(e)).toMatch(/tcr:CreateRepository .* \[UNKNOWN: condition string_like/);
  });

  test('unknown, miscased and feature-set actions and unevaluable resources are noted', () => {
    const e = explain(doc(
      { effect: 'allow', action: ['tcr:pullRepository', 'tcr:Nothing*', 'permid/1'], resource: ['*'] },
      { effect: 'allow', action: ['tcr:PushRepository'], resource: ['qcs::tcr:::repository/${TfToken[TOKEN.1]}/*'] },
    ));
    expect(e.actions.map((a) => [a.action, a.grants.map((g) => g.unknown)])).toEqual([
      ['tcr:PullRepository', [[expect.stringMatching(/only when case is ignored/)]]],
      ['tcr:PushRepository', [[expect.stringMatching(/policy variable or unresolved token/)]]],
    ]);
    expect(e.notes.map((n) => n.kind)).toEqual(['unknown-action', 'unknown-action', 'action-not-evaluable', 'resource-not-evaluable']);
    expect(e.notes[0].message).toMatch(/did you mean "tcr:PullRepository"\?\); it matches tcr:PullRepository only when case is ignored/);
  });

  test('a malformed document throws', () => {
    expect(() => explain('{"version":"2.0"}')).toThrow(PolicyDocumentError);
  });

  test('the text form lists allowed, denied and notes', () => {
    expect(formatExplanation(explain(seedTemplate('repo-read-only')))).toMatch(/^1 statement; \d+ catalog actions allowed or denied\.\n\nAllowed:\n  tcr:Describe/);
  });
});
