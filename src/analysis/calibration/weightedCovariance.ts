/**
 * Weighted mean vector and covariance matrix of points (one row per point) with normalised
 * weights w (Σ w = 1), using the unbiased form for reliability weights,
 * C = Σ_i w_i (x_i − m)(x_i − m)ᵀ / (1 − Σ_i w_i²), as numpy's `cov(aweights=w)` does.
 * With equal weights it is the usual sample covariance (n − 1 denominator). Units: the
 * points' units, squared. Cost O(n d²).
 *
 * @example
 * weightedCovariance([[0], [2]], [0.5, 0.5]); // { mean: [1], covariance: [[2]] }
 */
export function weightedCovariance(points: readonly (readonly number[])[], weights: ArrayLike<number>): { mean: number[]; covariance: number[][] } {
  const n = points.length;
  if (n < 2) throw new Error(`weightedCovariance requires at least two points, got ${n}`);
  const d = points[0].length;
  const mean = new Array<number>(d).fill(0);
  let squares = 0;
  for (let i = 0; i < n; i++) {
    squares += weights[i] * weights[i];
    for (let a = 0; a < d; a++) mean[a] += weights[i] * points[i][a];
  }
  const covariance = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < d; a++) {
      const da = points[i][a] - mean[a];
      for (let b = 0; b <= a; b++) covariance[a][b] += weights[i] * da * (points[i][b] - mean[b]);
    }
  }
  // a single particle with all the weight has no spread to measure: report 0, not NaN
  const scale = squares < 1 ? 1 / (1 - squares) : 0;
  for (let a = 0; a < d; a++) {
    for (let b = 0; b <= a; b++) {
      covariance[a][b] *= scale;
      covariance[b][a] = covariance[a][b];
    }
  }
  return { mean, covariance };
}
