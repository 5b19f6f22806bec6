// lint() remembers the findings of the rendered documents (validation asks twice when a scope has
// suppressions); a statement added or changed afterwards must still be linted.
import { Testing, TerraformStack } from 'cdktf';
import { Effect, PolicyStatement, RepoReadOnly } from '../../lib';
import { cleanTestingOutdirs, synthErrors } from '../helpers/synth';

afterAll(cleanTestingOutdirs);

const props = { instanceId: 'tcr-abcd1234', namespace: 'team-01', repository: 'app' };
const ruleIds = (policy: RepoReadOnly) => policy.lint().map((f) => f.ruleId);

test('a statement added after a lint is linted on the next one', () => {
  const policy = new RepoReadOnly(new TerraformStack(Testing.app(), 'stack'), 'Pull', props);
  expect(ruleIds(policy)).not.toContain('unknown-action');
  policy.addStatements(new PolicyStatement({ effect: Effect.ALLOW, actions: ['tcr:PullRepositry'], resources: ['*'] }));
  expect(ruleIds(policy)).toContain('unknown-action');
});

test('a statement edited in place after a lint is linted again, and fails synth', () => {
  const app = Testing.app();
  const policy = new RepoReadOnly(new TerraformStack(app, 'stack'), 'Pull', props);
  const extra = new PolicyStatement({ effect: Effect.ALLOW, actions: ['tcr:PullRepository'], resources: ['qcs::tcr:::instance/tcr-abcd1234'] });
  policy.addStatements(extra);
  expect(ruleIds(policy)).not.toContain('unknown-action');
  extra.addActions('tcr:Pul1Repository');
  expect(synthErrors(app)).toContain('unknown-action');
});
