// The README's quick start. test/docs/ runs it; `npm run docs` copies the regions into the README.
import * as fs from 'fs';
import * as path from 'path';
// #region app
import { App, TerraformStack } from 'cdktf';
import { RepoReadOnly, TencentcloudProvider } from '../../lib';
// #endregion app

/** Synthesizes the quick start app into cdktf.out/ (CDKTF_OUTDIR) and returns the app. */
export function quickStart(): App {
  // #region app

  const app = new App();
  const stack = new TerraformStack(app, 'registry-access');
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  new RepoReadOnly(stack, 'DemoPull', { instanceId: 'tcr-xxxxxxxx', namespace: 'team-01', repository: 'repo-demo' });
  app.synth();
  // #endregion app
  return app;
}

/** The one policy the quick start writes to cdk.tf.json: its document, indented for reading. */
export function quickStartDocument(): string {
  const app = quickStart();
  const tf = JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', 'registry-access', 'cdk.tf.json'), 'utf8'));
  const [policy, ...others] = Object.values(tf.resource.tencentcloud_cam_policy) as Array<{ name: string; document: string }>;
  if (others.length > 0 || policy.name !== 'registry-access-DemoPull') throw new Error(`expected one policy registry-access-DemoPull, got ${policy.name}`);
  return JSON.stringify(JSON.parse(policy.document), undefined, 2);
}
