/** Reading action strings against the catalog (tcr and ccr); other services are not the catalog's business. */
import { matchActions, stripNamePrefix } from '../../catalog/actions';
import type { CatalogAction } from '../../catalog/types';

/** The services the catalog covers. */
export const CATALOG_SERVICES: readonly string[] = ['tcr', 'ccr'];

/** An action string taken apart. */
export interface ParsedAction {
  /** Without the optional `name/` prefix. */
  readonly body: string;
  /** The service before `:`, lowercased; `*` for the bare `*`; empty when there is no `:`. */
  readonly service: string;
  /** Whether it contains `*`. */
  readonly wildcard: boolean;
  /** Whether it names the catalog's services (tcr, ccr), whatever the case of the prefix. */
  readonly inCatalogService: boolean;
}

/** Parsed actions by text: a handful of distinct actions recur in every document (bounded like the catalog's match cache). */
const PARSED = new Map<string, ParsedAction>();
const PARSED_LIMIT = 10_000;

/** Takes an action string apart (a pure function of the text: each distinct text is parsed once). */
export function parseAction(value: string): ParsedAction {
  const cached = PARSED.get(value);
  if (cached) return cached;
  const body = stripNamePrefix(value);
  const colon = body.indexOf(':');
  const service = body === '*' ? '*' : colon < 0 ? '' : body.slice(0, colon).toLowerCase();
  const parsed = Object.freeze({ body, service, wildcard: body.includes('*'), inCatalogService: CATALOG_SERVICES.includes(service) });
  if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
  PARSED.set(value, parsed);
  return parsed;
}

/**
 * The catalog actions an action string covers, sorted by name: itself when exact, every match of a
 * wildcard (the bare `*` covers all of them). Case-sensitive, as CAM is documented to be.
 */
export function expandAction(value: string): readonly CatalogAction[] {
  return matchActions(value);
}

/** Names for a message: the first `max`, then how many more. */
export function listNames(names: readonly string[], max: number = 8): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

/** {@link listNames} of a frozen list (the catalog's expansions), written once per list. */
const LISTED = new WeakMap<readonly string[], string>();

/** {@link listNames} of a list that never changes, such as {@link operationLevelNames}'s, worked out once. */
export function listFrozenNames(names: readonly string[]): string {
  let listed = LISTED.get(names);
  if (listed === undefined) {
    listed = listNames(names);
    LISTED.set(names, listed);
  }
  return listed;
}

/** Per expansion (matchActions caches one array per pattern): the names of its operation-level actions. */
const OPERATION_LEVEL = new WeakMap<readonly CatalogAction[], readonly string[]>();

/**
 * The names of the operation-level catalog actions an action string covers, sorted: computed once per
 * pattern, not on every document (the catalog is immutable).
 */
export function operationLevelNames(value: string): readonly string[] {
  const expansion = expandAction(value);
  let names = OPERATION_LEVEL.get(expansion);
  if (!names) {
    names = Object.freeze(expansion.filter((a) => a.granularity === 'operation').map((a) => a.name));
    OPERATION_LEVEL.set(expansion, names);
  }
  return names;
}
