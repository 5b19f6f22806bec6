// The examples of docs/simulator.md. test/docs/ runs every function; `npm run docs` copies the regions.
/* eslint-disable import/no-duplicates -- each region shows the imports its own snippet needs */
import { App, TerraformStack } from 'cdktf';
// #region simulate
import { RepoReadOnly, simulate } from '../../lib';
// #endregion simulate
// #region compile
import { compilePolicies } from '../../lib';
// #endregion compile
import { explain, formatExplanation, PersonalRepoAccess, AccessLevel } from '../../lib';

function newStack(): TerraformStack {
  return new TerraformStack(new App(), 'registry-access');
}

/** The two results the simulate example shows. */
export function simulateOutput(): string {
  const stack = newStack();
  // #region simulate

  const policy = new RepoReadOnly(stack, 'DemoPull', { instanceId: 'tcr-xxxxxxxx', namespace: 'team-01', repository: 'repo-demo' });
  const repo = 'qcs::tcr:ap-guangzhou:uin/100000000001:repository/tcr-xxxxxxxx/team-01/repo-demo';

  const pull = simulate(policy.renderedDocuments(), { action: 'tcr:PullRepository', resource: repo });
  const list = simulate(policy.renderedDocuments(), { action: 'tcr:DescribeInstances', resource: '*' });
  // #endregion simulate
  return [`pull = ${JSON.stringify(pull, undefined, 2)}`, '', `list.reason = ${JSON.stringify(list.reason)}`].join('\n');
}

/** compilePolicies answers like simulate, request after request. */
export function compiledPolicies(): void {
  const documents = new RepoReadOnly(newStack(), 'DemoPull', { instanceId: 'tcr-xxxxxxxx', namespace: 'team-01', repository: 'app' }).renderedDocuments();
  const request = { action: 'tcr:PullRepository', resource: 'qcs::tcr:::repository/tcr-xxxxxxxx/team-01/app' };
  // #region compile
  const compiled = compilePolicies(documents); // parse and compile every pattern once, index the statements
  compiled.decide(request); //                    the decision only: the fast path
  compiled.simulate(request); //                  the full result, as simulate()
  // #endregion compile
  if (compiled.decide(request) !== 'allow' || compiled.simulate(request).decision !== 'allow') throw new Error('expected allow');
}

/** `formatExplanation(explain(...))` of TCR Personal's repository read-only template. */
export function explainOutput(): string {
  const policy = new PersonalRepoAccess(newStack(), 'Pull', {
    access: AccessLevel.READ_ONLY, namespace: 'team-01', repository: 'repo-demo', registryLogin: false,
  });
  const text = formatExplanation(explain(policy.renderedDocuments()[0]));
  return text.split('\n').map((l) => (l.length > 200 ? `${l.slice(0, 200)} …` : l)).join('\n');
}
