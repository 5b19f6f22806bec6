import { LocalBackend, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  CamGroup,
  RepositoryAccessLevel,
  Suppressions,
  TcrInstance,
  TcrNamespace,
  TcrServiceAccount,
  TcrTeamAccess,
  TencentcloudProvider,
} from '../lib';

/** The registry and its teams: names only, every id comes from the resources the stack creates. */
export const REGISTRY = {
  name: 'acme-prod',
  region: 'ap-guangzhou',
  teams: {
    Payments: { namespace: 'payments', ciRobot: 'payments-ci' },
    Search: { namespace: 'search', ciRobot: 'search-ci' },
  },
  /** The TKE cluster's pull-only robot for the TCR add-on, over every team namespace. */
  clusterRobot: 'tke-prod-pull',
};

/**
 * A whole registry in one stack: the TCR instance, a namespace and three CAM groups per team, each team's
 * CI as a TCR service account, a pull-only service account for the cluster, and the access policies wired
 * to them by attribute (a namespace's `name`, never its `id`, which is `instance#name`). Tests synthesize it too.
 */
export function buildRegistry(scope: Construct, id: string, config = REGISTRY): TerraformStack {
  const stack = new TerraformStack(scope, id);
  new LocalBackend(stack, { path: `terraform.${id}.tfstate` });
  new TencentcloudProvider(stack, 'tencentcloud', { region: config.region });

  const instance = new TcrInstance(stack, 'Registry', { name: config.name, instanceType: 'basic', deletionProtection: true });
  const namespaces: TcrNamespace[] = [];

  for (const [team, t] of Object.entries(config.teams)) {
    const namespace = new TcrNamespace(stack, `${team}Namespace`, { instanceId: instance.id, name: t.namespace });
    namespaces.push(namespace);
    const group = (role: string) => new CamGroup(stack, `${team}${role}`, { name: `${t.namespace}-${role.toLowerCase()}` }).id;

    new TcrTeamAccess(stack, team, {
      instanceId: instance.id,
      namespace: namespace.name,
      region: config.region,
      admins: { groupId: group('Admins') },
      developers: { groupId: group('Developers') },
      readers: { groupId: group('Readers') },
      // The team's CI is a robot: pull and push on the team namespace, valid for 90 days, then rotated.
      ci: { serviceAccount: { name: t.ciRobot, expiresInDays: 90, description: `${team} CI` } },
    });
  }

  // The cluster pulls with a robot of its own: pull only, every team namespace, a year.
  const cluster = new TcrServiceAccount(stack, 'ClusterPull', {
    instanceId: instance.id,
    name: config.clusterRobot,
    permissions: namespaces.map((n) => ({ namespace: n.name, access: RepositoryAccessLevel.PULL })),
    expiresInDays: 365,
    description: 'TKE TCR add-on (imagePullSecretsCrs)',
  });
  new TerraformOutput(stack, 'ClusterPullUsername', { value: cluster.username });
  new TerraformOutput(stack, 'RegistryDomain', { value: instance.publicDomain });

  Suppressions.of(stack).add({
    ruleId: 'operation-level-via-wildcard',
    reason: 'Teams work through docker and the CLI; nobody here needs the console to list instances',
  });
  return stack;
}
