import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { buildRegistryAccess } from '../../examples/registry-access';
import { buildRegistryTeams, REGISTRY_TEAMS } from '../../examples/teams';
import { simulate } from '../../lib';

/** Synthesizes one stack of the example app into a fresh directory and returns its cdk.tf.json text. */
function synthExample(build: (scope: Construct, id: string) => TerraformStack = buildRegistryAccess, id = 'registry-access'): string {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcr-example-'));
  try {
    const app = new App({ outdir });
    build(app, id);
    app.synth();
    return fs.readFileSync(path.join(outdir, 'stacks', id, 'cdk.tf.json'), 'utf8');
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

describe('the teams app', () => {
  const teams = Object.values(REGISTRY_TEAMS.teams);
  const text = synthExample(buildRegistryTeams, 'registry-teams');
  const json = JSON.parse(text);
  const policies = Object.values(json.resource.tencentcloud_cam_policy) as Array<{ name: string; document: string }>;

  test('builds the three teams from the one config object: four role policies each plus a CI delete guardrail', () => {
    expect(teams).toHaveLength(3);
    expect(policies.map((p) => p.name).sort()).toEqual(Object.keys(REGISTRY_TEAMS.teams).flatMap((team) => [
      `registry-teams-${team}-Admins`, `registry-teams-${team}-Ci`, `registry-teams-${team}-Developers`, `registry-teams-${team}-Readers`,
      `registry-teams-${team}CiNoDeletes`,
    ]).sort());
  });

  test('attaches every role policy to the team\'s group or CI role, and the preset to the auditors', () => {
    const groups = (Object.values(json.resource.tencentcloud_cam_group_policy_attachment) as any[]).map((a) => a.group_id).sort();
    const expected = [...teams.flatMap((t) => [t.adminsGroupId, t.developersGroupId, t.readersGroupId]), REGISTRY_TEAMS.auditorsGroupId];
    expect(groups).toEqual(expected.sort());
    const roles = (Object.values(json.resource.tencentcloud_cam_role_policy_attachment) as any[]).map((a) => a.role_id).sort();
    // Each CI role gets its grant and its guardrail.
    expect(roles).toEqual(teams.flatMap((t) => [t.ciRoleId, t.ciRoleId]).sort());
    expect(Object.values(json.data.tencentcloud_cam_policies)).toEqual([expect.objectContaining({ name: 'QcloudTCRReadOnlyAccess', type: 2 })]);
  });

  test('a CI role pushes its own repositories and can delete nothing, per the synthesized documents', () => {
    for (const [team, t] of Object.entries(REGISTRY_TEAMS.teams)) {
      const docs = policies.filter((p) => p.name === `registry-teams-${team}-Ci` || p.name === `registry-teams-${team}CiNoDeletes`).map((p) => p.document);
      const image = (repo: string) => `qcs::tcr:ap-guangzhou:uin/100000000001:repository/${REGISTRY_TEAMS.instanceId}/${t.namespace}/${repo}`;
      for (const repo of t.ciRepositories) expect(simulate(docs, { action: 'tcr:PushRepository', resource: image(repo) }).decision).toBe('allow');
      expect(simulate(docs, { action: 'tcr:PushRepository', resource: image('not-ci') }).decision).toBe('implicit-deny');
      expect(simulate(docs, { action: 'tcr:DeleteRepository', resource: image(t.ciRepositories[0]) }).decision).toBe('explicit-deny');
    }
  });

  test('is byte-identical every run', () => {
    expect(synthExample(buildRegistryTeams, 'registry-teams')).toBe(text);
    expect(text).toMatchSnapshot();
  });
});
