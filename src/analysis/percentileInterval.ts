/**
 * Percentile bootstrap interval (Efron & Tibshirani 1993, §13.3): the α/2 and 1 − α/2
 * quantiles (linear interpolation, type 7) of the bootstrap replicates of one statistic,
 * α = 1 − confidence. `replicates` holds column `column` of a `rows × width` row-major
 * array, as returned by `bootstrap`. Non-finite replicates are dropped; with none left the
 * interval is `[NaN, NaN]`. Cost O(rows log rows).
 *
 * @example
 * percentileInterval(Float64Array.from([1, 2, 3, 4, 5]), 0.5); // [2, 4]
 */
export function percentileInterval(
  replicates: Float64Array,
  confidence = 0.95,
  width = 1,
  column = 0,
): [number, number] {
  if (!(confidence > 0 && confidence < 1)) {
    throw new Error(`confidence must be between 0 and 1, got ${confidence}`);
  }
  const rows = Math.floor(replicates.length / width);
  const values = new Float64Array(rows);
  let count = 0;
  for (let r = 0; r < rows; r++) {
    const v = replicates[r * width + column];
    if (Number.isFinite(v)) values[count++] = v;
  }
  if (count === 0) return [NaN, NaN];
  const sorted = values.subarray(0, count).sort();
  const alpha = 1 - confidence;
  return [quantile(sorted, alpha / 2), quantile(sorted, 1 - alpha / 2)];
}

function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
