import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { buildRegistryAccess } from '../../examples/registry-access';
import { buildRegistryTeams } from '../../examples/teams';

/**
 * Runs in both jest projects: as written (cdktf) and with `cdktf` mapped to `cdktn` and the bindings to
 * @cdktn/provider-generator's. Both must write the one snapshot below: the same resources, logical ids,
 * names and documents, the framework's version aside.
 */
function synthApp(): Record<string, unknown> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcr-frameworks-'));
  try {
    const app = new App({ outdir });
    buildRegistryAccess(app, 'registry-access');
    buildRegistryTeams(app, 'registry-teams');
    app.synth();
    const stacks: Record<string, unknown> = {};
    for (const id of ['registry-access', 'registry-teams']) {
      const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', id, 'cdk.tf.json'), 'utf8'));
      delete json['//'].metadata.version;
      stacks[id] = json;
    }
    return stacks;
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

test('the example app synthesizes the same resources, names and documents on cdktf and on cdktn', () => {
  const stacks = synthApp();
  expect(Object.keys((stacks['registry-access'] as any).resource.tencentcloud_cam_policy)).toHaveLength(7);
  expect(stacks).toMatchSnapshot();
});
