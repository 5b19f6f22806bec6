/** The candidate closest to `value` (case-insensitive edit distance at most `maxDistance`), for did-you-mean. */
export function closest(value: string, candidates: readonly string[], maxDistance: number = 2): string | undefined {
  // A long input is no typo of a short name, and the distance would cost |a|·|b|.
  if (value.length > 64) return undefined;
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
