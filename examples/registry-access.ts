import { LocalBackend, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import {
  AccessLevel,
  Effect,
  NamespaceAdmin,
  PersonalRepoAccess,
  PolicyStatement,
  RepoReadOnly,
  ResourceName,
  TcrInstanceAccess,
  TcrPolicy,
  TencentcloudProvider,
} from '../lib';

/** One stack showing every construct with realistic names. Tests synthesize it too. */
export function buildRegistryAccess(scope: Construct, id: string): TerraformStack {
  const stack = new TerraformStack(scope, id);
  // A relative state path keeps the synthesized JSON identical on every machine.
  new LocalBackend(stack, { path: `terraform.${id}.tfstate` });
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });

  // Platform team: everything on the production registry instance.
  new TcrInstanceAccess(stack, 'PlatformProdRegistry', {
    access: AccessLevel.FULL,
    instanceId: 'tcr-prod8k2m',
    region: 'ap-guangzhou',
    description: 'Platform team: full access to the production registry',
  });

  // Auditors: read-only on every Enterprise instance.
  new TcrInstanceAccess(stack, 'AuditorsReadOnly', { access: AccessLevel.READ_ONLY });

  // The payments team manages its own namespace.
  new NamespaceAdmin(stack, 'PaymentsNamespaceAdmin', {
    instanceId: 'tcr-prod8k2m',
    namespace: 'payments',
  });

  // The deploy pipeline may only pull the two images it ships.
  new RepoReadOnly(stack, 'DeployPull', {
    instanceId: 'tcr-prod8k2m',
    namespace: 'payments',
    repositories: ['checkout-api', 'ledger-worker'],
  });

  // A Personal-edition namespace kept from before the Enterprise migration.
  new PersonalRepoAccess(stack, 'LegacyToolsAdmin', { access: AccessLevel.FULL, namespace: 'legacy-tools' });
  new PersonalRepoAccess(stack, 'LegacyBasePull', {
    access: AccessLevel.READ_ONLY,
    namespace: 'legacy-tools',
    repository: 'base-image',
  });

  // Anything else: a hand-written document, here a legacy CCR deny guardrail (seed 003).
  new TcrPolicy(stack, 'CcrNoRepositoryDeletes', {
    description: 'Nobody deletes CCR repositories',
    statements: [
      new PolicyStatement({
        effect: Effect.DENY,
        actions: ['ccr:BatchDeleteRepository', 'ccr:DeleteRepository'],
        resources: [ResourceName.ccrRepo(['*'])],
      }),
    ],
  });
  return stack;
}
