import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Aspects, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import {
  CamPolicy, CamPolicyChecks, Effect, NamespaceAdmin, PolicyStatement, RepoReadOnly, ResourceName, Suppressions, TcrPolicy, TencentcloudProvider,
} from '../../lib';
import { lintFiles } from '../../lib/cli/commands/lint';
import { formatLintText } from '../../lib/cli/format/lint-text';
import { annotations, cleanTestingOutdirs, newApp, synthErrors } from '../helpers/synth';

afterAll(cleanTestingOutdirs);

const I = 'tcr-abcd1234';
const NS = 'team-01';
const REASON = 'Break-glass role of the platform team';
const REPOS = Array.from({ length: 500 }, (_, i) => `service-${String(i).padStart(3, '0')}`);
const scopedOperationLevel = (scope: Construct, id = 'A') => new TcrPolicy(scope, id, {
  statements: [new PolicyStatement({ effect: Effect.ALLOW, actions: ['tcr:DescribeInstances'], resources: [ResourceName.tcrInstance([I])] })],
});
const stackIn = (app: App, id: string) => {
  const stack = new TerraformStack(app, id);
  new TencentcloudProvider(stack, 'tencentcloud');
  return stack;
};

describe('suppressions cannot hide a broken output', () => {
  test('the duplicate-name error of a split document\'s parts cannot be suppressed', () => {
    const { app, stack } = newApp();
    new RepoReadOnly(stack, 'Other', { instanceId: I, namespace: NS, repository: 'app', policyName: 'team-pull-2' });
    const big = new RepoReadOnly(stack, 'Big', { instanceId: I, namespace: NS, repositories: REPOS, policyName: 'team-pull' });
    Suppressions.of(big).add({ ruleId: 'duplicate-policy-name', reason: REASON });
    Suppressions.of(stack).add({ ruleId: 'duplicate-policy-name', appliesTo: 'team-pull-2', reason: REASON });
    expect(synthErrors(app)).toContain('[stack/Big] [duplicate-policy-name] Invalid policyName: "team-pull-2" is already used by stack/Other');
  });

  test.each([
    ['ten spaces', ' '.repeat(12)],
    ['zero-width characters', 'ok\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B'],
    ['a BOM and joiners around short text', '\uFEFFfine\u200D\u2060\u200C\u200B\u200B\u200B\u200B\u200B'],
  ])('a reason of %s is refused: ten visible characters are needed', (_, reason) => {
    const { app, stack } = newApp();
    const policy = scopedOperationLevel(stack);
    Suppressions.of(policy).add({ ruleId: 'operation-level-scoped', reason });
    const errors = synthErrors(app);
    expect(errors).toContain('[invalid-suppression] Suppression of "operation-level-scoped": the reason must say in at least 10 visible characters');
    expect(errors).toContain('[stack/A] [operation-level-scoped]');
  });

  test('an error rule is acknowledged above the owning construct only for one value (appliesTo); a blanket one there is invalid', () => {
    const { app, stack } = newApp();
    scopedOperationLevel(stack);
    Suppressions.of(stack).add({ ruleId: 'operation-level-scoped', reason: REASON });
    const errors = synthErrors(app);
    expect(errors).toContain('[stack] [invalid-suppression] Suppression of "operation-level-scoped" on stack: operation-level-scoped is an error rule');
    expect(errors).toContain('[stack/A] [operation-level-scoped]');

    const narrowed = newApp();
    scopedOperationLevel(narrowed.stack);
    Suppressions.of(narrowed.stack).add({ ruleId: 'operation-level-scoped', appliesTo: 'tcr:DescribeInstances', reason: REASON });
    expect(synthErrors(narrowed.app)).toBe('');
  });

  test.each(['invalid-json', 'invalid-syntax', 'document-too-long'])('%s can never be suppressed', (ruleId) => {
    const { app, stack } = newApp();
    const policy = scopedOperationLevel(stack);
    Suppressions.of(policy).add({ ruleId, reason: REASON });
    expect(synthErrors(app)).toContain(`[invalid-suppression] Suppression of "${ruleId}": ${ruleId} findings cannot be suppressed`);
  });
});

