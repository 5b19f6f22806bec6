// The documented scope of each construct, written as plain set and prefix membership over the request's
// segments (no glob matching), as the oracle the property tests compare the simulator against.
import { getAction } from '../../../lib/catalog';
import { ResourceName } from '../../../lib/policy';

/** Where a construct's resources live (its `region` and `ownerUin` props). */
export interface Placement {
  readonly region?: string;
  readonly ownerUin?: string;
}

/** A request as the property tests generate it. */
export interface ProbeRequest {
  readonly action: string;
  readonly resource: string;
  readonly ownerUin?: string;
}

/**
 * Whether a scope holds for an action name and the request's `type/path` segment; `operationLevel` lists the
 * operation-level APIs the construct allows (on `*`, in any region and account).
 */
export type ScopeRule = ((action: string, sixth: string) => boolean) & { readonly operationLevel?: readonly string[] };

/**
 * What a construct placed at `placement` with scope `rule` should decide for the request: allow for an action
 * that is not an operation-level catalog API (names outside the catalog, such as a wrongly cased one, are
 * evaluated as names: `tcr:*` covers them, `tcr:Describe*` only in the right case), a `tcr` resource in the
 * construct's region (any when unset) and account (the owner's: `ownerUin` when set, else the request's owner),
 * and `rule` on the action and path; unknown when all of that holds but the construct names an account and
 * the request gives neither the resource's account nor `ownerUin`, or the construct names a region and the CAM page
 * documents the API with an empty one (catalog assumption `empty-region`); else implicit deny.
 */
export function expectedDecision(placement: Placement, rule: ScopeRule, request: ProbeRequest): 'allow' | 'implicit-deny' | 'unknown' {
  if (getAction(request.action)?.granularity === 'operation' || request.resource === '*') {
    return request.resource === '*' && (rule.operationLevel ?? []).includes(request.action) ? 'allow' : 'implicit-deny';
  }
  const parts = ResourceName.split(request.resource);
  if (!parts || parts.service !== 'tcr') return 'implicit-deny';
  if (placement.region && parts.region !== placement.region) return 'implicit-deny';
  if (!rule(request.action, `${parts.resourceType}/${parts.resourcePath}`)) return 'implicit-deny';
  const requestAccount = parts.account || (request.ownerUin ? `uin/${request.ownerUin}` : undefined);
  if (placement.ownerUin) {
    if (requestAccount === undefined) return 'unknown';
    if (requestAccount !== `uin/${placement.ownerUin}`) return 'implicit-deny';
  } else if (request.ownerUin && requestAccount !== `uin/${request.ownerUin}`) {
    return 'implicit-deny';
  }
  // Catalog assumption empty-region: a grant that names a region is not relied on for an API the CAM page documents without one.
  if (placement.region && getAction(request.action)?.assumptions.includes('empty-region')) return 'unknown';
  return 'allow';
}

const isDescribe = (a: string) => a.startsWith('tcr:Describe');
const isTcr = (a: string) => a.startsWith('tcr:');
const under = (sixth: string, prefix: string) => sixth === prefix || sixth.startsWith(`${prefix}/`);
/** The registry login (`registryLogin`, on by default): the caller's own instance token on the instance. */
const login = (on: boolean, a: string, s: string, instanceId: string | undefined) =>
  on && a === 'tcr:CreateInstanceToken' && (instanceId ? s === `instance/${instanceId}` : s.startsWith('instance/'));

/** RepoReadOnly: describe and pull; the instance, the namespace itself, each repository and anything under it. */
export function repoReadOnlyScope(instanceId: string, namespace: string, repositories: readonly string[], registryLogin = true): ScopeRule {
  return (a, s) => ((isDescribe(a) || a === 'tcr:PullRepository')
    && (s === `instance/${instanceId}` || s === `repository/${instanceId}/${namespace}`
      || repositories.some((r) => under(s, `repository/${instanceId}/${namespace}/${r}`))))
    || login(registryLogin, a, s, instanceId);
}

/** NamespaceAdmin: every TCR action on the namespace and anything under it; DescribeInstance* on the instance. */
export function namespaceAdminScope(instanceId: string, namespace: string, registryLogin = true): ScopeRule {
  return (a, s) => (isTcr(a) && under(s, `repository/${instanceId}/${namespace}`))
    || (a.startsWith('tcr:DescribeInstance') && s === `instance/${instanceId}`)
    || login(registryLogin, a, s, instanceId);
}

/**
 * RepositoryAccess: describe, pull (and push) on the namespace itself and exactly each named repository (every
 * repository of the namespace when none is named), never below a named one; the login on the instance; with
 * `consoleListing`, DescribeNamespaces on the instance's namespaces and the listing APIs (operation-level).
 */
export function repositoryAccessScope(
  instanceId: string, namespace: string, repositories: readonly string[] | undefined, push: boolean,
  options: { readonly registryLogin?: boolean; readonly listing?: readonly string[] } = {},
): ScopeRule {
  const ns = `repository/${instanceId}/${namespace}`;
  const rule = (a: string, s: string) => {
    const actionOk = isDescribe(a) || a === 'tcr:PullRepository' || (push && a === 'tcr:PushRepository');
    const resourceOk = s === ns || (repositories === undefined ? s.startsWith(`${ns}/`) : repositories.some((r) => s === `${ns}/${r}`));
    return (actionOk && resourceOk) || login(options.registryLogin ?? true, a, s, instanceId)
      || (options.listing !== undefined && a === 'tcr:DescribeNamespaces' && s.startsWith(`repository/${instanceId}/`));
  };
  return Object.assign(rule, { operationLevel: options.listing ?? [] });
}

/** TcrInstanceAccess: FULL = every TCR action, READ_ONLY = describe and pull (and the login); on one instance or all. */
export function instanceAccessScope(full: boolean, instanceId: string | undefined, registryLogin = true): ScopeRule {
  return (a, s) => {
    const actionOk = full || isDescribe(a) || (instanceId ? a === 'tcr:PullRepository' : a.startsWith('tcr:PullRepository'));
    const resourceOk = instanceId
      ? s === `instance/${instanceId}` || s.startsWith(`repository/${instanceId}/`)
      : s.startsWith('instance/') || s.startsWith('repository/');
    return (isTcr(a) && actionOk && resourceOk) || login(registryLogin, a, s, instanceId);
  };
}

/**
 * PersonalRepoAccess: every Personal repo, one namespace (and its contents), or one repository (read-only adds
 * its namespace); the login sets the caller's own registry password (operation-level).
 */
export function personalScope(full: boolean, namespace: string | undefined, repository: string | undefined, registryLogin = true): ScopeRule {
  const rule = (a: string, s: string) => {
    const actionOk = full || isDescribe(a) || (namespace === undefined ? a.startsWith('tcr:PullRepository') : a === 'tcr:PullRepositoryPersonal');
    let resourceOk: boolean;
    if (namespace === undefined) resourceOk = s.startsWith('repo/');
    else if (repository === undefined) resourceOk = under(s, `repo/${namespace}`);
    else resourceOk = (!full && s === `repo/${namespace}`) || under(s, `repo/${namespace}/${repository}`);
    return isTcr(a) && actionOk && resourceOk;
  };
  return Object.assign(rule, { operationLevel: registryLogin ? ['tcr:CreateUserPersonal', 'tcr:ModifyUserPasswordPersonal'] : [] });
}
