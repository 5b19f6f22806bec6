import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { buildRegistry, REGISTRY } from '../../examples/registry';
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

describe('the registry app: a whole registry in one stack', () => {
  const text = synthExample(buildRegistry, 'registry');
  const json = JSON.parse(text);
  const r = json.resource;
  const teams = Object.entries(REGISTRY.teams);
  const nsRef = (team: string) => `\${tencentcloud_tcr_namespace.${team}Namespace.name}`;

  test('holds an instance, a namespace and three groups per team, the service accounts and the policies', () => {
    expect(Object.keys(r.tencentcloud_tcr_instance)).toEqual(['Registry']);
    expect((Object.values(r.tencentcloud_tcr_namespace) as any[]).map((n) => [n.instance_id, n.name]))
      .toEqual(teams.map(([, t]) => ['${tencentcloud_tcr_instance.Registry.id}', t.namespace]));
    expect(Object.keys(r.tencentcloud_cam_group)).toHaveLength(teams.length * 3);
    expect((Object.values(r.tencentcloud_tcr_service_account) as any[]).map((a) => a.name).sort())
      .toEqual([...teams.map(([, t]) => t.ciRobot), REGISTRY.clusterRobot].sort());
    expect(Object.keys(r.tencentcloud_cam_policy)).toHaveLength(teams.length * 3);
  });

  test('wires attributes, never literals: the instance id, each namespace\'s name (not its id, instance#name) and each group\'s id', () => {
    const policies = Object.values(r.tencentcloud_cam_policy) as Array<{ name: string; document: string }>;
    for (const [team] of teams) {
      const developers = policies.find((p) => p.name === `registry-${team}-Developers`)!;
      expect(developers.document).toContain(`repository/\${tencentcloud_tcr_instance.Registry.id}/${nsRef(team)}/*`);
      expect(developers.document).not.toMatch(/tencentcloud_tcr_namespace\.[A-Za-z]+\.id/);
    }
    const groupIds = (Object.values(r.tencentcloud_cam_group_policy_attachment) as any[]).map((a) => a.group_id);
    expect(groupIds.every((g) => /^\$\{tencentcloud_cam_group\.[A-Za-z]+\.id\}$/.test(g))).toBe(true);
    const cluster = (Object.values(r.tencentcloud_tcr_service_account) as any[]).find((a) => a.name === REGISTRY.clusterRobot);
    expect(cluster).toMatchObject({
      registry_id: '${tencentcloud_tcr_instance.Registry.id}',
      duration: 365,
      permissions: teams.map(([team]) => ({ resource: nsRef(team), actions: ['tcr:PullRepository'] })),
    });
  });

  test('CI robots push only to their own namespace; the cluster robot only pulls', () => {
    const accounts = Object.values(r.tencentcloud_tcr_service_account) as any[];
    for (const [team, t] of teams) {
      const ci = accounts.find((a) => a.name === t.ciRobot);
      expect(ci).toMatchObject({ duration: 90, permissions: [{ resource: nsRef(team), actions: ['tcr:PullRepository', 'tcr:PushRepository'] }] });
    }
    expect(json.output).toMatchObject({ ClusterPullUsername: { value: `tcr$${REGISTRY.clusterRobot}` } });
    // Every service account password is a sensitive output, never a value.
    const passwords = Object.values(json.output as Record<string, any>).filter((o) => String(o.value).endsWith('.password}'));
    expect(passwords).toHaveLength(accounts.length);
    expect(passwords.every((o) => o.sensitive === true)).toBe(true);
  });

  test('is byte-identical every run', () => {
    expect(synthExample(buildRegistry, 'registry')).toBe(text);
    expect(text).toMatchSnapshot();
  });
});
