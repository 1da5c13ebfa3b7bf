/**
 * The mean over replicates at each design point, skipping non-finite values (a run whose
 * outcome is undefined, e.g. `meanWeeksToRecognition` when no case was recognised).
 * `values` holds `points × replicates` numbers, point-major (replicate j of point p at
 * `p · replicates + j`). A point with no finite value gets NaN. Cost O(points · replicates).
 *
 * @example
 * pointMeans([1, 3, NaN, 4, NaN, NaN], 2); // Float64Array [2, 4, NaN]
 */
export function pointMeans(values: ArrayLike<number>, replicates: number): Float64Array {
  if (!Number.isInteger(replicates) || replicates < 1) {
    throw new Error(`pointMeans requires at least one replicate, got ${replicates}`);
  }
  if (values.length % replicates !== 0) {
    throw new Error(`pointMeans requires a multiple of ${replicates} values, got ${values.length}`);
  }
  const points = values.length / replicates;
  const means = new Float64Array(points);
  for (let p = 0; p < points; p++) {
    let sum = 0;
    let count = 0;
    for (let j = 0; j < replicates; j++) {
      const v = values[p * replicates + j];
      if (Number.isFinite(v)) {
        sum += v;
        count++;
      }
    }
    means[p] = count > 0 ? sum / count : NaN;
  }
  return means;
}