describe('app-wide checks', () => {
  test('two stacks of one app writing the same CAM policy name are an error', () => {
    const app = Testing.app();
    new NamespaceAdmin(stackIn(app, 'one'), 'Admin', { instanceId: I, namespace: NS, policyName: 'team-admin' });
    new NamespaceAdmin(stackIn(app, 'two'), 'Admin', { instanceId: I, namespace: NS, policyName: 'team-admin' });
    expect(synthErrors(app)).toContain('[two/Admin] [duplicate-policy-name] Invalid policyName: "team-admin" is already used by one/Admin');
  });

  test('across stacks (different accounts) the duplicate can be acknowledged for the name', () => {
    const app = Testing.app();
    new NamespaceAdmin(stackIn(app, 'one'), 'Admin', { instanceId: I, namespace: NS, policyName: 'team-admin' });
    const two = stackIn(app, 'two');
    new NamespaceAdmin(two, 'Admin', { instanceId: I, namespace: NS, policyName: 'team-admin' });
    Suppressions.of(two).add({ ruleId: 'duplicate-policy-name', appliesTo: 'team-admin', reason: 'Stack two deploys to the staging account' });
    expect(synthErrors(app)).toBe('');
  });

  test('CamPolicyChecks on the app checks raw tencentcloud_cam_policy resources, with the same suppressions', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'raw');
    new NamespaceAdmin(stack, 'Admin', { instanceId: I, namespace: NS, policyName: 'taken' });
    const broad = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['tcr:DescribeInstances'], resource: [ResourceName.tcrInstance([I])] }] });
    const raw = new CamPolicy(stack, 'Raw', { name: 'raw-policy', document: broad });
    new CamPolicy(stack, 'Dup', { name: 'taken', document: broad });
    Aspects.of(app).add(new CamPolicyChecks());
    let errors = synthErrors(app);
    expect(errors).toContain('[raw/Raw] [operation-level-scoped]');
    expect(errors).toContain('[raw/Dup] [duplicate-policy-name] Invalid policyName: "taken" is already used by raw/Admin');
    Suppressions.of(raw).add({ ruleId: 'operation-level-scoped', reason: REASON });
    errors = synthErrors(app);
    expect(errors).not.toContain('[raw/Raw]');
    expect(annotations(raw, '@cdktf/info')[0]).toContain(`[suppressed on raw/Raw: ${REASON}]`);
  });

  test('without CamPolicyChecks a raw policy is not checked (the aspect is the opt-in)', () => {
    const app = Testing.app();
    const stack = stackIn(app, 'raw');
    new CamPolicy(stack, 'Raw', { name: 'raw-policy', document: '{"version":"2.0","statement":[{"effect":"allow","action":["tcr:*"],"resource":["*"]}' });
    expect(synthErrors(app)).toBe('');
  });
});

describe('suppressions live in the construct tree and in cdk.tf.json', () => {
  test('a suppression made in code is written into the stack\'s output for its policy, and `tcr-access lint --strict` on it honours it', () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf.outdir.')) });
    const stack = stackIn(app, 'stack');
    new NamespaceAdmin(stack, 'Admin', { instanceId: I, namespace: NS });
    Suppressions.of(stack).add({ ruleId: 'operation-level-via-wildcard', reason: 'Nobody needs the console to list instances' });
    app.synth();
    const file = path.join(app.outdir, 'stacks', 'stack', 'cdk.tf.json');
    const tf = JSON.parse(fs.readFileSync(file, 'utf8'));
    const [label] = Object.keys(tf.resource.tencentcloud_cam_policy);
    const recorded = tf['//'].tcr_access.suppressions.tencentcloud_cam_policy;
    expect(Object.keys(recorded)).toEqual([label]);
    expect(recorded[label].map((s: any) => [s.ruleId, s.scope])).toEqual([['operation-level-via-wildcard', 'stack']]);
    // One entry for the stack: the resource itself carries no override (the framework lists overridden resources quadratically).
    expect(tf.resource.tencentcloud_cam_policy[label]['//'].tcr_access).toBeUndefined();
    const report = lintFiles([file], { strict: true });
    expect(report.results.flatMap((r) => r.findings).filter((f) => !f.suppression)).toEqual([]);
    expect(report.exitCode).toBe(0);
    // The text report shows each suppressed finding with its reason and does not count it as a warning.
    const text = formatLintText(report, false);
    expect(text).toContain('suppressed warning operation-level-via-wildcard');
    expect(text).toContain('[suppressed: Nobody needs the console to list instances]');
    expect(text).toMatch(/document\(s\) linted: 0 error\(s\), 0 warning\(s\), \d+ suppressed/);
    // The same output without the recorded suppressions fails the strict gate: the metadata is what lint honours.
    const bare = JSON.parse(fs.readFileSync(file, 'utf8'));
    delete bare['//'].tcr_access;
    fs.writeFileSync(file, JSON.stringify(bare));
    expect(lintFiles([file], { strict: true }).exitCode).not.toBe(0);
    // Output of 0.1.0, which recorded them in the resource's own "//", is still read.
    bare.resource.tencentcloud_cam_policy[label]['//'].tcr_access = { suppressions: recorded[label] };
    fs.writeFileSync(file, JSON.stringify(bare));
    expect(lintFiles([file], { strict: true }).exitCode).toBe(0);
  });

  test('suppressions are metadata of their scope: another copy of the library sees them', () => {
    const { stack } = newApp();
    Suppressions.of(stack).add({ ruleId: 'broad-grant', reason: REASON });
    expect(stack.node.metadata.filter((m) => m.type === 'tcr-access/suppression').map((m) => m.data)).toEqual([{ ruleId: 'broad-grant', reason: REASON }]);
  });

  test('the document is frozen once synth wrote it: an edit after that fails at the edit', () => {
    const { app, stack } = newApp();
    const policy = scopedOperationLevel(stack);
    Suppressions.of(policy).add({ ruleId: 'operation-level-scoped', reason: REASON });
    const [statement] = policy.document.statements;
    app.synth();
    expect(() => policy.addStatements(new PolicyStatement({ actions: ['tcr:*'], resources: ['*'] }))).toThrow(/stack\/A: the policy document was already written/);
    expect(() => statement.addResources('*')).toThrow(/stack\/A: this statement was already written at synth/);
  });
});
