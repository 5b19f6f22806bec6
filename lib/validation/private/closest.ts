import { editDistance } from '../../catalog/edit-distance';

/** The candidate closest to `value` (case-insensitive edit distance at most `maxDistance`), for did-you-mean. */
export function closest(value: string, candidates: readonly string[], maxDistance: number = 2): string | undefined {
  // A long input is no typo of a short name, and the distance would cost |a|·|b|.
  if (value.length > 64) return undefined;
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
