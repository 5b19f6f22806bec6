import {
  compilePolicies,
  Effect,
  IpUnsupportedApis,
  MAX_DOCUMENT_LENGTH,
  PolicyDocument,
  PolicyStatement,
  RepoReadOnly,
  ResourceName,
  TcrPolicy,
} from '../../lib';
import { cleanTestingOutdirs, newApp, synthErrors, synthJson } from '../helpers/synth';

afterAll(cleanTestingOutdirs);

const I = 'tcr-abcd1234';
const NS = 'team-01';
const REPOS = Array.from({ length: 500 }, (_, i) => `service-${String(i).padStart(3, '0')}`);
const full = (path: string) => `qcs::tcr:ap-guangzhou:uin/100000000001:repository/${I}/${NS}/${path}`;

describe('a 500-repository RepoReadOnly', () => {
  const { app, stack } = newApp();
  const policy = new RepoReadOnly(stack, 'Pull', { instanceId: I, namespace: NS, repositories: REPOS }).attachToGroup('12345').attachToRoleByName('ci');
  const docs = policy.renderedDocuments();

  test('splits into several documents, each under 6,144 characters, with no lint error', () => {
    expect(docs.length).toBeGreaterThan(1);
    for (const d of docs) expect(d.length).toBeLessThanOrEqual(MAX_DOCUMENT_LENGTH);
    // Only the seed shape's documented warnings: tcr:Describe* on specific resources, once per part, and each
    // repository's `<name>/*` entry reaching the multi-level repositories below it.
    const findings = policy.lint();
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.ruleId !== 'nested-repository-reach').map((f) => f.ruleId)).toEqual(docs.map(() => 'operation-level-via-wildcard'));
    expect(findings.filter((f) => f.ruleId === 'nested-repository-reach')).toHaveLength(500);
    expect(synthErrors(app)).toBe('');
  });

  test('packs the documents: each but the last is within one entry of the limit', () => {
    const entry = Math.max(...REPOS.map((r) => JSON.stringify(ResourceName.tcrRepository([I, NS, r, '*'])).length + 1));
    docs.slice(0, -1).forEach((d) => expect(MAX_DOCUMENT_LENGTH - d.length).toBeLessThan(entry));
  });

  test('the union of the parts allows pull of every repository and denies every sibling, like the one document', () => {
    const parts = compilePolicies(docs);
    const whole = compilePolicies([policy.document.render()]);
    expect(policy.document.render().length).toBeGreaterThan(MAX_DOCUMENT_LENGTH);
    for (const repo of REPOS) {
      for (const [resource, expected] of [[full(repo), 'allow'], [full(`${repo}x`), 'implicit-deny'], [full(`${repo}/v1`), 'allow']] as const) {
        const request = { action: 'tcr:PullRepository', resource };
        expect(`${repo} ${parts.decide(request)}`).toBe(`${repo} ${expected}`);
        expect(whole.decide(request)).toBe(expected);
      }
      expect(parts.decide({ action: 'tcr:PushRepository', resource: full(repo) })).toBe('implicit-deny');
    }
  });

  test('synthesizes one policy per part, named <name>-1, <name>-2, …, each attached to every principal', () => {
    const r = synthJson(stack).resource;
    const policies = Object.values(r.tencentcloud_cam_policy) as Array<{ name: string; document: string }>;
    expect(policies.map((p) => p.name).sort()).toEqual(docs.map((_, i) => `stack-Pull-${i + 1}`).sort());
    expect(policy.policyNames).toEqual(docs.map((_, i) => `stack-Pull-${i + 1}`));
    expect(policy.policies).toHaveLength(docs.length);
    expect(policy.policy).toBe(policy.policies[0]);
    expect(Object.keys(r.tencentcloud_cam_group_policy_attachment)).toHaveLength(docs.length);
    expect(Object.keys(r.tencentcloud_cam_role_policy_attachment_by_name)).toHaveLength(docs.length);
    const synthesized = new Set(policies.map((p) => p.document));
    for (const d of docs) expect(synthesized.has(d)).toBe(true);
  });

  test('is deterministic', () => {
    const other = new RepoReadOnly(newApp().stack, 'Pull', { instanceId: I, namespace: NS, repositories: REPOS });
    expect(other.renderedDocuments()).toEqual(docs);
  });
});

