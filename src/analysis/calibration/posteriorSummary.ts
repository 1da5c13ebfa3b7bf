import type { AbcGeneration } from './AbcSetup.js';
import { weightedCovariance } from './weightedCovariance.js';
import { weightedQuantile } from './weightedQuantile.js';

/** One row of the posterior summary (the columns of `posterior.csv`), in the parameter's units. */
export interface PosteriorRow {
  parameter: string;
  /** Weighted mean of the particles. */
  mean: number;
  /** Weighted standard deviation (reliability-weights form, as `weightedCovariance`). */
  sd: number;
  /** Weighted 5% quantile: with q95, the bounds of the 90% equal-tailed credible interval. */
  q05: number;
  /** Weighted median. */
  q50: number;
  /** Weighted 95% quantile. */
  q95: number;
}

/**
 * Summarises an ABC-SMC generation (normally the last) per parameter: the weighted mean,
 * the weighted standard deviation Σ_i w_i (x_i − m)² / (1 − Σ_i w_i²) square-rooted, and the
 * weighted 5%, 50% and 95% quantiles (`weightedQuantile`, Hazen's rule). These estimate the
 * ABC posterior's moments and 90% equal-tailed credible interval; their Monte Carlo error
 * shrinks like 1 / √ESS. Cost O(N log N) per parameter.
 *
 * @example
 * // μ with prior U(0, 10), ȳ = 0.3, σ/√n = 0.5 (docs/calibration.md, case b; exact mean 0.530, sd 0.358)
 * posteriorSummary(run.generations.at(-1)!, ['mu']);
 * // [{ parameter: 'mu', mean: 0.544, sd: 0.372, q05: 0.050, q50: 0.485, q95: 1.208 }]
 */
export function posteriorSummary(generation: AbcGeneration, parameters: readonly string[]): PosteriorRow[] {
  const { particles, weights } = generation;
  return parameters.map((parameter, a) => {
    const values = particles.map((p) => p[a]);
    const { mean, covariance } = weightedCovariance(
      values.map((v) => [v]),
      weights,
    );
    return {
      parameter,
      mean: mean[0],
      sd: Math.sqrt(covariance[0][0]),
      q05: weightedQuantile(values, weights, 0.05),
      q50: weightedQuantile(values, weights, 0.5),
      q95: weightedQuantile(values, weights, 0.95),
    };
  });
}
