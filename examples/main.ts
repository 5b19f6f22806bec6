// The example app: `npm run synth` or `npx cdktf synth` writes cdktf.out/stacks/registry-access/cdk.tf.json.
// Offline, no credentials: synthesis never calls Tencent Cloud.
import { App } from 'cdktf';
import { buildRegistryAccess } from './registry-access';

const app = new App();
buildRegistryAccess(app, 'registry-access');
app.synth();
