import { RepositoryAccessLevel, repositoryAccessActions } from './repository-access';
import { ScenarioProblem } from './scenario-problem';
import { PropSpec } from '../validation/prop-check';
import { propFinding } from '../validation/rule-finding';
import { invalidSyntax } from '../validation/rules/invalid-syntax';
import { serviceAccountExpiry } from '../validation/rules/service-account-expiry';
import { serviceAccountNeverExpires } from '../validation/rules/service-account-never-expires';

/** What a TCR service account may do in one namespace. */
export interface ServiceAccountPermission {
  /** The namespace name (a `tencentcloud_tcr_namespace`'s `name`, never its `id`, which is `instance#name`). */
  readonly namespace: string;
  /** Pull (`tcr:PullRepository`), or pull and push (adds `tcr:PushRepository`). */
  readonly access: RepositoryAccessLevel;
}

/** Input of {@link serviceAccountGrant}. */
export interface ServiceAccountInput {
  readonly instanceId: string;
  readonly name: string;
  readonly permissions: readonly ServiceAccountPermission[];
  readonly expiresInDays?: number;
  readonly neverExpires?: boolean;
  readonly description?: string;
}

/** One `permissions` block of `tencentcloud_tcr_service_account`: a namespace and its actions. */
export interface ServiceAccountPermissionBlock {
  readonly resource: string;
  readonly actions: string[];
}

/** The checks and the rendered permissions of a service account; `permissions` only once no problem is found. */
export interface ServiceAccountGrant {
  readonly specs: PropSpec[];
  /** Errors (nothing is rendered) and, for `neverExpires`, the acknowledgeable warning. */
  readonly problems: ScenarioProblem[];
  permissions(): ServiceAccountPermissionBlock[];
}

const LEVELS: readonly string[] = Object.values(RepositoryAccessLevel);
const MAX_DAYS = 36500;

/**
 * A TCR Enterprise service account's namespace permissions, rendered with the same actions as the CAM grants
 * (`repositoryAccessActions`), and its expiry checked: an account must expire (`expiresInDays`), or say
 * explicitly that it never does (`neverExpires: true`, a warning). Service accounts are scoped to
 * namespaces only (the provider's `permissions.resource` "currently only supports Namespace").
 */
export function serviceAccountGrant(input: ServiceAccountInput, isUnresolved: (v: string) => boolean = () => false): ServiceAccountGrant {
  const permissions = input.permissions ?? [];
  const specs: PropSpec[] = [
    ['instanceId', 'instanceId', input.instanceId],
    ['name', 'serviceAccountName', input.name],
    // An empty list is checked as an empty namespace: an account with no permission is a mistake, never "all".
    ...(permissions.length === 0 ? [['permissions', 'namespace', ''] as const] : []),
    ...permissions.map((p, i) => [`permissions[${i}].namespace`, 'namespace', p.namespace] as const),
  ];
  const problems: ScenarioProblem[] = [...accessProblems(permissions), ...duplicateProblems(permissions, isUnresolved), ...expiryProblems(input)];
  // Like every optional string prop, '' is a mistake to report, not a value to write.
  if (input.description === '') problems.push(propFinding(invalidSyntax, 'description', '', 'Invalid description: must not be empty; leave description unset for none.'));
  return {
    specs,
    problems,
    permissions: () => permissions.map((p) => ({ resource: p.namespace, actions: repositoryAccessActions(p.access) })),
  };
}

function accessProblems(permissions: readonly ServiceAccountPermission[]): ScenarioProblem[] {
  return permissions.flatMap((p, i) => LEVELS.includes(p.access) ? [] : [propFinding(invalidSyntax, `permissions[${i}].access`, String(p.access),
    `Invalid permissions[${i}].access: ${JSON.stringify(p.access)} is not a RepositoryAccessLevel. Use RepositoryAccessLevel.PULL or RepositoryAccessLevel.PULL_PUSH.`)]);
}

function duplicateProblems(permissions: readonly ServiceAccountPermission[], isUnresolved: (v: string) => boolean): ScenarioProblem[] {
  const first = new Map<string, number>();
  const problems: ScenarioProblem[] = [];
  permissions.forEach((p, i) => {
    if (isUnresolved(p.namespace)) return;
    const earlier = first.get(p.namespace);
    if (earlier === undefined) {
      first.set(p.namespace, i);
      return;
    }
    problems.push(propFinding(invalidSyntax, `permissions[${i}].namespace`, p.namespace,
      `Invalid permissions[${i}].namespace: ${JSON.stringify(p.namespace)} is already permissions[${earlier}].namespace; TCR would ` +
      'keep both entries and the account would get the wider one. List each namespace once, with the access it needs.'));
  });
  return problems;
}

function expiryProblems({ expiresInDays: days, neverExpires }: ServiceAccountInput): ScenarioProblem[] {
  const problem = (prop: string, value: string, message: string): ScenarioProblem[] => [propFinding(serviceAccountExpiry, prop, value, message)];
  if (days !== undefined && neverExpires) {
    return problem('neverExpires', 'true', `Invalid neverExpires: expiresInDays (${days}) is set too. Keep one: expiresInDays for an account that expires, or neverExpires: true.`);
  }
  if (days !== undefined) {
    if (Number.isInteger(days) && days >= 1 && days <= MAX_DAYS) return [];
    return problem('expiresInDays', String(days), `Invalid expiresInDays: ${JSON.stringify(days)} is not a whole number of days from 1 to ${MAX_DAYS}. ` +
      'Give the validity in days, e.g. expiresInDays: 90, and rotate the account before it expires.');
  }
  if (neverExpires === true) {
    return [propFinding(serviceAccountNeverExpires, 'neverExpires', 'true',
      'neverExpires: true: the service account\'s password stays valid until the account is disabled or deleted, and it cannot be ' +
      'traced to a person. Prefer expiresInDays and rotation; if a non-expiring robot is intended, suppress this warning with the reason.')];
  }
  return problem('expiresInDays', '', 'Invalid expiry: neither expiresInDays nor neverExpires is set, and a service account must expire. ' +
    'Set expiresInDays (e.g. 90), or neverExpires: true for an account that is meant to live until deleted (a warning).');
}
