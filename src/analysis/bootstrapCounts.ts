import { createRng } from '../random/rng.js';
import { checkBootstrapSize } from './bootstrap.js';

/**
 * Seeded nonparametric bootstrap (Efron 1979) that hands the statistic each resample as
 * counts: `counts[i]` is how many times observation i was drawn (the counts sum to `n`). It
 * draws exactly the indices `bootstrap` draws with the same seed, so each resample is the same
 * multiset; a statistic that is a weighted sum then reads its rows in order, once, instead of
 * jumping to `n` random rows, which is several times faster for large `n` (bench/bootstrap-report.md).
 * Results equal those from `bootstrap` up to the order of floating-point additions (about 1e-14).
 *
 * The counts buffer and output row are reused; `statistic` should read the counts and not
 * keep them. Cost O(resamples · (n + cost of statistic)).
 *
 * @example
 * const values = [1, 2, 3, 4];
 * const reps = bootstrapCounts(4, 1000, 7, 1, (counts, out) => {
 *   let s = 0;
 *   for (let i = 0; i < counts.length; i++) s += counts[i] * values[i];
 *   out[0] = s / 4;
 * });
 * reps.length; // 1000 bootstrap means, the resamples of bootstrap(4, 1000, 7, ...)
 */
export function bootstrapCounts(
  n: number,
  resamples: number,
  seed: number,
  width: number,
  statistic: (counts: Int32Array, out: Float64Array) => void,
): Float64Array {
  checkBootstrapSize(n, resamples);
  const rng = createRng(seed);
  const counts = new Int32Array(n);
  const result = new Float64Array(resamples * width);
  for (let r = 0; r < resamples; r++) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[Math.floor(rng() * n)]++;
    statistic(counts, result.subarray(r * width, (r + 1) * width));
  }
  return result;
}
