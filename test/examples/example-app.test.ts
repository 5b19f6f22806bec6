import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { buildRegistryAccess } from '../../examples/registry-access';

/** Synthesizes the example app into a fresh directory and returns the stack's cdk.tf.json text. */
function synthExample(): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcr-example-'));
  try {
    const app = new App({ outdir });
    buildRegistryAccess(app, 'registry-access');
    app.synth();
    return fs.readFileSync(path.join(outdir, 'stacks', 'registry-access', 'cdk.tf.json'), 'utf8');
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

describe('the example app', () => {
  test('synthesizes one tencentcloud_cam_policy per construct, byte-identical every run', () => {
    const first = synthExample();
    expect(synthExample()).toBe(first);
    const json = JSON.parse(first);
    expect(Object.keys(json.resource.tencentcloud_cam_policy)).toHaveLength(7);
    expect(json.terraform.required_providers.tencentcloud.source).toBe('tencentcloudstack/tencentcloud');
    expect(first).toMatchSnapshot();
  });
});
