/**
 * The p-quantile of values with weights: the weighted form of Hazen's rule (type 5 of
 * Hyndman & Fan 1996). Each value, sorted, sits at the middle of its weight on the
 * cumulative scale, P_i = (W_1 + … + W_i − W_i / 2) / ΣW; the quantile interpolates
 * linearly between neighbouring P_i and is the smallest (largest) value below P_1 (above
 * P_n). With equal weights it is the usual type-5 quantile, so the median of 1, 2, 3, 4 is
 * 2.5. Weights need not be normalised; they must be ≥ 0 with a positive sum. Cost O(n log n).
 *
 * @example
 * weightedQuantile([1, 2, 3, 4], [1, 1, 1, 1], 0.5); // 2.5
 * weightedQuantile([1, 2, 3], [0, 0, 1], 0.5); // 3
 */
export function weightedQuantile(values: ArrayLike<number>, weights: ArrayLike<number>, p: number): number {
  const n = values.length;
  if (n === 0) throw new Error('weightedQuantile requires at least one value');
  if (weights.length !== n) throw new Error(`weightedQuantile requires one weight per value, got ${weights.length} for ${n}`);
  if (!(p >= 0 && p <= 1)) throw new Error(`weightedQuantile requires p from 0 to 1, got ${p}`);
  const order = Array.from({ length: n }, (_, i) => i).filter((i) => weights[i] > 0);
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (!(weights[i] >= 0)) throw new Error(`weightedQuantile requires weights ≥ 0, got ${weights[i]}`);
    total += weights[i];
  }
  if (!(total > 0)) throw new Error('weightedQuantile requires a positive total weight');
  order.sort((a, b) => values[a] - values[b]);
  let cumulative = 0;
  let previousAt = 0;
  let previousValue = values[order[0]];
  for (let k = 0; k < order.length; k++) {
    const w = weights[order[k]];
    const at = (cumulative + w / 2) / total;
    const value = values[order[k]];
    if (p <= at) {
      if (k === 0) return value;
      return previousValue + ((p - previousAt) / (at - previousAt)) * (value - previousValue);
    }
    cumulative += w;
    previousAt = at;
    previousValue = value;
  }
  return previousValue;
}
