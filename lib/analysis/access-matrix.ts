import { AccessModel } from './access-model';
import { PrincipalAccess } from './principal-access';
import type { UnreadResource } from './unread-resources';
import { getAction } from '../catalog';
import { collectProbeNames, emptyProbeNames } from '../simulator/private/probe-names';
import { SimulationRequest } from '../simulator/request';

/** What a principal may do in a namespace. */
export type Capability = 'login' | 'pull' | 'push' | 'delete' | 'administer';

/** The catalog action each capability is decided by (login: the instance token that `docker login` uses). */
export const CAPABILITY_ACTIONS: Readonly<Record<Capability, string>> = {
  login: 'tcr:CreateInstanceToken',
  pull: 'tcr:PullRepository',
  push: 'tcr:PushRepository',
  delete: 'tcr:DeleteRepository',
  administer: 'tcr:ModifyNamespace',
};

/** The capabilities, in table order. */
export const CAPABILITIES: readonly Capability[] = ['login', 'pull', 'push', 'delete', 'administer'];

/** One cell of the matrix. */
export interface MatrixCell {
  /**
   * `allowed`; `denied` (nothing allows it); `guardrail` (a deny that certainly applies); `conditional` (allowed
   * only when its conditions hold: `detail` names them); `unknown` (the simulator cannot decide: `detail` says why).
   */
  readonly state: 'allowed' | 'denied' | 'guardrail' | 'conditional' | 'unknown';
  /** The policies behind the state, or the condition, or why it is unknown. */
  readonly detail: string;
}

/** The matrix of one namespace of one instance. */
export interface NamespaceMatrix {
  readonly instanceId: string;
  /** The namespace, or `*` for any namespace no policy names (what wildcard grants reach). */
  readonly namespace: string;
  /** Rows: the principals with at least one cell other than `denied`. */
  readonly rows: ReadonlyArray<{ readonly principal: string; readonly cells: Readonly<Record<Capability, MatrixCell>> }>;
}

/** Principals × namespaces (per instance) × capabilities, computed by the simulator from a model. */
export interface AccessMatrix {
  readonly region: string;
  readonly ownerUin: string;
  readonly principals: number;
  readonly namespaces: readonly NamespaceMatrix[];
  /** The CAM and TCR resources that may change who may do what but that no cell accounts for (`AccessModel.unread`). */
  readonly unread: readonly UnreadResource[];
}

const ANY_NAMESPACE = 'probe-ns';
const ANY_REPOSITORY = 'any-repository';

/**
 * The access matrix of a model: for every TCR Enterprise instance and namespace its policies name (and "any
 * other namespace" per instance), what each principal may do, decided by the simulator on a repository no
 * policy names (so a cell shows what the namespace as a whole allows; a grant scoped to named repositories
 * shows as allowed for "only" those). Requests carry no address and no tags: a grant that depends on them is
 * `conditional`, with the condition.
 */
export function accessMatrix(model: AccessModel): AccessMatrix {
  const principals = model.principals.map((p) => PrincipalAccess.of(p));
  const names = emptyProbeNames();
  for (const p of principals) collectProbeNames(p.compiled.statements, names);
  const region = [...names.regions].sort()[0] ?? 'ap-guangzhou';
  const ownerUin = [...names.uins].sort()[0] ?? '100000000001';
  const instances = [...names.instances].sort();
  const repositories = [...names.repositories].sort();
  const namespaces: NamespaceMatrix[] = [];
  for (const instanceId of instances) {
    for (const namespace of [...[...names.namespaces].sort(), ANY_NAMESPACE]) {
      const rows = principals.map((p) => ({
        principal: p.principal,
        cells: Object.fromEntries(
          CAPABILITIES.map((c) => [c, capabilityCell(p, c, { region, ownerUin, instanceId, namespace }, repositories)]),
        ) as Record<Capability, MatrixCell>,
      })).filter((r) => CAPABILITIES.some((c) => r.cells[c].state !== 'denied'));
      if (rows.length) namespaces.push({ instanceId, namespace: namespace === ANY_NAMESPACE ? '*' : namespace, rows });
    }
  }
  return { region, ownerUin, principals: principals.length, namespaces, unread: model.unread };
}

interface Place {
  readonly region: string;
  readonly ownerUin: string;
  readonly instanceId: string;
  readonly namespace: string;
}

/**
 * The cell of one capability: decided on a repository no policy names; when that is denied, the repositories
 * the policies name that are allowed are shown (`allowed`, "only …"), so a grant scoped to some repositories shows.
 */
function capabilityCell(p: PrincipalAccess, capability: Capability, place: Place, repositories: readonly string[]): MatrixCell {
  const whole = cell(p, request(capability, place, ANY_REPOSITORY));
  if (whole.state !== 'denied' || capability === 'login' || capability === 'administer') return whole;
  const some = repositories.filter((r) => cell(p, request(capability, place, r)).state === 'allowed');
  return some.length ? { state: 'allowed', detail: `only ${some.join(', ')}` } : whole;
}

function request(capability: Capability, place: Place, repository: string): SimulationRequest {
  const action = CAPABILITY_ACTIONS[capability];
  const template = getAction(action)!.resources[0];
  const resource = template.replace('${region}', place.region).replace('${account}', `uin/${place.ownerUin}`).replace('${instanceId}', place.instanceId)
    .replace('${namespace}', place.namespace).replace('${repository}', repository).replace(/\/\*$/, `/${repository}`);
  return { action, resource, ownerUin: place.ownerUin };
}

/** What a condition the request does not give looks like in the simulator's reasons. */
const MISSING_CONTEXT = /^(.*): the request gives no (sourceIp|resourceTags)$/;

function cell(p: PrincipalAccess, r: SimulationRequest): MatrixCell {
  const result = p.simulate(r);
  const policies = (effect: 'allow' | 'deny') => [...new Set(result.matched.filter((m) => m.effect === effect).map((m) => short(m.policy)))].join(', ');
  if (result.decision === 'allow') return { state: 'allowed', detail: policies('allow') };
  if (result.decision === 'implicit-deny') return { state: 'denied', detail: '' };
  if (result.decision === 'explicit-deny') return { state: 'guardrail', detail: policies('deny') };
  // Unknown only because the request gives no address or tags: the grant is conditional on them.
  const full = p.compiled.simulate(r);
  const whys = full.failClosed.flatMap((f) => f.why.split('; '));
  const conditions = whys.map((w) => MISSING_CONTEXT.exec(w)?.[1]);
  if (p.unknown.size === 0 && whys.length > 0 && conditions.every((c) => c !== undefined) && full.failClosed.every((f) => f.effect === 'allow')) {
    return { state: 'conditional', detail: [...new Set(conditions)].join(' and ') };
  }
  return { state: 'unknown', detail: result.reason.replace(/[^\s"(]*#/g, '') };
}

/** A policy by its Terraform address, without the file (the report names the input once). */
function short(origin: string): string {
  return origin.slice(origin.indexOf('#') + 1);
}
