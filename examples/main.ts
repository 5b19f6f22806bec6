// The example app: `npm run synth` or `npx cdktf synth` writes cdktf.out/stacks/registry-access/cdk.tf.json,
// cdktf.out/stacks/registry-teams/cdk.tf.json and cdktf.out/stacks/registry/cdk.tf.json.
// Offline, no credentials: synthesis never calls Tencent Cloud.
import { App } from 'cdktf';
import { buildRegistry } from './registry';
import { buildRegistryAccess } from './registry-access';
import { buildRegistryTeams } from './teams';

const app = new App();
buildRegistryAccess(app, 'registry-access');
buildRegistryTeams(app, 'registry-teams');
buildRegistry(app, 'registry');
app.synth();
