import type { PolicyView, StatementView, ValueAt } from '../../policy/policy-view';
import { ALL_RESOURCES } from '../../policy/resource-name';

/**
 * Whether a resource entry is, or may turn out to be, `*`: a placeholder standing for the whole
 * entry may; one inside a six-segment name (`qcs::tcr:::instance/${token}`) cannot.
 */
export function mayBeAllResources(resource: string, isUnresolved: (value: string) => boolean): boolean {
  return resource === ALL_RESOURCES || (isUnresolved(resource) && !resource.startsWith('qcs:'));
}

/** An action of a statement. */
export interface ActionIn {
  /** The statement. */
  readonly statement: StatementView;
  /** One of its action entries. */
  readonly action: ValueAt;
}

/**
 * The resolved actions of the allow statements known to be scoped to specific resources: statements with
 * a resource and none that is, or may turn out to be, `*` (where CAM does not authorize operation-level APIs).
 */
export function scopedAllowActions(document: PolicyView, isUnresolved: (value: string) => boolean): ActionIn[] {
  const out: ActionIn[] = [];
  for (const statement of document.statements) {
    if (statement.effect !== 'allow' || statement.resources.length === 0 ||
      statement.resources.some((r) => mayBeAllResources(r.value, isUnresolved))) continue;
    for (const action of statement.actions) {
      if (!isUnresolved(action.value)) out.push({ statement, action });
    }
  }
  return out;
}
