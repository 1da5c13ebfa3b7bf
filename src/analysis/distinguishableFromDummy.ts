import { percentileInterval } from './percentileInterval.js';

/**
 * Whether a factor's sensitivity index is distinguishable from a dummy factor's (a factor the
 * model never reads, whose index is what no effect at all scores: the noise floor), from the
 * bootstrap replicates of both indices computed on the same resamples.
 *
 * Definition: in every resample r take the difference D_r = I_r(factor) − I_r(dummy) of the
 * two indices (for Morris μ*, this is the mean over the resampled trajectories of
 * |EE_factor| − |EE_dummy|: a paired bootstrap, since both effects of a trajectory are
 * resampled together; for Sobol' ST, the same base rows). The factor is *distinguishable*
 * when the lower end of the percentile interval of D (Efron & Tibshirani 1993, §13.3) at
 * `confidence` lies above 0: a one-sided test at level (1 − confidence) / 2, 2.5% for a 95%
 * interval (the dummy-parameter threshold of Zadeh et al. 2017, Environ. Model. Softw. 91,
 * here as a paired bootstrap test). It says the factor moves the output by more than the
 * dummy does; it says nothing of the direction.
 *
 * `replicates` is the `resamples × width` row-major array of `bootstrap`, with the factor's
 * index in column `column` and the dummy's in `dummyColumn`. Resamples where either is not
 * finite are dropped; null when none is left (no decision). Cost O(resamples log resamples).
 *
 * @example
 * // three resamples of (μ*_x, μ*_dummy)
 * distinguishableFromDummy(Float64Array.from([0.5, 0.1, 0.6, 0.2, 0.4, 0.1]), 2, 0, 1); // true
 * distinguishableFromDummy(Float64Array.from([0.1, 0.1, 0.3, 0.2, 0.1, 0.2]), 2, 0, 1); // false
 */
export function distinguishableFromDummy(
  replicates: Float64Array,
  width: number,
  column: number,
  dummyColumn: number,
  confidence = 0.95,
): boolean | null {
  const rows = Math.floor(replicates.length / width);
  const differences = new Float64Array(rows);
  for (let r = 0; r < rows; r++) differences[r] = replicates[r * width + column] - replicates[r * width + dummyColumn];
  const [low] = percentileInterval(differences, confidence);
  return Number.isNaN(low) ? null : low > 0;
}
