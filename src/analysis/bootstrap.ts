import { createRng } from '../random/rng.js';

/**
 * Seeded nonparametric bootstrap (Efron 1979; Efron & Tibshirani 1993). For each of
 * `resamples` replicates it draws `n` indices from 0 … n − 1 uniformly with replacement and
 * calls `statistic(indices, out)`, which writes `width` numbers into `out`. The result is a
 * `resamples × width` row-major `Float64Array` of the bootstrap distribution.
 *
 * The index buffer and output row are reused, so the loop allocates nothing; `statistic`
 * should read the indices and not keep them. The same seed gives the same replicates.
 * Cost O(resamples · (n + cost of statistic)).
 *
 * @example
 * const values = [1, 2, 3, 4];
 * const reps = bootstrap(4, 1000, 7, 1, (idx, out) => {
 *   let s = 0;
 *   for (const i of idx) s += values[i];
 *   out[0] = s / idx.length;
 * });
 * reps.length; // 1000 bootstrap means
 */
export function bootstrap(
  n: number,
  resamples: number,
  seed: number,
  width: number,
  statistic: (indices: Int32Array, out: Float64Array) => void,
): Float64Array {
  checkBootstrapSize(n, resamples);
  const rng = createRng(seed);
  const indices = new Int32Array(n);
  const result = new Float64Array(resamples * width);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) indices[i] = Math.floor(rng() * n);
    statistic(indices, result.subarray(r * width, (r + 1) * width));
  }
  return result;
}

/** That a bootstrap has at least one observation and a whole number (≥ 1) of resamples; throws otherwise. */
export function checkBootstrapSize(n: number, resamples: number): void {
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(`bootstrap requires at least one observation, got ${n}`);
  }
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new Error(`bootstrap requires a whole number of resamples of at least 1, got ${resamples}`);
  }
}
