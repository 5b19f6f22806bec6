// The examples of docs/names-and-rules.md. test/docs/ runs every function; `npm run docs` copies the regions.
/* eslint-disable import/no-duplicates -- each region shows the imports its own snippet needs */
import { App, TerraformStack, Testing } from 'cdktf';
// #region policy-model
import { Effect, PolicyDocument, PolicyStatement, ResourceName } from '../../lib';
// #endregion policy-model
// #region suppressions
import { AccessLevel, Suppressions, TcrInstanceAccess } from '../../lib';
// #endregion suppressions
// #region lint-policy
import { formatFinding, lintPolicy } from '../../lib';
// #endregion lint-policy
import { RepoReadOnly, TencentcloudProvider } from '../../lib';

/** The document the policy-model example renders. */
export function policyModel(): string {
  // #region policy-model

  const doc = new PolicyDocument({
    statements: [
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['tcr:PullRepository'],
        resources: [ResourceName.tcrRepository(['tcr-xxxxxxxx', 'team-01', 'app', '*'], { region: 'ap-guangzhou' })],
      }),
    ],
  });
  const text = doc.render();
  // #endregion policy-model
  return text;
}

/** A bad namespace fails synth; the message names the construct, the prop, the value and what is allowed. */
export function badName(): string {
  const stack = new TerraformStack(new App(), 'registry-access');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  // #region bad-name
  new RepoReadOnly(stack, 'DemoPull', { instanceId: 'tcr-xxxxxxxx', namespace: 'Team/01', repository: 'app' });
  // #endregion bad-name
  try {
    Testing.synth(stack, true);
  } catch (e) {
    return (e as Error).message.trim();
  }
  throw new Error('a bad namespace must fail synth');
}

export function suppressions(): void {
  const stack = new TerraformStack(new App(), 'registry-access');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  // #region suppressions

  // Everywhere in the stack: the read-only roles never need the operation-level Describe APIs.
  Suppressions.of(stack).add({
    ruleId: 'operation-level-via-wildcard',
    reason: 'Read-only roles list repositories through the instance APIs only',
  });
  // One value of one construct.
  const breakGlass = new TcrInstanceAccess(stack, 'BreakGlass', { access: AccessLevel.FULL });
  Suppressions.of(breakGlass).add({ ruleId: 'broad-grant', appliesTo: 'tcr:*', reason: 'Break-glass role of the platform team' });
  // #endregion suppressions
  Testing.synth(stack, true);
}

/** What the lint example prints. */
export function lintPolicyOutput(): string {
  const lines: string[] = [];
  const log = (...parts: unknown[]) => lines.push(parts.join(' '));
  // #region lint-policy

  const text = '{"version":"2.0","statement":[{"effect":"allow","action":["tcr:PullRepo"],"resource":["*"]}]}';
  const findings = lintPolicy(text, {
    policyName: 'ci-pull', // optional: also run invalid-policy-name
    suppressions: [{ ruleId: 'broad-grant', reason: 'Preset copy kept for the audit trail' }],
  });
  for (const f of findings) log(f.severity, formatFinding(f));
  // #endregion lint-policy
  return lines.join('\n');
}
