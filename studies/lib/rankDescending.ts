/**
 * Ranks with 1 for the largest value, tied values sharing the mean of their ranks
 * ("fractional" ranking), as when listing factors by importance μ*. NaN values rank last,
 * after every number, and share the mean of the last ranks. Cost O(n log n).
 *
 * @example
 * rankDescending([0.2, 0.9, 0.5, 0.9]); // [4, 1.5, 3, 1.5]
 */
export function rankDescending(values: ArrayLike<number>): number[] {
  const key = (v: number) => (Number.isNaN(v) ? -Infinity : v);
  const order = Array.from({ length: values.length }, (_, i) => i).sort(
    (a, b) => key(values[b]) - key(values[a]) || Number(Number.isNaN(values[a])) - Number(Number.isNaN(values[b])),
  );
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    const same = (a: number, b: number) =>
      Number.isNaN(values[a]) ? Number.isNaN(values[b]) : values[a] === values[b];
    while (end + 1 < order.length && same(order[end + 1], order[start])) end++;
    const rank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i++) ranks[order[i]] = rank;
    start = end + 1;
  }
  return ranks;
}
