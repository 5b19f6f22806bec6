// Decisions for the seed templates (test/fixtures/seed-templates.ts), each request built from the catalog's
// resource template of the action, so the resource is what CAM would evaluate for that API.
import { getAction } from '../../lib/catalog';
import { Decision, simulate } from '../../lib/simulator';
import { SEED_TEMPLATES, seedTemplate } from '../fixtures/seed-templates';
import { fillTemplate, TemplateValues } from './support/requests';

const SEED_INSTANCE = 'tcr-xxxxxxxx';
/** The first resource the catalog documents for the action, filled with the seed names. */
const on = (action: string, values: TemplateValues = {}) => {
  const resource = getAction(action)!.resources[0];
  return resource === '*' ? '*' : fillTemplate(resource, { instanceId: SEED_INSTANCE, namespace: 'team-01', repository: 'repo-demo', ...values });
};

type Row = [action: string, values: TemplateValues, decision: Decision];
const ROWS: Record<string, Row[]> = {
  'personal-full': [
    ['tcr:PushRepositoryPersonal', {}, 'allow'],
    ['tcr:DeleteNamespacePersonal', { namespace: 'any-ns' }, 'allow'],
    ['tcr:PushRepository', {}, 'implicit-deny'],
    ['tcr:CreateUserPersonal', {}, 'implicit-deny'],
  ],
  'personal-read-only': [
    ['tcr:PullRepositoryPersonal', {}, 'allow'],
    ['tcr:DescribeImagePersonal', {}, 'allow'],
    ['tcr:PushRepositoryPersonal', {}, 'implicit-deny'],
    ['tcr:DescribeRepositoryPersonal', {}, 'implicit-deny'],
  ],
  'personal-namespace-admin': [
    ['tcr:DeleteRepositoryPersonal', {}, 'allow'],
    ['tcr:DeleteNamespacePersonal', {}, 'allow'],
    ['tcr:DeleteRepositoryPersonal', { namespace: 'team-02' }, 'implicit-deny'],
    ['tcr:DeleteNamespacePersonal', { namespace: 'team-010' }, 'implicit-deny'],
  ],
  'personal-repo-read-only': [
    ['tcr:PullRepositoryPersonal', {}, 'allow'],
    ['tcr:PushRepositoryPersonal', {}, 'implicit-deny'],
    ['tcr:PullRepositoryPersonal', { repository: 'other' }, 'implicit-deny'],
    ['tcr:DeleteNamespacePersonal', {}, 'implicit-deny'],
  ],
  // The directions template names `repo-demo/*` only: the repository itself (PullRepository's documented
  // resource) is not covered, so pulling is denied; the instance describes are granted.
  'enterprise-directions': [
    ['tcr:PullRepository', {}, 'implicit-deny'],
    ['tcr:DescribeInstanceStatus', {}, 'allow'],
    ['tcr:DescribeInstances', {}, 'implicit-deny'],
  ],
  'preset-tcr-full': [
    ['tcr:DeleteInstance', {}, 'allow'],
    ['tcr:DescribeInstances', {}, 'allow'],
    ['tcr:PushRepositoryPersonal', {}, 'allow'],
    ['ccr:push', {}, 'implicit-deny'],
  ],
  'preset-tcr-read-only': [
    ['tcr:DescribeInstances', {}, 'allow'],
    ['tcr:PullRepository', {}, 'allow'],
    ['tcr:PullRepositoryPersonal', {}, 'allow'],
    ['tcr:PushRepository', {}, 'implicit-deny'],
    ['tcr:DeleteReplicationRule', {}, 'implicit-deny'],
  ],
  'enterprise-full': [
    ['tcr:PushRepository', { instanceId: 'tcr-any' }, 'allow'],
    ['tcr:DeleteInstance', { instanceId: 'tcr-any' }, 'allow'],
    ['tcr:DescribeInstances', {}, 'implicit-deny'],
    ['tcr:PushRepositoryPersonal', {}, 'implicit-deny'],
  ],
  'enterprise-read-only': [
    ['tcr:PullRepository', { instanceId: 'tcr-any' }, 'allow'],
    ['tcr:DescribeNamespaces', {}, 'allow'],
    ['tcr:PushRepository', {}, 'implicit-deny'],
    ['tcr:PullRepositoryPersonal', {}, 'implicit-deny'],
  ],
  'instance-admin': [
    ['tcr:DeleteRepository', {}, 'allow'],
    ['tcr:DeleteInstance', {}, 'allow'],
    ['tcr:DeleteRepository', { instanceId: 'tcr-yyyyyyyy' }, 'implicit-deny'],
    ['tcr:DeleteInstance', { instanceId: 'tcr-yyyyyyyy' }, 'implicit-deny'],
  ],
  'namespace-admin': [
    ['tcr:PushRepository', {}, 'allow'],
    ['tcr:DeleteNamespace', {}, 'allow'],
    ['tcr:DescribeInstanceStatus', {}, 'allow'],
    ['tcr:PushRepository', { namespace: 'team-02' }, 'implicit-deny'],
    ['tcr:DeleteInstance', {}, 'implicit-deny'],
    ['tcr:CreateNamespace', {}, 'implicit-deny'],
  ],
  'repo-read-only': [
    ['tcr:PullRepository', {}, 'allow'],
    ['tcr:DescribeImages', {}, 'allow'],
    ['tcr:PushRepository', {}, 'implicit-deny'],
    ['tcr:DeleteRepository', {}, 'implicit-deny'],
    ['tcr:PullRepository', { repository: 'other' }, 'implicit-deny'],
    ['tcr:PullRepository', { namespace: 'team-02' }, 'implicit-deny'],
  ],
  'ccr-create-repository': [
    ['ccr:CreateRepository', { namespace: 'foo', repository: 'bar' }, 'allow'],
    ['ccr:DeleteRepository', { namespace: 'foo', repository: 'bar' }, 'implicit-deny'],
  ],
  'ccr-delete-in-namespaces': [
    ['ccr:DeleteRepository', { namespace: 'foo', repository: 'x' }, 'allow'],
    ['ccr:BatchDeleteRepository', { namespace: 'bar', repository: 'x' }, 'allow'],
    ['ccr:DeleteRepository', { namespace: 'baz', repository: 'x' }, 'implicit-deny'],
    ['ccr:push', { namespace: 'foo', repository: 'x' }, 'implicit-deny'],
  ],
  'ccr-manage-namespace-foo': [
    ['ccr:push', { namespace: 'foo', repository: 'app' }, 'allow'],
    ['ccr:CreateRepository', { namespace: 'foo', repository: 'app' }, 'allow'],
    ['ccr:push', { namespace: 'bar', repository: 'app' }, 'implicit-deny'],
    ['ccr:pull', { namespace: 'foo', repository: 'app' }, 'implicit-deny'],
  ],
  'ccr-deny-repository-deletes': [
    ['ccr:DeleteRepository', { namespace: 'foo', repository: 'x' }, 'explicit-deny'],
    ['ccr:BatchDeleteRepository', { namespace: 'bar', repository: 'y' }, 'explicit-deny'],
    ['ccr:push', { namespace: 'foo', repository: 'x' }, 'implicit-deny'],
  ],
};

