import { AccessLevel } from '../scenarios/access-level';
import { enterpriseAccess, namespaceAdmin, repoReadOnly } from '../scenarios/enterprise';
import { personalAccess } from '../scenarios/personal';
import { presetStatements, TcrPreset } from '../scenarios/presets';
import { Scenario } from '../scenarios/scenario';
import { ScenarioScope } from '../scenarios/scope';

/** The inputs `generate` takes from its flags. */
export interface ScenarioInputs extends ScenarioScope {
  readonly instanceId?: string;
  readonly namespace?: string;
  readonly repositories: readonly string[];
}

/** Which flags a scenario needs and accepts. */
interface ScenarioDef {
  readonly summary: string;
  readonly required: ReadonlyArray<keyof ScenarioInputs>;
  readonly optional: ReadonlyArray<keyof ScenarioInputs>;
  /** At most this many repositories. */
  readonly maxRepositories?: number;
  build(inputs: ScenarioInputs): Scenario;
}

const SCOPE: ReadonlyArray<keyof ScenarioInputs> = ['region', 'ownerUin'];
const fixed = (statements: () => ReturnType<Scenario['build']>): Scenario => ({ specs: [], build: statements });

/** The scenarios of `tcr-access generate`, named after the seed templates. */
export const CLI_SCENARIOS: Readonly<Record<string, ScenarioDef>> = {
  'enterprise-full': {
    summary: 'tcr:* on every Enterprise instance and repository',
    required: [],
    optional: SCOPE,
    build: (i) => enterpriseAccess({ ...i, access: AccessLevel.FULL }),
  },
  'enterprise-read-only': {
    summary: 'describe and pull on every Enterprise resource',
    required: [],
    optional: [...SCOPE, 'instanceId'],
    build: (i) => enterpriseAccess({ ...i, access: AccessLevel.READ_ONLY }),
  },
  'instance-admin': {
    summary: 'tcr:* on one instance and its repositories',
    required: ['instanceId'],
    optional: SCOPE,
    build: (i) => enterpriseAccess({ ...i, access: AccessLevel.FULL }),
  },
  'namespace-admin': {
    summary: 'tcr:* inside one namespace',
    required: ['instanceId', 'namespace'],
    optional: SCOPE,
    build: (i) => namespaceAdmin({ ...i, instanceId: i.instanceId!, namespace: i.namespace! }),
  },
  'repo-read-only': {
    summary: 'describe and pull the named repositories',
    required: ['instanceId', 'namespace', 'repositories'],
    optional: SCOPE,
    build: (i) => repoReadOnly({ ...i, instanceId: i.instanceId!, namespace: i.namespace! }),
  },
  'personal-full': {
    summary: 'tcr:* on every Personal repository',
    required: [],
    optional: SCOPE,
    build: (i) => personalAccess({ ...i, access: AccessLevel.FULL }),
  },
  'personal-read-only': {
    summary: 'describe and pull every Personal repository',
    required: [],
    optional: SCOPE,
    build: (i) => personalAccess({ ...i, access: AccessLevel.READ_ONLY }),
  },
  'personal-namespace-admin': {
    summary: 'manage one Personal namespace',
    required: ['namespace'],
    optional: SCOPE,
    build: (i) => personalAccess({ ...i, access: AccessLevel.FULL }),
  },
  'personal-repo-read-only': {
    summary: 'pull one Personal repository',
    required: ['namespace', 'repositories'],
    optional: SCOPE,
    maxRepositories: 1,
    build: (i) => personalAccess({ ...i, access: AccessLevel.READ_ONLY, repository: i.repositories[0] }),
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
};
