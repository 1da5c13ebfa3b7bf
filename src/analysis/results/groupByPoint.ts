/**
 * One metric's values grouped by design point, compressed: the values of point p are
 * `values.subarray(offsets[p], offsets[p + 1])`, in run (replicate) order. Non-finite values
 * are left out and counted in `missing`.
 */
export interface PointGroups {
  offsets: Int32Array;
  values: Float64Array;
  missing: number;
}

/**
 * Groups per-run values by design point with a counting sort: two passes, two typed arrays,
 * no per-point allocation, so 300 000 points cost a few milliseconds. `point[i]` must lie in
 * 0 … points − 1. Cost O(runs + points).
 *
 * @example
 * const g = groupByPoint(Int32Array.from([0, 0, 1]), Float64Array.from([1, 2, 5]), 2);
 * g.values.subarray(g.offsets[0], g.offsets[1]); // [1, 2]
 */
export function groupByPoint(point: Int32Array, values: Float64Array, points: number): PointGroups {
  const offsets = new Int32Array(points + 1);
  let missing = 0;
  for (let i = 0; i < point.length; i++) {
    if (Number.isFinite(values[i])) offsets[point[i] + 1]++;
    else missing++;
  }
  for (let p = 0; p < points; p++) offsets[p + 1] += offsets[p];
  const grouped = new Float64Array(offsets[points]);
  const next = offsets.slice(0, points);
  for (let i = 0; i < point.length; i++) {
    if (Number.isFinite(values[i])) grouped[next[point[i]]++] = values[i];
  }
  return { offsets, values: grouped, missing };
}

/**
 * The mean of each point's values (NaN for a point without values).
 *
 * @example
 * pointMeans(groupByPoint(Int32Array.from([0, 0, 1]), Float64Array.from([1, 2, 5]), 2)); // [1.5, 5]
 */
export function pointMeans(groups: PointGroups): Float64Array {
  const points = groups.offsets.length - 1;
  const means = new Float64Array(points);
  for (let p = 0; p < points; p++) {
    let sum = 0;
    for (let i = groups.offsets[p]; i < groups.offsets[p + 1]; i++) sum += groups.values[i];
    means[p] = sum / (groups.offsets[p + 1] - groups.offsets[p]);
  }
  return means;
}