describe('splitting constructs', () => {
  test('a document that fits keeps its name and one policy', () => {
    const { stack } = newApp();
    const p = new RepoReadOnly(stack, 'Small', { instanceId: I, namespace: NS, repository: 'app' });
    expect(p.policyNames).toEqual(['stack-Small']);
    expect(p.policies).toHaveLength(1);
  });

  test('statements added after attaching grow the parts and attach the new ones too', () => {
    const { app, stack } = newApp();
    const p = new TcrPolicy(stack, 'Custom', { statements: [new PolicyStatement({ actions: ['tcr:PullRepository'], resources: [ResourceName.tcrRepository([I, NS, 'app'])] })] });
    p.attachToUser('alice');
    expect(p.policies).toHaveLength(1);
    p.addStatements(new PolicyStatement({ actions: ['tcr:PullRepository'], resources: REPOS.map((r) => ResourceName.tcrRepository([I, NS, r])) }));
    expect(p.policies.length).toBeGreaterThan(1);
    expect(synthErrors(app)).toBe('');
    const r = synthJson(stack).resource;
    expect(Object.keys(r.tencentcloud_cam_user_policy_attachment)).toHaveLength(p.policies.length);
  });

  test('statements added to the document directly are split at synth', () => {
    const { stack } = newApp();
    const p = new TcrPolicy(stack, 'Direct', { statements: [] });
    p.document.addStatements(new PolicyStatement({ actions: ['tcr:PullRepository'], resources: REPOS.map((r) => ResourceName.tcrRepository([I, NS, r])) }));
    const r = synthJson(stack).resource;
    expect(Object.keys(r.tencentcloud_cam_policy)).toHaveLength(p.renderedDocuments().length);
    expect(p.renderedDocuments().length).toBeGreaterThan(1);
  });

  test('a user-given oversize allow and deny split by resources, each part keeping effect and actions', () => {
    const { app, stack } = newApp();
    const resources = REPOS.map((r) => ResourceName.tcrRepository([I, NS, r]));
    const p = new TcrPolicy(stack, 'Big', {
      statements: [
        new PolicyStatement({ actions: ['tcr:PullRepository', 'tcr:PushRepository'], resources }),
        new PolicyStatement({ effect: Effect.DENY, actions: ['tcr:PushRepository'], resources: resources.slice(0, 250) }),
      ],
    });
    const docs = p.renderedDocuments();
    expect(docs.length).toBeGreaterThan(2);
    expect(synthErrors(app)).not.toContain('document-too-long');
    const parts = compilePolicies(docs);
    const whole = compilePolicies([p.document.render()]);
    for (const repo of REPOS) {
      for (const action of ['tcr:PullRepository', 'tcr:PushRepository']) {
        expect(parts.decide({ action, resource: full(repo) })).toBe(whole.decide({ action, resource: full(repo) }));
      }
    }
    expect(parts.decide({ action: 'tcr:PushRepository', resource: full(REPOS[0]) })).toBe('explicit-deny');
    expect(parts.decide({ action: 'tcr:PushRepository', resource: full(REPOS[400]) })).toBe('allow');
  });

  test('a long policy name is cut so the part names stay within 128 characters', () => {
    const { stack } = newApp();
    const name = 'n'.repeat(128);
    const p = new RepoReadOnly(stack, 'Long', { instanceId: I, namespace: NS, repositories: REPOS, policyName: name });
    const names = p.policyNames;
    expect(names.length).toBeGreaterThan(9);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(128);
    expect(names[9]).toBe(`${'n'.repeat(125)}-10`);
  });

  test('a part name taken by another policy of the stack is a duplicate-policy-name error', () => {
    const { app, stack } = newApp();
    new RepoReadOnly(stack, 'Other', { instanceId: I, namespace: NS, repository: 'app', policyName: 'team-pull-2' });
    new RepoReadOnly(stack, 'Big', { instanceId: I, namespace: NS, repositories: REPOS, policyName: 'team-pull' });
    expect(synthErrors(app)).toContain('[stack/Big] [duplicate-policy-name] Invalid policyName: "team-pull-2" is already used by stack/Other');
  });

  test('a bad prop still renders one empty document and one policy', () => {
    const { stack } = newApp();
    const p = new RepoReadOnly(stack, 'Bad', { instanceId: I, namespace: 'a/b', repositories: REPOS });
    expect(p.renderedDocuments()).toEqual([new PolicyDocument().render()]);
    expect(p.policies).toHaveLength(1);
  });
});

describe('splitting never creates a finding the unsplit document lacks', () => {
  test.each([50, 120, 400])('RepoReadOnly with allowedSourceIps, ALLOW_WITHOUT_CONDITION and %i repositories synthesizes', (count) => {
    const { app, stack } = newApp();
    const p = new RepoReadOnly(stack, 'R', {
      instanceId: I, namespace: NS, repositories: REPOS.slice(0, count), allowedSourceIps: ['10.0.0.0/8'], ipUnsupportedApis: IpUnsupportedApis.ALLOW_WITHOUT_CONDITION,
    });
    expect(p.renderedDocuments().length).toBeGreaterThan(1);
    expect(p.lint().filter((f) => f.severity === 'error')).toEqual([]);
    expect(synthErrors(app)).toBe('');
  });
});
