/**
 * Issue 13's speed targets: the diff of two synths of 1,000 policies attached to 250 principals (≤ 2 s) and
 * `who-can` over them (≤ 50 ms per question), on one core. The second synth is a realistic pull request: 10
 * principals gain a repository, 5 may log in from a wider IP block (new access; the login token API honours
 * `qcs:ip`, pull and push do not), 5 move their delete guardrail where
 * nothing is allowed anyway (no new access, which the diff must prove rather than report).
 */
import { elapsedMs, median } from './harness';
import { AccessModel, diffModels, ModelAccess } from '../lib/analysis';

const PRINCIPALS = 250;
const INSTANCE = 'tcr-bench001';
const OWNER = '100000000001';

/** The result of the measurement. */
export interface AccessAnalysisBench {
  readonly policies: number;
  readonly principals: number;
  readonly modelMs: number;
  readonly diffMs: number;
  readonly added: number;
  readonly notCompared: number;
  readonly changedPrincipals: number;
  readonly whoCanMs: number;
  readonly whoCanCompileMs: number;
  readonly whoCanAllowed: number;
}

const doc = (...statement: object[]) => JSON.stringify({ version: '2.0', statement });
const repo = (ns: string, r: string) => `qcs::tcr:ap-guangzhou::repository/${INSTANCE}/${ns}/${r}`;

/** One synth: four policies per principal (login, push, describe, delete guardrail), `changed` widening some. */
function synth(changed: boolean): string {
  const policies: Record<string, object> = {};
  const attachments: Record<string, object> = {};
  for (let i = 0; i < PRINCIPALS; i++) {
    const ns = `team-${i}`;
    const cidr = changed && i >= 20 && i < 25 ? '10.0.0.0/15' : '10.0.0.0/16';
    const repos = changed && i < 10 ? ['app', 'worker', 'extra'] : ['app', 'worker'];
    const docs = {
      Login: doc({ effect: 'allow', action: ['tcr:CreateInstanceToken'], resource: [`qcs::tcr:ap-guangzhou::instance/${INSTANCE}`], condition: { ip_equal: { 'qcs:ip': [cidr] } } }),
      Push: doc({ effect: 'allow', action: ['tcr:PushRepository', 'tcr:PullRepository'], resource: repos.map((r) => repo(ns, r)) }),
      Describe: doc({ effect: 'allow', action: ['tcr:DescribeRepositories', 'tcr:DescribeImages'], resource: [repo(ns, '*')] }),
      Guard: changed && i >= 10 && i < 15
        ? doc({ effect: 'deny', action: ['tcr:DeleteRepository'], resource: [repo(`${ns}-old`, '*')] })
        : doc({ effect: 'deny', action: ['tcr:DeleteRepository'], resource: [repo(ns, '*')] }),
    };
    for (const [kind, document] of Object.entries(docs)) {
      policies[`P${i}${kind}`] = { name: `p-${i}-${kind.toLowerCase()}`, document };
      const principal = i % 3 === 0 ? { user_name: `user-${i}` } : i % 3 === 1 ? { group_id: String(100000 + i) } : { role_id: `46116860184279${22000 + i}` };
      const type = i % 3 === 0 ? 'tencentcloud_cam_user_policy_attachment' : i % 3 === 1 ? 'tencentcloud_cam_group_policy_attachment' : 'tencentcloud_cam_role_policy_attachment';
      (attachments[type] as Record<string, object> | undefined) ?? (attachments[type] = {});
      (attachments[type] as Record<string, object>)[`A${i}${kind}`] = { ...principal, policy_id: `\${tencentcloud_cam_policy.P${i}${kind}.id}` };
    }
  }
  return JSON.stringify({ resource: { tencentcloud_cam_policy: policies, ...attachments } });
}

/** Builds both synths, times the model build, the diff and who-can. */
export function measureAccessAnalysis(log: (line: string) => void): AccessAnalysisBench {
  const texts = [synth(false), synth(true)];
  let start = process.hrtime.bigint();
  const [before, after] = texts.map((text, i) => AccessModel.fromTerraform([{ file: `synth${i}/cdk.tf.json`, text }]));
  const modelMs = elapsedMs(start) / 2;
  start = process.hrtime.bigint();
  const diff = diffModels(before, after);
  const diffMs = elapsedMs(start);
  const changedPrincipals = new Set([...diff.added, ...diff.notCompared].map((c) => c.principal)).size;
  log(`access analysis: diff of ${after.policies.length} policies, ${after.principals.length} principals in ${diffMs.toFixed(0)} ms: `
    + `${diff.added.length} added, ${diff.notCompared.length} not compared, ${changedPrincipals} principals`);
  start = process.hrtime.bigint();
  const access = new ModelAccess(after);
  const whoCanCompileMs = elapsedMs(start);
  const request = { action: 'tcr:PushRepository', resource: `qcs::tcr:ap-guangzhou:uin/${OWNER}:repository/${INSTANCE}/team-7/extra`, ownerUin: OWNER };
  const runs: number[] = [];
  let allowed = 0;
  for (let i = 0; i < 21; i++) {
    start = process.hrtime.bigint();
    allowed = access.whoCan(request).allowed.length;
    runs.push(elapsedMs(start));
  }
  return {
    policies: after.policies.length,
    principals: after.principals.length,
    modelMs,
    diffMs,
    added: diff.added.length,
    notCompared: diff.notCompared.length,
    changedPrincipals,
    whoCanMs: median(runs.slice(1)),
    whoCanCompileMs,
    whoCanAllowed: allowed,
  };
}
