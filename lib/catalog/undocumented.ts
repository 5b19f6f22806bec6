/**
 * The TCR and CCR APIs outside the CAM page: named by Tencent's API reference, with CAM granularity, resources and IP support
 * unknown. Kept apart from the catalog on purpose: `getAction`, `matchActions` and `listActions` never return them.
 */
import { stripNamePrefix } from './actions';
import { UNDOCUMENTED_ACTIONS } from './generated/undocumented.generated';
import { Glob } from './glob';
import type { UndocumentedAction } from './types';

for (const action of UNDOCUMENTED_ACTIONS) Object.freeze(action);
Object.freeze(UNDOCUMENTED_ACTIONS);

const BY_NAME: ReadonlyMap<string, UndocumentedAction> = new Map(UNDOCUMENTED_ACTIONS.map((a) => [a.name, a]));

/** Every API outside the CAM page, sorted by name. */
export function undocumentedActions(): readonly UndocumentedAction[] {
  return UNDOCUMENTED_ACTIONS;
}

/** The entry of an exact name (optionally `name/`-prefixed, case-sensitive) outside the CAM page, or `undefined`. */
export function getUndocumentedAction(name: string): UndocumentedAction | undefined {
  return BY_NAME.get(stripNamePrefix(name));
}

/**
 * Whether `name` is a real TCR/CCR API that the CAM page does not document (Tencent's API reference names it). How CAM
 * authorises it is unknown: an allow naming it cannot be evaluated, and only a deny pattern reliably covers it.
 */
export function isUndocumentedApi(name: string): boolean {
  return BY_NAME.has(stripNamePrefix(name));
}

/** The APIs outside the CAM page that a CAM action pattern covers (`*` wildcards, case-sensitive), sorted by name. */
export function matchUndocumentedActions(pattern: string): readonly UndocumentedAction[] {
  const glob = new Glob(stripNamePrefix(pattern));
  return UNDOCUMENTED_ACTIONS.filter((a) => glob.matches(a.name));
}
