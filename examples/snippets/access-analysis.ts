// The API example of docs/access-analysis.md. test/docs/ runs it; `npm run docs` copies the region.
/* eslint-disable import/no-duplicates -- the region shows the imports its own snippet needs */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
// #region api
import { AccessModel, diffModels, ModelAccess } from '../../lib';
// #endregion api
import { RepoReadOnly, RepositoryAccess, RepositoryAccessLevel, TencentcloudProvider } from '../../lib';

/** Synthesizes the base or the head of a change into `dir` and returns the stack's cdk.tf.json. */
function synthesize(dir: string, head: boolean): string {
  fs.mkdirSync(dir, { recursive: true });
  const app = new App({ outdir: path.join(dir, 'cdktf.out') });
  const stack = new TerraformStack(app, 'app');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  const scope = { instanceId: 'tcr-prod8k2m', namespace: 'payments', repositories: ['checkout-api'] };
  if (head) new RepositoryAccess(stack, 'Ci', { ...scope, access: RepositoryAccessLevel.PULL_PUSH }).attachToGroup('100102');
  else new RepoReadOnly(stack, 'Ci', scope).attachToGroup('100102');
  app.synth();
  return path.join(dir, 'cdktf.out', 'stacks', 'app', 'cdk.tf.json');
}

/** What the pull request adds, per principal: the head lets group 100102 push where the base only pulled. */
export function accessAnalysis(): string {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tcr-analysis-'));
  try {
    const baseFile = synthesize(path.join(work, 'base'), false);
    const headFile = synthesize(work, true);
    // #region api

    const before = AccessModel.fromFiles([baseFile]);
    const after = AccessModel.fromFiles([headFile]);
    const diff = diffModels(before, after); // { added, removed, notCompared, principals, probes }
    const resource = 'qcs::tcr:ap-guangzhou:uin/100000000001:repository/tcr-prod8k2m/payments/checkout-api';
    const who = new ModelAccess(after).whoCan({ action: 'tcr:PushRepository', resource, ownerUin: '100000000001' });
    // #endregion api
    if (!diff.added.some((a) => a.action === 'tcr:PushRepository')) throw new Error('the head must add push');
    if (who.allowed.length !== 1) throw new Error(`one principal may push, got ${who.allowed.length}`);
    const added = [...new Set(diff.added.map((a) => a.action))];
    return JSON.stringify({ added, whoCanPush: who.allowed.map((p) => p.principal) }, undefined, 2);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
