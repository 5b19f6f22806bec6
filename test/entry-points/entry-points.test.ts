import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** The three entry points, checked on the compiled package (dist/, built by `npm run compile` before the tests). */
const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');

/** Runs a script in a fresh node process (a clean module cache) from the repository root and parses its JSON output. */
function node(script: string): any {
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }));
}

const FRAMEWORK = String.raw`/node_modules/(cdktf|cdktn|constructs)/`;

describe('cdktf-tcr-access/core', () => {
  test('loads neither cdktf, cdktn nor constructs (module cache of a fresh process)', () => {
    const loaded = node(`const core = require(${JSON.stringify(path.join(DIST, 'core'))});
      core.simulate(['{"version":"2.0","statement":[{"effect":"allow","action":["tcr:*"],"resource":["*"]}]}'], { action: 'tcr:PullRepository', resource: '*' });
      core.lintPolicy('{"version":"2.0","statement":[]}');
      console.log(JSON.stringify(Object.keys(require.cache).filter((k) => new RegExp(${JSON.stringify(FRAMEWORK)}).test(k))));`);
    expect(loaded).toEqual([]);
  });

  test('the package exports map names it, and its names are explicit: no machinery', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.exports['./core']).toEqual({ types: './dist/core.d.ts', default: './dist/core.js' });
    expect(pkg.exports['./cdktn']).toEqual({ types: './dist/cdktn/index.d.ts', default: './dist/cdktn/index.js' });
    expect(pkg.peerDependenciesMeta).toEqual({ cdktf: { optional: true }, cdktn: { optional: true } });
    const names = node('console.log(JSON.stringify({ core: Object.keys(require(\'./dist/core\')), root: Object.keys(require(\'./dist\')) }))');
    const MACHINERY = ['mergeCondition', 'checkProps', 'applySuppressions', 'jsonErrorAt', 'viewPolicy', 'LINT_RULES', 'enterpriseAccess',
      'namespaceAdmin', 'repoReadOnly', 'repositoryAccess', 'ccrAccess', 'deleteGuardrail', 'applyGrantConditions', 'parseCidr', 'Glob'];
    for (const entry of [names.core, names.root]) {
      expect(MACHINERY.filter((n) => entry.includes(n))).toEqual([]);
      expect(entry).toEqual(expect.arrayContaining(['lintPolicy', 'simulate', 'explain', 'compilePolicies', 'diffAccess', 'PolicyDocument', 'RULES']));
    }
    expect(names.core).not.toContain('RepoReadOnly');
    expect(names.root).toEqual(expect.arrayContaining(['RepoReadOnly', 'Suppressions', 'TencentcloudProvider', ...names.core]));
  });
});

describe('cdktf-tcr-access/cdktn', () => {
  test('requires cdktn, never cdktf, and shares the one core with the root entry point', () => {
    const requires = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? requires(path.join(dir, e.name)) : e.name.endsWith('.js')
        ? [...fs.readFileSync(path.join(dir, e.name), 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]) : []);
    const specs = new Set(requires(path.join(DIST, 'cdktn')));
    expect([...specs].filter((s) => s.startsWith('cdktf'))).toEqual([]);
    expect(specs).toContain('cdktn');
    const shared = node(`const a = require('./dist/cdktn'); const b = require('./dist/core');
      console.log(JSON.stringify([a.PolicyStatement === b.PolicyStatement, a.simulate === b.simulate, typeof a.RepoReadOnly]))`);
    expect(shared).toEqual([true, true, 'function']);
  });

  test('the compiled constructs synthesize the same policies on cdktn as on cdktf (framework version aside)', () => {
    const synth = (framework: string, entry: string) => node(`
      const fs = require('fs'), os = require('os'), path = require('path');
      const f = require('${framework}'); const lib = require('${entry}');
      const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcr-entry-'));
      const app = new f.App({ outdir }); const stack = new f.TerraformStack(app, 's');
      new lib.TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
      new lib.RepoReadOnly(stack, 'Pull', { instanceId: 'tcr-abc12345', namespace: 'team-01', repositories: ['app'] }).attachToUser('alice');
      new lib.TcrDeleteGuardrail(stack, 'NoDeletes', { scope: lib.GuardrailScope.instance('tcr-abc12345') }).attachToGroup('12');
      app.synth();
      const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 's', 'cdk.tf.json'), 'utf8'));
      fs.rmSync(outdir, { recursive: true, force: true });
      const loaded = Object.keys(require.cache).filter((k) => /node_modules\\/(cdktf|cdktn)\\//.test(k)).map((k) => k.match(/node_modules\\/(cdktf|cdktn)\\//)[1]);
      delete json['//'].metadata.version;
      console.log(JSON.stringify({ json, frameworks: [...new Set(loaded)] }));`);
    const onCdktf = synth('cdktf', './dist');
    const onCdktn = synth('cdktn', './dist/cdktn');
    expect(onCdktf.frameworks).toEqual(['cdktf']);
    expect(onCdktn.frameworks).toEqual(['cdktn']);
    expect(Object.keys(onCdktn.json.resource).sort()).toEqual(['tencentcloud_cam_group_policy_attachment', 'tencentcloud_cam_policy', 'tencentcloud_cam_user_policy_attachment']);
    expect(onCdktn.json).toEqual(onCdktf.json);
  });
});
