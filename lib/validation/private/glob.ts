/**
 * CAM wildcard matching: `*` matches any run of characters, everything else matches itself,
 * case-sensitively. Greedy with one backtrack point (O(|pattern|·|text|) at worst): a regular
 * expression built from a user's `a*a*a*…b` would backtrack exponentially.
 */
export function globMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let starText = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === text[t]) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      starText = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++starText;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
