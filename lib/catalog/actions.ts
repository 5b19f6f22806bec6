/**
 * Lookups over the generated action catalog. Pure TypeScript (no cdktf), indexed once at module load.
 * Action names are matched case-sensitively: CAM does not document case-insensitive matching, so the safe
 * reading is that a wrongly cased action grants nothing.
 */
import { editDistance } from './edit-distance';
import { CATALOG_ACTIONS } from './generated/actions.generated';
import { Glob } from './glob';
import type { AccessTable, CatalogAction, Edition, Granularity, ServiceName } from './types';

/** Criteria of {@link listActions}; every given field must match exactly. */
export interface ActionFilter {
  /** `tcr` or `ccr`. */
  readonly service?: ServiceName;
  /** The table of the API list: `write`, `read` or `list`. */
  readonly table?: AccessTable;
  /** `resource` or `operation` level. */
  readonly granularity?: Granularity;
  /** The product the API belongs to. */
  readonly edition?: Edition;
}

// The catalog is shared by every caller: freeze it so nobody can edit it through a returned reference.
for (const action of CATALOG_ACTIONS) {
  Object.freeze(action.resources);
  Object.freeze(action.resourceTypes);
  Object.freeze(action);
}
Object.freeze(CATALOG_ACTIONS);

const BY_NAME: ReadonlyMap<string, CatalogAction> = new Map(CATALOG_ACTIONS.map((a) => [a.name, a]));
// Policies repeat the same few patterns; the catalog is immutable, so a pattern's matches never change.
const MATCH_CACHE = new Map<string, readonly CatalogAction[]>();
const MATCH_CACHE_LIMIT = 1000;
// CAM allows an optional `name/` prefix on actions (`name/tcr:PullRepository`).
const NAME_PREFIX = 'name/';

/** Strips the optional `name/` prefix of a CAM action. */
export function stripNamePrefix(action: string): string {
  return action.startsWith(NAME_PREFIX) ? action.slice(NAME_PREFIX.length) : action;
}

/** The catalog entry of an exact action name (optionally `name/`-prefixed), or `undefined`. */
export function getAction(name: string): CatalogAction | undefined {
  return BY_NAME.get(stripNamePrefix(name));
}

/** Every catalog action, sorted by name. */
export function allActions(): readonly CatalogAction[] {
  return CATALOG_ACTIONS;
}

/**
 * The actions a CAM action pattern covers, sorted by name: `*` matches any run of characters (`tcr:Describe*`,
 * `tcr:*`, `*`); everything else, `?` included (undocumented in CAM), matches literally and case-sensitively.
 */
export function matchActions(pattern: string): readonly CatalogAction[] {
  const cached = MATCH_CACHE.get(pattern);
  if (cached) return cached;
  const body = stripNamePrefix(pattern);
  let matches: readonly CatalogAction[];
  if (!body.includes('*')) {
    const exact = BY_NAME.get(body);
    matches = exact ? [exact] : [];
  } else {
    // Linear wildcard matching: a regular expression from a user's `a*a*a*…b` would backtrack exponentially.
    const glob = new Glob(body);
    matches = CATALOG_ACTIONS.filter((a) => glob.matches(a.name));
  }
  if (MATCH_CACHE.size >= MATCH_CACHE_LIMIT) MATCH_CACHE.clear();
  MATCH_CACHE.set(pattern, Object.freeze(matches));
  return matches;
}

/** The actions matching every field of `filter` (all actions without one), sorted by name. */
export function listActions(filter: ActionFilter = {}): readonly CatalogAction[] {
  return CATALOG_ACTIONS.filter((a) =>
    (filter.service === undefined || a.service === filter.service) &&
    (filter.table === undefined || a.table === filter.table) &&
    (filter.granularity === undefined || a.granularity === filter.granularity) &&
    (filter.edition === undefined || a.edition === filter.edition));
}

/**
 * Up to `max` catalog names closest to `name`, for did-you-mean messages, best first. Case-insensitive edit
 * distance, where a name the input is (nearly) a prefix of counts as close (`tcr:PullRepo` → `tcr:PullRepository`).
 * Names too far off to be a plausible typo are left out, so the result may be empty.
 */
export function suggestActions(name: string, max: number = 3): string[] {
  const query = stripNamePrefix(name).toLowerCase();
  // A long input is no typo of an action name, and the distance would cost |a|·|b| per action.
  if (query.length > 64) return [];
  const limit = Math.max(3, Math.ceil(query.length * 0.4));
  return CATALOG_ACTIONS
    .map((a) => {
      const candidate = a.name.toLowerCase();
      const full = editDistance(query, candidate);
      // Typing the start of a name is the commonest near-miss; score it as one edit past the typed prefix.
      const prefix = query.length < candidate.length ? editDistance(query, candidate.slice(0, query.length)) + 1 : full;
      return { name: a.name, score: Math.min(full, prefix), full };
    })
    .filter((s) => s.score <= limit)
    .sort((a, b) => a.score - b.score || a.full - b.full || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, Math.max(0, max))
    .map((s) => s.name);
}
