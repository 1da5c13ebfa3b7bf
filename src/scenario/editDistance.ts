/**
 * Optimal string alignment distance (Damerau–Levenshtein restricted to non-overlapping
 * transpositions): the fewest insertions, deletions, substitutions and swaps of two adjacent
 * characters that turn `a` into `b`. Cost O(|a|·|b|) time and O(|b|) memory per row kept.
 *
 * Reference: Damerau, F. J. (1964). A technique for computer detection and correction of
 * spelling errors. Communications of the ACM 7(3), 171–176.
 *
 * @example
 * editDistance('staffStabilty', 'staffStability'); // 1 (a deletion)
 * editDistance('form', 'from'); // 1 (a swap)
 */
export function editDistance(a: string, b: string): number {
  const n = b.length;
  let before = new Array<number>(n + 1).fill(0);
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(n + 1);
    current[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
    }
    before = previous;
    previous = current;
  }
  return previous[n];
}
