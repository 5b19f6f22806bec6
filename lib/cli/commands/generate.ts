import { PolicyDocument } from '../../policy/policy-document';
import { CcrPermission } from '../../scenarios/ccr-access';
import { NAMED_SCENARIOS, NamedScenarioInputs } from '../../scenarios/named-scenarios';
import { RepositoryAccessLevel } from '../../scenarios/repository-access';
import { formatFinding } from '../../validation/format-finding';
import { lintInputs, lintPolicy } from '../../validation/lint-policy';
import { CliError, ExitCode } from '../cli-error';
import type { Command } from '../command';

/** Flags of `tcr-access generate`. */
export interface GenerateOptions {
  readonly instanceId?: string;
  readonly namespace?: string;
  readonly repository?: readonly string[];
  readonly region?: string;
  readonly ownerUin?: string;
  /** `repository-access`: `pull` or `pull-push`. */
  readonly access?: string;
  /** `ccr-access`: permission names, e.g. `pull`, `delete-tag` (see {@link CCR_PERMISSION_FLAGS}). */
  readonly permission?: readonly string[];
  readonly name?: string;
  readonly format?: 'json' | 'tf-json';
  /** `false` (`--no-registry-login`): leave out the registry login the scenario's construct adds. @default true */
  readonly registryLogin?: boolean;
}

/** The flag that sets each input, for messages. */
const FLAG: Record<keyof NamedScenarioInputs, string> = {
  instanceId: '--instance-id',
  namespace: '--namespace',
  repositories: '--repository',
  region: '--region',
  ownerUin: '--owner-uin',
  access: '--access',
  permissions: '--permission',
  registryLogin: '--no-registry-login',
};

/** `--access` values: the `RepositoryAccessLevel` values. */
export const ACCESS_FLAGS: readonly string[] = Object.values(RepositoryAccessLevel);

/** `--permission` values: each `CcrPermission` by its name in kebab case (`PULL` → `pull`, `DELETE_TAG` → `delete-tag`). */
export const CCR_PERMISSION_FLAGS: Readonly<Record<string, CcrPermission>> = Object.freeze(Object.fromEntries(
  Object.entries(CcrPermission).map(([key, value]) => [key.toLowerCase().replace(/_/g, '-'), value]),
));

/**
 * The policy of a scenario, as the constructs render it (`json`) or as a Terraform JSON
 * configuration with one `tencentcloud_cam_policy` (`tf-json`). Bad input throws a {@link CliError}
 * listing every problem.
 */
export const generate: Command<[scenario: string], GenerateOptions> = ([scenarioName], options) => {
  const def = NAMED_SCENARIOS[scenarioName];
  if (!def) {
    throw new CliError(`unknown scenario ${JSON.stringify(scenarioName)}; choose one of: ${Object.keys(NAMED_SCENARIOS).join(', ')}`);
  }
  const inputs: NamedScenarioInputs = {
    instanceId: options.instanceId,
    namespace: options.namespace,
    repositories: options.repository ?? [],
    region: options.region,
    ownerUin: options.ownerUin,
    access: options.access as RepositoryAccessLevel | undefined,
    permissions: (options.permission ?? []).map((p) => CCR_PERMISSION_FLAGS[p]),
    registryLogin: options.registryLogin,
  };
  const problems: string[] = [];
  for (const key of Object.keys(FLAG) as Array<keyof NamedScenarioInputs>) {
    const given = key === 'repositories' || key === 'permissions' ? inputs[key].length > 0
      : key === 'registryLogin' ? inputs.registryLogin === false : inputs[key] !== undefined;
    if (def.required.includes(key) && !given) problems.push(`${scenarioName} needs ${FLAG[key]}`);
    // An ignored flag would look like a scoped policy while granting more: refuse it.
    if (given && !def.required.includes(key) && !def.optional.includes(key)) problems.push(`${FLAG[key]} does not apply to ${scenarioName}`);
  }
  if (def.maxRepositories !== undefined && inputs.repositories.length > def.maxRepositories) {
    problems.push(`${scenarioName} takes one ${FLAG.repositories}`);
  }
  if (problems.length) throw new CliError(problems.join('; '));

  const scenario = def.build(inputs);
  const policyName = options.name ?? `tcr-access-${scenarioName}`;
  const inputProblems = [...lintInputs({ nameProps: scenario.specs, policyName }), ...scenario.problems ?? []].map(formatFinding);
  if (inputProblems.length) throw new CliError(inputProblems.join('\n'));

  const document = new PolicyDocument({ statements: scenario.build() }).render();
  // The same rules as the constructs: a document that would fail synth is never printed.
  const errors = lintPolicy(document, { policyName }).filter((f) => f.severity === 'error');
  if (errors.length) throw new CliError(errors.map(formatFinding).join('\n'));
  const output = (options.format ?? 'json') === 'json' ? document : terraformJson(policyName, document);
  return { output: output + '\n', exitCode: ExitCode.OK };
};

/** A Terraform JSON configuration usable with plain `terraform apply`. */
function terraformJson(policyName: string, document: string): string {
  const label = policyName.replace(/[^A-Za-z0-9_-]/g, '_').replace(/^(?![A-Za-z_])/, 'p_');
  const config = {
    terraform: { required_providers: { tencentcloud: { source: 'tencentcloudstack/tencentcloud' } } },
    resource: { tencentcloud_cam_policy: { [label]: { name: policyName, document } } },
  };
  return JSON.stringify(config, undefined, 2);
}
