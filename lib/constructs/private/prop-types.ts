import { Token } from 'cdktf';
import { PolicyStatement } from '../../policy/policy-statement';
import { AccessLevel } from '../../scenarios/access-level';
import { CcrPermission } from '../../scenarios/ccr-access';
import { GuardrailScope } from '../../scenarios/delete-guardrail';
import { IpUnsupportedApis } from '../../scenarios/grant-conditions';
import { RepositoryAccessLevel } from '../../scenarios/repository-access';
import type { ScenarioProblem } from '../../scenarios/scenario-problem';
import { propFinding, propFindingOf } from '../../validation/rule-finding';
import type { RuleId } from '../../validation/rules';
import { invalidSyntax } from '../../validation/rules/invalid-syntax';

/**
 * The type of one prop as a plain-JavaScript caller may get it wrong: checked before any scenario reads
 * the props, so a number, `null`, a string for a list or a value outside an enum fails synth with the
 * prop named, never a `TypeError` and never a wider grant.
 */
export type PropType =
  | { readonly kind: 'string' }
  | { readonly kind: 'strings' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'number' }
  | { readonly kind: 'stringMap' }
  | { readonly kind: 'enum'; readonly name: string; readonly values: Readonly<Record<string, string>> }
  | { readonly kind: 'enums'; readonly name: string; readonly values: Readonly<Record<string, string>> }
  | { readonly kind: 'object'; readonly props: PropTypes }
  | { readonly kind: 'objects'; readonly props: PropTypes }
  | {
    readonly kind: 'instance';
    readonly name: string;
    readonly is: (value: unknown) => boolean;
    readonly each?: boolean;
    /** How to make one, for the message (a plain object is the usual mistake from JavaScript). */
    readonly make: string;
  };

/** One prop: its type, whether it is required, and the rule its problems are reported under. */
export interface PropTypeSpec {
  readonly type: PropType;
  readonly required?: boolean;
  /** @default 'invalid-name' */
  readonly ruleId?: RuleId;
}

/** The props of a construct, by name. */
export type PropTypes = Readonly<Record<string, PropTypeSpec>>;

const STRING: PropType = { kind: 'string' };
const req = (type: PropType, ruleId?: RuleId): PropTypeSpec => ({ type, required: true, ruleId });
const opt = (type: PropType, ruleId?: RuleId): PropTypeSpec => ({ type, ruleId });

/** The props every policy construct takes. */
const COMMON: PropTypes = {
  policyName: opt(STRING, 'invalid-policy-name'),
  description: opt(STRING, 'invalid-policy-name'),
  region: opt(STRING),
  ownerUin: opt(STRING),
  tags: opt({ kind: 'stringMap' }, 'invalid-syntax'),
  allowedSourceIps: opt({ kind: 'strings' }, 'invalid-condition'),
  resourceTags: opt({ kind: 'stringMap' }, 'invalid-condition'),
  ipUnsupportedApis: opt({ kind: 'enum', name: 'IpUnsupportedApis', values: IpUnsupportedApis }, 'invalid-condition'),
};
const LISTING: PropTypes = { consoleListing: opt({ kind: 'boolean' }, 'invalid-syntax') };
const LOGIN: PropTypes = { registryLogin: opt({ kind: 'boolean' }, 'invalid-syntax') };
const ACCESS_LEVEL: PropType = { kind: 'enum', name: 'AccessLevel', values: AccessLevel };

