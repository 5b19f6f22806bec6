import * as fs from 'fs';
import * as path from 'path';
import { hasStackTrace, runCli, runMain } from '../helpers/cli';
import { renderedSeedTemplate } from '../helpers/seed-text';

const SEED = ['--instance-id', 'tcr-xxxxxxxx', '--namespace', 'team-01', '--repository', 'repo-demo'];

/** [scenario, flags, seed template id] */
const CASES: Array<[string, string[], string]> = [
  ['enterprise-full', [], 'enterprise-full'],
  ['enterprise-read-only', [], 'enterprise-read-only'],
  ['instance-admin', SEED.slice(0, 2), 'instance-admin'],
  ['namespace-admin', SEED.slice(0, 4), 'namespace-admin'],
  ['repo-read-only', SEED, 'repo-read-only'],
  ['personal-full', [], 'personal-full'],
  ['personal-read-only', [], 'personal-read-only'],
  ['personal-namespace-admin', SEED.slice(2, 4), 'personal-namespace-admin'],
  ['personal-repo-read-only', SEED.slice(2), 'personal-repo-read-only'],
  ['preset-full', [], 'preset-tcr-full'],
  ['preset-read-only', [], 'preset-tcr-read-only'],
];


describe('tcr-access generate', () => {
  test('prints seed 002\'s repository read-only template (arrays), as a subprocess', () => {
    const r = runCli(['generate', 'repo-read-only', ...SEED]);
    expect(r).toEqual({ code: 0, stdout: renderedSeedTemplate('repo-read-only') + '\n', stderr: '' });
  });

  test.each(CASES)('%s %j prints the seed template %s', async (scenario, flags, id) => {
    const r = await runMain(['generate', scenario, ...flags]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(renderedSeedTemplate(id) + '\n');
  });

  test('tf-json is a Terraform configuration with the provider and one policy', async () => {
    const r = await runMain(['generate', 'namespace-admin', ...SEED.slice(0, 4), '--format', 'tf-json', '--name', 'team-01-admin']);
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout);
    expect(config.terraform.required_providers.tencentcloud.source).toBe('tencentcloudstack/tencentcloud');
    expect(config.resource.tencentcloud_cam_policy['team-01-admin']).toEqual({ name: 'team-01-admin', document: renderedSeedTemplate('namespace-admin') });
  });

  test.each([
    [['generate', 'namespace-admin', '--instance-id', 'tcr-a', '--namespace', 'team/01'], /\[invalid-name\] Invalid namespace: "team\/01"/],
    [['generate', 'repo-read-only', '--instance-id', 'tcr-a', '--namespace', 'ns', '--repository', 'a', '--repository', '*'], /Invalid repositories\[1\]: "\*" contains a wildcard/],
    [['generate', 'repo-read-only', '--namespace', 'ns'], /needs --instance-id; repo-read-only needs --repository/],
    [['generate', 'enterprise-full', '--namespace', 'ns'], /--namespace does not apply to enterprise-full/],
    [['generate', 'personal-repo-read-only', '--namespace', 'ns', '--repository', 'a', '--repository', 'b'], /takes one --repository/],
    [['generate', 'preset-full', '--name', 'bad name'], /\[invalid-policy-name\]/],
    [['generate', 'nope'], /unknown scenario "nope"/],
    [['generate', 'enterprise-full', '--format', 'yaml'], /Allowed choices are json, tf-json/],
    [['generate'], /missing required argument 'scenario'/],
  ])('%j exits 2 with one clear message', async (args, message) => {
    const r = await runMain(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe('tcr-access itself', () => {
  test('--version prints the package version', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version);
  });

  test('--help on the program and on a command', () => {
    expect(runCli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('generate') });
    expect(runCli(['generate', '--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('--instance-id') });
  });

  test('an unknown command exits 2', () => {
    const r = runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
  });
});