describe('decisions for the seed templates', () => {
  test('every template has rows', () => {
    expect(Object.keys(ROWS).sort()).toEqual(SEED_TEMPLATES.map((t) => t.id).sort());
  });

  const cases = Object.entries(ROWS)
    .flatMap(([id, rows]) => rows.map(([action, values, decision]) => [id, action, JSON.stringify(values), decision, values] as const));
  test.each(cases)('%s: %s %s → %s', (id, action, _values, decision, values) => {
    expect(simulate([seedTemplate(id)], { action, resource: on(action, values) }).decision).toBe(decision);
  });

  test('the deny template wins over the namespace-manager template attached to the same user', () => {
    const docs = [seedTemplate('ccr-manage-namespace-foo'), seedTemplate('ccr-deny-repository-deletes')];
    const values = { namespace: 'foo', repository: 'app' };
    const denied = simulate(docs, { action: 'ccr:DeleteRepository', resource: on('ccr:DeleteRepository', values) });
    expect(denied.decision).toBe('explicit-deny');
    expect(denied.matched.map((m) => `${m.documentIndex}:${m.effect}`)).toEqual(['0:allow', '1:deny']);
    expect(simulate(docs, { action: 'ccr:push', resource: on('ccr:push', values) }).decision).toBe('allow');
  });
});
