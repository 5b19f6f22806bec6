import { LocalBackend, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { GuardrailScope, Suppressions, TcrDeleteGuardrail, TcrPreset, TcrPresetPolicy, TcrTeamAccess, TencentcloudProvider } from '../lib';

/** One team of the monorepo: its namespace, its CAM groups and its CI role. */
export interface TeamConfig {
  readonly namespace: string;
  readonly adminsGroupId: string;
  readonly developersGroupId: string;
  readonly readersGroupId: string;
  readonly ciRoleId: string;
  /** The images the team's pipeline builds. */
  readonly ciRepositories: readonly string[];
}

/** The registry and its teams, as a platform team would keep them in one config file. */
export const REGISTRY_TEAMS = {
  instanceId: 'tcr-prod8k2m',
  region: 'ap-guangzhou',
  auditorsGroupId: '100300',
  teams: {
    Payments: {
      namespace: 'payments',
      adminsGroupId: '100101',
      developersGroupId: '100102',
      readersGroupId: '100103',
      ciRoleId: '4611686018427922701',
      ciRepositories: ['checkout-api', 'ledger-worker'],
    },
    Search: {
      namespace: 'search',
      adminsGroupId: '100201',
      developersGroupId: '100202',
      readersGroupId: '100203',
      ciRoleId: '4611686018427922702',
      ciRepositories: ['indexer', 'query-api'],
    },
    Platform: {
      namespace: 'platform',
      adminsGroupId: '100301',
      developersGroupId: '100302',
      readersGroupId: '100303',
      ciRoleId: '4611686018427922703',
      ciRepositories: ['base-images/node', 'base-images/jdk'],
    },
  } satisfies Record<string, TeamConfig>,
};

/** A monorepo-style stack: every team's access built from one config object in a loop. Tests synthesize it too. */
export function buildRegistryTeams(scope: Construct, id: string, config = REGISTRY_TEAMS): TerraformStack {
  const stack = new TerraformStack(scope, id);
  new LocalBackend(stack, { path: `terraform.${id}.tfstate` });
  new TencentcloudProvider(stack, 'tencentcloud', { region: config.region });

  for (const [team, t] of Object.entries(config.teams)) {
    new TcrTeamAccess(stack, team, {
      instanceId: config.instanceId,
      namespace: t.namespace,
      region: config.region,
      admins: { groupId: t.adminsGroupId },
      developers: { groupId: t.developersGroupId },
      ci: { roleId: t.ciRoleId, repositories: t.ciRepositories },
      readers: { groupId: t.readersGroupId },
    });
    // Pipelines never delete: a guardrail on the team's namespace, next to the CI grant.
    new TcrDeleteGuardrail(stack, `${team}CiNoDeletes`, { scope: GuardrailScope.namespace(config.instanceId, t.namespace), region: config.region })
      .attachToRole(t.ciRoleId);
  }

  Suppressions.of(stack).add({
    ruleId: 'operation-level-via-wildcard',
    reason: 'Teams work through docker and the CLI; nobody here needs the console to list instances',
  });

  // Auditors use Tencent's preset instead of a custom copy.
  new TcrPresetPolicy(stack, 'Auditors', { preset: TcrPreset.READ_ONLY_ACCESS }).attachToGroup(config.auditorsGroupId);
  return stack;
}
