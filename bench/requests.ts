import { INSTANCE_ID, OWNER_UIN, REGION } from './names';
import { Random } from './random';
import type { TeamWorld } from './team-policies';
import { CATALOG_ACTIONS, CatalogAction, SimulationRequest } from '../lib';

/** Names outside the team world, so that a share of the requests is denied for the resource, not the action. */
const OTHER_INSTANCE = 'tcr-staging3x';
const OTHER_REGION = 'ap-shanghai';
const OTHER_NAMESPACE = 'sandbox-9';

/**
 * `count` requests as a CI gate would ask them: an action drawn uniformly from the catalog (TCR Enterprise,
 * Personal and CCR, resource- and operation-level) on a resource of that action's documented type, named
 * from the world (its instance, namespaces, CI repositories and other repositories) and, one time in ten
 * per name, from outside it. Operation-level actions are asked on `*`. Deterministic for a seed.
 */
export function drawRequests(world: TeamWorld, count: number, seed = 11): SimulationRequest[] {
  const random = new Random(seed);
  const requests: SimulationRequest[] = [];
  for (let i = 0; i < count; i++) {
    const action = random.pick(CATALOG_ACTIONS);
    requests.push({ action: action.name, resource: resourceFor(action, world, random) });
  }
  return requests;
}

function resourceFor(action: CatalogAction, world: TeamWorld, random: Random): string {
  const template = random.pick(action.resources);
  if (template === '*') return '*';
  const namespace = random.chance(0.9) ? random.pick(world.namespaces) : OTHER_NAMESPACE;
  const ci = world.ciRepositories.get(namespace);
  const repository = ci && random.chance(0.5) ? random.pick(ci) : random.pick(world.repositories);
  const values: Record<string, string> = {
    region: random.chance(0.9) ? REGION : OTHER_REGION,
    account: `uin/${OWNER_UIN}`,
    instanceId: random.chance(0.9) ? INSTANCE_ID : OTHER_INSTANCE,
    namespace,
    repository,
    tag: `v1.${random.int(30)}.${random.int(10)}`,
    certificateId: 'cert-8xk2p9',
    subnetId: 'subnet-3ab9x0',
  };
  // A template ending in `*` names every resource below it: the request names one of them.
  const concrete = template
    .replace(/instance\/\*$/, 'instance/${instanceId}')
    .replace(/\/\*$/, template.includes('${namespace}') ? '/${repository}' : '/${namespace}/${repository}');
  return concrete.replace(/\$\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`request template ${template}: no value for \${${key}}`);
    return value;
  });
}