/** The props of each policy construct, by class name. */
export const CONSTRUCT_PROP_TYPES = {
  NamespaceAdmin: { ...COMMON, ...LOGIN, instanceId: req(STRING), namespace: req(STRING) },
  RepoReadOnly: { ...COMMON, ...LISTING, ...LOGIN, instanceId: req(STRING), namespace: req(STRING), repository: opt(STRING), repositories: opt({ kind: 'strings' }) },
  RepositoryAccess: {
    ...COMMON,
    ...LISTING,
    ...LOGIN,
    instanceId: req(STRING),
    namespace: req(STRING),
    access: req({ kind: 'enum', name: 'RepositoryAccessLevel', values: RepositoryAccessLevel }, 'invalid-syntax'),
    repositories: opt({ kind: 'strings' }),
  },
  TcrInstanceAccess: { ...COMMON, ...LISTING, ...LOGIN, access: req(ACCESS_LEVEL, 'invalid-syntax'), instanceId: opt(STRING) },
  PersonalRepoAccess: { ...COMMON, ...LISTING, ...LOGIN, access: req(ACCESS_LEVEL, 'invalid-syntax'), namespace: opt(STRING), repository: opt(STRING) },
  CcrAccess: {
    ...COMMON,
    permissions: req({ kind: 'enums', name: 'CcrPermission', values: CcrPermission }, 'unknown-action'),
    namespaces: opt({ kind: 'strings' }),
    repositories: opt({ kind: 'objects', props: { namespace: req(STRING), repository: req(STRING) } }),
  },
  TcrDeleteGuardrail: {
    policyName: COMMON.policyName,
    description: COMMON.description,
    region: COMMON.region,
    ownerUin: COMMON.ownerUin,
    tags: COMMON.tags,
    scope: opt({
      kind: 'instance',
      name: 'GuardrailScope',
      is: (v) => v instanceof GuardrailScope,
      make: 'GuardrailScope.service(), .instance(instanceId), .namespace(instanceId, namespace), .personalNamespace(namespace) or .ccrNamespace(namespace)',
    }, 'invalid-syntax'),
  },
  TcrPolicy: {
    policyName: COMMON.policyName,
    description: COMMON.description,
    tags: COMMON.tags,
    allowedSourceIps: COMMON.allowedSourceIps,
    resourceTags: COMMON.resourceTags,
    ipUnsupportedApis: COMMON.ipUnsupportedApis,
    statements: req({
      kind: 'instance',
      name: 'PolicyStatement',
      is: (v) => v instanceof PolicyStatement,
      each: true,
      make: 'new PolicyStatement({ effect, actions, resources })',
    }, 'invalid-syntax'),
  },
} satisfies Record<string, PropTypes>;

/** The expiry and options of a TCR service account (`TcrServiceAccount`, a team's CI robot). */
const SERVICE_ACCOUNT_OPTIONS: PropTypes = {
  expiresInDays: opt({ kind: 'number' }, 'service-account-expiry'),
  neverExpires: opt({ kind: 'boolean' }, 'service-account-expiry'),
  description: opt(STRING, 'invalid-syntax'),
  disabled: opt({ kind: 'boolean' }, 'invalid-syntax'),
};

/** The props of `TcrServiceAccount`. */
export const SERVICE_ACCOUNT_PROP_TYPES: PropTypes = {
  instanceId: req(STRING),
  name: req(STRING),
  permissions: req({
    kind: 'objects',
    props: { namespace: req(STRING), access: req({ kind: 'enum', name: 'RepositoryAccessLevel', values: RepositoryAccessLevel }, 'invalid-syntax') },
  }),
  ...SERVICE_ACCOUNT_OPTIONS,
};

/** A team's CI: a CAM role and its repositories, or a TCR service account. */
const CI_ROLE: PropType = { kind: 'object', props: { roleId: req(STRING), repositories: req({ kind: 'strings' }) } };
const CI_SERVICE_ACCOUNT: PropType = { kind: 'object', props: { serviceAccount: req({ kind: 'object', props: { name: req(STRING), ...SERVICE_ACCOUNT_OPTIONS } }) } };

/** The props of `TcrTeamAccess`, which builds the policy constructs above; `ci` is checked as the variant it has the key of. */
export function teamAccessPropTypes(props: unknown): PropTypes {
  const ci = (props as { ci?: unknown } | null | undefined)?.ci;
  const robot = typeof ci === 'object' && ci !== null && 'serviceAccount' in ci;
  return { ...TEAM_ACCESS_PROP_TYPES, ci: opt(robot ? CI_SERVICE_ACCOUNT : CI_ROLE) };
}

/** The props of `TcrTeamAccess` with a CI role (see `teamAccessPropTypes`). */
export const TEAM_ACCESS_PROP_TYPES: PropTypes = {
  allowedSourceIps: COMMON.allowedSourceIps,
  resourceTags: COMMON.resourceTags,
  ipUnsupportedApis: COMMON.ipUnsupportedApis,
  region: COMMON.region,
  ownerUin: COMMON.ownerUin,
  instanceId: req(STRING),
  namespace: req(STRING),
  admins: opt({ kind: 'object', props: { groupId: req(STRING) } }),
  developers: opt({ kind: 'object', props: { groupId: req(STRING) } }),
  readers: opt({ kind: 'object', props: { groupId: req(STRING) } }),
  ci: opt(CI_ROLE),
  registryLogin: opt({ kind: 'boolean' }, 'invalid-syntax'),
};

