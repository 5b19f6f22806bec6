import { App, TerraformStack } from 'cdktf';
import { INSTANCE_ID, namespaces, REGION, repositories } from './names';
import { Random } from './random';
import { TcrPolicyBase, TcrTeamAccess } from '../lib';

/** The policies of many teams and the names they were built from: the simulator benchmark's world. */
export interface TeamWorld {
  /** Every policy document, in team order (admins, developers, CI, readers). */
  readonly documents: string[];
  /** The teams' namespaces. */
  readonly namespaces: string[];
  /** The repositories of each namespace the CI roles push to. */
  readonly ciRepositories: ReadonlyMap<string, readonly string[]>;
  /** Repository names in use across the registry. */
  readonly repositories: string[];
}

/**
 * Builds `teams` teams with the `TcrTeamAccess` blueprint (admins, developers, CI on 1-4 repositories,
 * readers; four policies a team) in a cdktf app and collects the documents they render.
 */
export function buildTeamWorld(teams: number, seed = 7): TeamWorld {
  const random = new Random(seed);
  const nss = namespaces(teams, random);
  const repos = repositories(400, random);
  const stack = new TerraformStack(new App(), 'registry-teams');
  const ciRepositories = new Map<string, readonly string[]>();
  const documents: string[] = [];
  nss.forEach((namespace, i) => {
    const ci = [...new Set(Array.from({ length: 1 + random.int(4) }, () => random.pick(repos)))];
    ciRepositories.set(namespace, ci);
    const team = new TcrTeamAccess(stack, `Team${i}`, {
      instanceId: INSTANCE_ID,
      namespace,
      region: REGION,
      admins: { groupId: String(100_000 + 4 * i) },
      developers: { groupId: String(100_001 + 4 * i) },
      ci: { roleId: String(4_611_686_018_427_000_000n + BigInt(i)), repositories: ci },
      readers: { groupId: String(100_003 + 4 * i) },
    });
    const policies: Array<TcrPolicyBase | undefined> = [team.admins, team.developers, team.ci, team.readers];
    for (const p of policies) documents.push(...p!.renderedDocuments());
  });
  return { documents, namespaces: nss, ciRepositories, repositories: repos };
}
