import { AccessLevel } from './access-level';
import { ccrAccess, CcrPermission } from './ccr-access';
import { deleteGuardrail, GuardrailScope } from './delete-guardrail';
import { enterpriseAccess, namespaceAdmin, repoReadOnly } from './enterprise';
import { personalAccess } from './personal';
import { presetStatements, TcrPreset } from './presets';
import { registryLoginIf, RegistryLoginTarget, withRegistryLogin } from './registry-login';
import { repositoryAccess, RepositoryAccessLevel } from './repository-access';
import { Scenario } from './scenario';
import { ScenarioScope } from './scope';

/** The inputs a named scenario is built from (the flags of `tcr-access generate`). */
export interface NamedScenarioInputs extends ScenarioScope {
  readonly instanceId?: string;
  readonly namespace?: string;
  readonly repositories: readonly string[];
  /** `repository-access`: how much to grant. */
  readonly access?: RepositoryAccessLevel;
  /** `ccr-access`: what to allow. */
  readonly permissions: readonly CcrPermission[];
  /**
   * Add the registry login (`docker login` password) where the scenario's construct adds it: `false` leaves it
   * out, like the constructs' `registryLogin: false`. @default true
   */
  readonly registryLogin?: boolean;
}

/** A scenario by name: which inputs it needs and accepts, and how it is built from them. */
export interface NamedScenario {
  readonly summary: string;
  readonly required: ReadonlyArray<keyof NamedScenarioInputs>;
  readonly optional: ReadonlyArray<keyof NamedScenarioInputs>;
  /** At most this many repositories. @default - no limit */
  readonly maxRepositories?: number;
  build(inputs: NamedScenarioInputs): Scenario;
}

const SCOPE: ReadonlyArray<keyof NamedScenarioInputs> = ['region', 'ownerUin'];
/** The scope inputs of a scenario whose construct adds the registry login. */
const SCOPE_AND_LOGIN: ReadonlyArray<keyof NamedScenarioInputs> = [...SCOPE, 'registryLogin'];

const PERSONAL: RegistryLoginTarget = { edition: 'personal' };
const enterprise = (i: NamedScenarioInputs): RegistryLoginTarget => ({ edition: 'enterprise', instanceId: i.instanceId });

/** The scenario with the registry login its construct adds (unless `registryLogin` is false). */
const withLogin = (scenario: Scenario, i: NamedScenarioInputs, target: RegistryLoginTarget) =>
  withRegistryLogin(scenario, registryLoginIf(i.registryLogin, target), i);
const fixed = (statements: () => ReturnType<Scenario['build']>): Scenario => ({ specs: [], build: statements });

/**
 * Every scenario of the library by name: Tencent's templates (https://www.tencentcloud.com/document/product/1051/37250, https://www.tencentcloud.com/document/product/1051/37246, https://intl.cloud.tencent.com/document/product/457/11527), the presets, and the
 * grants and guardrail the constructs build (`RepositoryAccess`, `CcrAccess`, `TcrDeleteGuardrail`), as the
 * constructs build them. `tcr-access generate` prints these; the list lives here, beside the builders.
 */