/**
 * Every prop whose value has the wrong type for a plain-JavaScript caller, as problems naming the prop
 * (`ownerUin`, `repositories[2]`, `ci.roleId`). A prop the table does not know is left alone (TypeScript
 * users may pass subclasses' props); an absent optional prop is fine, `null` never is.
 */
export function checkPropTypes(props: unknown, types: PropTypes, prefix = ''): ScenarioProblem[] {
  if (typeof props !== 'object' || props === null || Array.isArray(props)) {
    return [propFinding(invalidSyntax, prefix || 'props', shown(props), `Invalid ${prefix || 'props'}: expected an object of props, got ${describe(props)}.`)];
  }
  const values = props as Record<string, unknown>;
  const problems: ScenarioProblem[] = [];
  for (const [name, spec] of Object.entries(types)) {
    const prop = prefix ? `${prefix}.${name}` : name;
    const value = values[name];
    if (value === undefined) {
      if (spec.required) problems.push(problem(spec, prop, value, 'it is required'));
      continue;
    }
    problems.push(...checkType(spec, prop, value));
  }
  return problems;
}

function checkType(spec: PropTypeSpec, prop: string, value: unknown): ScenarioProblem[] {
  const type = spec.type;
  switch (type.kind) {
    case 'string':
      return typeof value === 'string' ? [] : [problem(spec, prop, value, 'expected a string')];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [problem(spec, prop, value, 'expected true or false')];
    case 'number':
      return typeof value === 'number' ? [] : [problem(spec, prop, value, 'expected a number')];
    case 'strings':
      if (!Array.isArray(value)) return [problem(spec, prop, value, 'expected a list of strings')];
      return value.flatMap((v, i) => (typeof v === 'string' ? [] : [problem(spec, `${prop}[${i}]`, v, 'expected a string')]));
    case 'stringMap':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return [problem(spec, prop, value, 'expected an object of string keys and values')];
      return Object.entries(value).flatMap(([k, v]) => (typeof v === 'string' ? [] : [problem(spec, `${prop}.${k}`, v, 'expected a string')]));
    case 'enum':
      return enumValue(type.values, value) ? [] : [problem(spec, prop, value, `expected one of ${enumList(type.name, type.values)}`)];
    case 'enums':
      if (!Array.isArray(value)) return [problem(spec, prop, value, `expected a list of ${type.name} values`)];
      return value.flatMap((v, i) => (enumValue(type.values, v) ? [] : [problem(spec, `${prop}[${i}]`, v, `expected one of ${enumList(type.name, type.values)}`)]));
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? checkPropTypes(value, type.props, prop) : [problem(spec, prop, value, 'expected an object')];
    case 'objects':
      if (!Array.isArray(value)) return [problem(spec, prop, value, 'expected a list of objects')];
      return value.flatMap((v, i) => checkPropTypes(v, type.props, `${prop}[${i}]`));
    case 'instance': {
      const items = type.each ? value : [value];
      if (!Array.isArray(items)) return [problem(spec, prop, value, `expected a list of ${type.name}`)];
      return items.flatMap((v, i) => (type.is(v) ? [] : [problem(spec, type.each ? `${prop}[${i}]` : prop, v, `expected a ${type.name} (${type.make})`)]));
    }
  }
}

/** A token for an enum is left to the framework; anything else must be one of the values exactly. */
function enumValue(values: Readonly<Record<string, string>>, value: unknown): boolean {
  return typeof value === 'string' && Object.values(values).includes(value) && !Token.isUnresolved(value);
}

function enumList(name: string, values: Readonly<Record<string, string>>): string {
  return Object.keys(values).map((k) => `${name}.${k}`).join(', ');
}

function problem(spec: PropTypeSpec, prop: string, value: unknown, expected: string): ScenarioProblem {
  const id = spec.ruleId ?? 'invalid-name';
  return propFindingOf(id, prop, shown(value), `Invalid ${prop}: ${expected}, got ${describe(value)}. Fix the value passed to the construct.`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list (${shown(value)})`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `${typeof value} ${String(value)}`;
}

function shown(value: unknown): string {
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return String(value);
  }
}
