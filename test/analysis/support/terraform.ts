// Builders of Terraform JSON documents for the analysis tests, in the shape cdktf writes.

/** A CAM policy document with the given statements. */
export const policyDocument = (...statement: object[]) => JSON.stringify({ version: '2.0', statement });

/** A Terraform JSON document: `resource` and `data` blocks by type and label. */
export function terraform(resource: Record<string, Record<string, object>>, data: Record<string, Record<string, object>> = {}): string {
  return JSON.stringify({ terraform: { required_providers: {} }, resource, ...(Object.keys(data).length ? { data } : {}) }, undefined, 1);
}

export const INSTANCE = 'tcr-prod8k2m';
export const OWNER = '100000000001';
/** A repository resource of the instance, as requests name it. */
export const repository = (namespace: string, repo: string) => `qcs::tcr:ap-guangzhou:uin/${OWNER}:repository/${INSTANCE}/${namespace}/${repo}`;
/** An allow of `actions` on the repositories of a namespace (or one repository). */
export const allowOn = (actions: string[], namespace: string, repo = '*') =>
  ({ effect: 'allow', action: actions, resource: [`qcs::tcr:ap-guangzhou::repository/${INSTANCE}/${namespace}/${repo}`] });

/** The two stacks of a small app: a break-glass user in one, a CI role and a team group in the other. */
export function twoStackApp(options: { ciRepos: string[]; teamNamespace: string }): { access: string; teams: string } {
  const access = terraform({
    tencentcloud_cam_policy: { BreakGlass: { name: 'break-glass', document: policyDocument({ effect: 'allow', action: ['tcr:*'], resource: ['*'] }) } },
    tencentcloud_cam_user_policy_attachment: { BreakGlassAlice: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.BreakGlass.id}' } },
  });
  const teams = terraform({
    tencentcloud_cam_policy: {
      Ci: { name: 'payments-ci', document: policyDocument(allowOn(['tcr:PullRepository', 'tcr:PushRepository'], 'payments', options.ciRepos[0]), ...options.ciRepos.slice(1).map((r) => allowOn(['tcr:PullRepository', 'tcr:PushRepository'], 'payments', r))) },
      Team: { name: 'team-pull', document: policyDocument(allowOn(['tcr:PullRepository'], options.teamNamespace)) },
    },
    tencentcloud_cam_role_policy_attachment: { CiRole: { role_id: '4611686018427922701', policy_id: '${tencentcloud_cam_policy.Ci.id}' } },
    tencentcloud_cam_group_policy_attachment: { TeamGroup: { group_id: '${tencentcloud_cam_group.Team.id}', policy_id: '${tencentcloud_cam_policy.Team.id}' } },
    tencentcloud_cam_group: { Team: { name: 'payments-team' } },
  });
  return { access, teams };
}
