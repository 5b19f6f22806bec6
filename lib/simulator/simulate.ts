import { CompiledPolicies } from './compiled-policies';
import { SimulationRequest, SimulationResult } from './request';

interface CacheEntry {
  readonly snapshot: readonly string[];
  readonly compiled: CompiledPolicies;
}

// Keyed by the caller's array; the snapshot catches an array edited in place between calls.
const CACHE = new WeakMap<readonly string[], CacheEntry>();

/**
 * Evaluates one request against the policies attached to the caller (user and groups), offline, with CAM's
 * logic: any matching deny → `explicit-deny`; else any matching allow → `allow`; else `implicit-deny`.
 *
 * The compiled form is cached per `documents` array (rechecked element by element on every call), so
 * calling this in a loop with the same array compiles once. For bulk evaluation, compile once with
 * {@link compilePolicies} and call its `simulate` or `decide`.
 *
 * @param documents the JSON texts of the policies; a malformed one throws a `PolicyDocumentError` naming its index
 * @param request the API call; a malformed one throws a `SimulationRequestError`
 * @see https://www.tencentcloud.com/document/product/598/10605 (CAM evaluation logic)
 */
export function simulate(documents: readonly string[], request: SimulationRequest): SimulationResult {
  return compiledFor(documents).simulate(request);
}

function compiledFor(documents: readonly string[]): CompiledPolicies {
  const cached = Array.isArray(documents) ? CACHE.get(documents) : undefined;
  if (cached && sameItems(cached.snapshot, documents)) return cached.compiled;
  const compiled = new CompiledPolicies(documents);
  CACHE.set(documents, { snapshot: [...documents], compiled });
  return compiled;
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
