import { App, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { AccessLevel, ALL_RESOURCES, Effect, NamespaceAdmin, PolicyStatement, Suppressions, TcrInstanceAccess, TcrPolicy, TcrPolicyBase, TencentcloudProvider } from '../../lib';
import { annotations, cleanTestingOutdirs, newApp, synthErrors } from '../helpers/synth';

afterAll(cleanTestingOutdirs);

const ID = 'tcr-abcd1234';
const REASON = 'Break-glass role of the platform team';

/** An app with one stack holding a policy that allows `tcr:DescribeInstances` on one instance: one error finding. */
function scopedOperationLevel(): { app: App; stack: TerraformStack; policy: TcrPolicy } {
  const { app, stack } = newApp();
  const policy = new TcrPolicy(stack, 'A', {
    statements: [new PolicyStatement({ effect: Effect.ALLOW, actions: ['tcr:DescribeInstances'], resources: [`qcs::tcr:::instance/${ID}`] })],
  });
  return { app, stack, policy };
}

describe('Suppressions', () => {
  test('a suppressed error no longer fails synth and is reported as an info annotation with the reason', () => {
    const { app, policy } = scopedOperationLevel();
    expect(synthErrors(app)).toContain('[operation-level-scoped]');
    Suppressions.of(policy).add({ ruleId: 'operation-level-scoped', reason: REASON });
    expect(synthErrors(app)).toBe('');
    const [info] = annotations(policy, '@cdktf/info');
    expect(info).toContain('[operation-level-scoped] "tcr:DescribeInstances" is an operation-level API');
    expect(info).toContain(`[suppressed on stack/A: ${REASON}]`);
  });

  test('a suppression on a scope above applies to everything below it; appliesTo narrows to one value', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'stack');
    new TencentcloudProvider(stack, 'tencentcloud');
    const team = new Construct(stack, 'Team');
    const admin = new NamespaceAdmin(team, 'Admin', { instanceId: ID, namespace: 'team-01' });
    Suppressions.of(stack).add({ ruleId: 'operation-level-via-wildcard', appliesTo: 'tcr:DescribeInstance*', reason: REASON });
    expect(synthErrors(app)).toBe('');
    expect(annotations(admin, '@cdktf/warn').map((w) => w.slice(0, 60))).toEqual([expect.stringContaining('"tcr:*"')]);
    expect(annotations(admin, '@cdktf/info')).toEqual([expect.stringContaining('"tcr:DescribeInstance*"')]);
    expect(annotations(admin, '@cdktf/info')[0]).toContain(`[suppressed on stack: ${REASON}]`);
  });

  test('a reason under 10 characters fails synth and is not applied', () => {
    const { app, policy } = scopedOperationLevel();
    Suppressions.of(policy).add({ ruleId: 'operation-level-scoped', reason: 'legacy' });
    const errors = synthErrors(app);
    expect(errors).toContain('[stack/A] [invalid-suppression] Suppression of "operation-level-scoped": the reason must say in at least 10 visible characters');
    expect(errors).toContain('[stack/A] [operation-level-scoped]');
  });

  test('an unknown rule id fails synth with the closest id', () => {
    const { app, stack } = scopedOperationLevel();
    Suppressions.of(stack).add({ ruleId: 'operation-level-scope', reason: REASON });
    expect(synthErrors(app)).toContain('[stack] [invalid-suppression] Suppression of "operation-level-scope": there is no rule "operation-level-scope". Did you mean "operation-level-scoped"?');
  });

  test('a suppression that matches nothing is an unused-suppression warning on its scope', () => {
    const { app, stack, policy } = scopedOperationLevel();
    Suppressions.of(policy).add({ ruleId: 'operation-level-scoped', reason: REASON });
    Suppressions.of(stack).add({ ruleId: 'broad-grant', reason: REASON });
    expect(synthErrors(app)).toBe('');
    expect(annotations(stack, '@cdktf/warn')).toEqual([
      `[unused-suppression] Suppression of "broad-grant" under stack matches no finding: remove it, or correct its ruleId or appliesTo (reason given: "${REASON}").`,
    ]);
    expect(annotations(policy, '@cdktf/warn')).toEqual([]);
  });

  test('a suppression on the app is applied in every stack and, unused, reported in the stacks', () => {
    const app = Testing.app();
    const stacks = ['one', 'two'].map((id) => {
      const stack = new TerraformStack(app, id);
      new TencentcloudProvider(stack, 'tencentcloud');
      return stack;
    });
    Suppressions.of(app).add({ ruleId: 'broad-grant', reason: REASON }, { ruleId: 'duplicate-entry', reason: REASON });
    const admins = stacks.map((s) => new TcrPolicy(s, 'Admin', {
      statements: [new PolicyStatement({ effect: Effect.ALLOW, actions: ['tcr:*'], resources: [ALL_RESOURCES] })],
    }));
    expect(synthErrors(app)).toBe('');
    for (const admin of admins) expect(annotations(admin, '@cdktf/info')[0]).toContain(`[suppressed on the app: ${REASON}]`);
    for (const stack of stacks) expect(annotations(stack, '@cdktf/warn')).toEqual([expect.stringContaining('Suppression of "duplicate-entry" under the app matches no finding')]);
  });

  test('prop findings cannot be suppressed: the prop must be fixed', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'stack');
    new TencentcloudProvider(stack, 'tencentcloud');
    const bad: TcrPolicyBase = new TcrInstanceAccess(stack, 'A', { access: AccessLevel.FULL, instanceId: 'tcr-*' });
    Suppressions.of(bad).add({ ruleId: 'invalid-name', reason: REASON });
    expect(synthErrors(app)).toContain('[stack/A] [invalid-name] Invalid instanceId');
    expect(Suppressions.of(bad).all).toEqual([{ ruleId: 'invalid-name', reason: REASON }]);
  });
});
