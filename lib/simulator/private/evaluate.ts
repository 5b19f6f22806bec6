import { Bucket, IndexEntry } from './action-index';
import { ResourcePattern } from './match-resource';
import { RequestView } from './request-view';
import * as tri from './truth';
import type { Truth } from './truth';

// Local copies: some loaders (tsx, bundlers) export bindings through getters, too slow for the inner loop.
const { NO, UNKNOWN, YES } = tri;

/** How one statement fared against a request. */
export interface Outcome {
  readonly entry: IndexEntry;
  /** The resource entry that matched best (a definite match before an unknown one). */
  readonly resource: ResourcePattern;
  readonly resourceTruth: Truth;
  readonly conditionTruth: Truth;
  /** Action, resource and conditions combined. */
  readonly truth: Truth;
}

/**
 * Evaluates every entry of the buckets (the full path for `simulate`): one outcome per statement whose
 * resource can match, merged across buckets and sorted into document order.
 */
export function outcomes(buckets: readonly Bucket[], count: number, view: RequestView): Outcome[] {
  const out: Outcome[] = [];
  for (let b = 0; b < count; b++) {
    for (const list of [buckets[b].denies, buckets[b].allows]) {
      for (const entry of list) {
        const o = evaluateEntry(entry, view);
        if (o) out.push(o);
      }
    }
  }
  out.sort((x, y) => x.entry.statement.ordinal - y.entry.statement.ordinal || y.truth - x.truth);
  // A statement filed under several keys on the request's path appears once, with its best outcome.
  return out.filter((o, i) => i === 0 || out[i - 1].entry.statement !== o.entry.statement);
}

function evaluateEntry(entry: IndexEntry, view: RequestView): Outcome | undefined {
  let best: ResourcePattern | undefined;
  let resourceTruth: Truth = NO;
  for (const r of entry.resources) {
    const t = r.match(view);
    if (t > resourceTruth) {
      resourceTruth = t;
      best = r;
      if (t === YES) break;
    }
  }
  if (!best) return undefined;
  const conditionTruth = entry.statement.conditionTruth(view);
  const truth = Math.min(entry.actionTruth, resourceTruth, conditionTruth) as Truth;
  return { entry, resource: best, resourceTruth, conditionTruth, truth };
}

/** Everything that made an outcome unknown, for the reason and the fail-closed list. */
export function unknownParts(o: Outcome, view: RequestView): string {
  const parts: string[] = [];
  if (o.entry.actionTruth === UNKNOWN) parts.push(o.entry.whyUnknown ?? o.entry.action.whyUnknown(view.action));
  if (o.resourceTruth === UNKNOWN) parts.push(o.resource.whyUnknown(view));
  for (const c of o.entry.statement.conditions) {
    if (c.evaluate(view) === UNKNOWN) parts.push(c.whyNot(view));
  }
  return parts.join('; ');
}