export const NAMED_SCENARIOS: Readonly<Record<string, NamedScenario>> = Object.freeze({
  'enterprise-full': {
    summary: 'tcr:* on every Enterprise instance and repository',
    required: [],
    optional: SCOPE,
    build: (i) => enterpriseAccess({ ...i, access: AccessLevel.FULL }),
  },
  'enterprise-read-only': {
    summary: 'describe and pull on every Enterprise resource, with the registry login',
    required: [],
    optional: [...SCOPE_AND_LOGIN, 'instanceId'],
    build: (i) => withLogin(enterpriseAccess({ ...i, access: AccessLevel.READ_ONLY }), i, enterprise(i)),
  },
  'instance-admin': {
    summary: 'tcr:* on one instance and its repositories',
    required: ['instanceId'],
    optional: SCOPE,
    build: (i) => enterpriseAccess({ ...i, access: AccessLevel.FULL }),
  },
  'namespace-admin': {
    summary: 'tcr:* inside one namespace, with the registry login',
    required: ['instanceId', 'namespace'],
    optional: SCOPE_AND_LOGIN,
    build: (i) => withLogin(namespaceAdmin({ ...i, instanceId: i.instanceId!, namespace: i.namespace! }), i, enterprise(i)),
  },
  'repo-read-only': {
    summary: 'describe and pull the named repositories, with the registry login',
    required: ['instanceId', 'namespace', 'repositories'],
    optional: SCOPE_AND_LOGIN,
    build: (i) => withLogin(repoReadOnly({ ...i, instanceId: i.instanceId!, namespace: i.namespace! }), i, enterprise(i)),
  },
  'repository-access': {
    summary: 'pull (or pull and push) in one namespace or on exactly the named repositories, with the registry login',
    required: ['instanceId', 'namespace', 'access'],
    optional: [...SCOPE_AND_LOGIN, 'repositories'],
    build: (i) => repositoryAccess({
      ...i,
      instanceId: i.instanceId!,
      namespace: i.namespace!,
      access: i.access!,
      repositories: i.repositories.length ? i.repositories : undefined,
    }),
  },
  'personal-full': {
    summary: 'tcr:* on every Personal repository, with the registry login',
    required: [],
    optional: SCOPE_AND_LOGIN,
    build: (i) => withLogin(personalAccess({ ...i, access: AccessLevel.FULL }), i, PERSONAL),
  },
  'personal-read-only': {
    summary: 'describe and pull every Personal repository, with the registry login',
    required: [],
    optional: SCOPE_AND_LOGIN,
    build: (i) => withLogin(personalAccess({ ...i, access: AccessLevel.READ_ONLY }), i, PERSONAL),
  },
  'personal-namespace-admin': {
    summary: 'manage one Personal namespace, with the registry login',
    required: ['namespace'],
    optional: SCOPE_AND_LOGIN,
    build: (i) => withLogin(personalAccess({ ...i, access: AccessLevel.FULL }), i, PERSONAL),
  },
  'personal-repo-read-only': {
    summary: 'pull one Personal repository, with the registry login',
    required: ['namespace', 'repositories'],
    optional: SCOPE_AND_LOGIN,
    maxRepositories: 1,
    build: (i) => withLogin(personalAccess({ ...i, access: AccessLevel.READ_ONLY, repository: i.repositories[0] }), i, PERSONAL),
  },
  'ccr-access': {
    summary: 'legacy CCR permissions on every namespace, one namespace, or named repositories of it',
    required: ['permissions'],
    optional: [...SCOPE, 'namespace', 'repositories'],
    build: (i) => ccrAccess({
      ...i,
      permissions: i.permissions,
      // Repositories name their namespace; without one they are reported as repositories of namespace "".
      namespaces: i.namespace !== undefined && i.repositories.length === 0 ? [i.namespace] : undefined,
      repositories: i.repositories.length ? i.repositories.map((repository) => ({ namespace: i.namespace ?? '', repository })) : undefined,
    }),
  },
  'delete-guardrail': {
    summary: 'deny every delete: in the whole service, one Enterprise instance, or one namespace of it',
    required: [],
    optional: [...SCOPE, 'instanceId', 'namespace'],
    build: (i) => deleteGuardrail({ ...i, scope: guardrailScope(i) }),
  },
  'preset-full': {
    summary: 'a copy of the preset QcloudTCRFullAccess',
    required: [],
    optional: [],
    build: () => fixed(() => presetStatements(TcrPreset.FULL_ACCESS)),
  },
  'preset-read-only': {
    summary: 'a copy of the preset QcloudTCRReadOnlyAccess',
    required: [],
    optional: [],
    build: () => fixed(() => presetStatements(TcrPreset.READ_ONLY_ACCESS)),
  },
});

/** A namespace without its instance is an instance id of "" (reported as a missing name, never the whole service). */
function guardrailScope(i: NamedScenarioInputs): GuardrailScope {
  if (i.namespace !== undefined) return GuardrailScope.namespace(i.instanceId ?? '', i.namespace);
  if (i.instanceId !== undefined) return GuardrailScope.instance(i.instanceId);
  return GuardrailScope.service();
}
