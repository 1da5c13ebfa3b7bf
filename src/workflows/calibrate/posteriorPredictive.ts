import type { AbcGeneration } from '../../analysis/calibration/AbcSetup.js';
import { weightedQuantile } from '../../analysis/calibration/weightedQuantile.js';
import { deriveSeed } from '../../random/deriveSeed.js';
import { createRng } from '../../random/rng.js';

/** The stream of the posterior predictive check under the calibration seed (generations use 0, 1, 2, …). */
export const PREDICTIVE_STREAM = -1;

/** One row of `predictive.csv`. */
export interface PredictiveRow {
  /** The target's index in the file (0-based). */
  target: number;
  metric: string;
  observed: number;
  scale: number;
  /** Mean of the predictive summaries. */
  mean: number;
  /** 5% and 95% quantiles of the predictive summaries: the 90% predictive interval. */
  q05: number;
  q95: number;
  /** Whether observed lies in [q05, q95]. */
  inside: boolean;
  /** Predictive simulations with a finite value. */
  simulations: number;
}

/**
 * The draws of a posterior predictive check: `count` particles of the final generation
 * drawn with probability equal to their weights (multinomial, from the stream
 * deriveSeed(seed, −1, 0)), each simulated with fresh seeds deriveSeed(seed, −1, i + 1)
 * (replicate r ≥ 1: deriveSeed(that, r)), none of which ABC-SMC used. Returns the particles'
 * parameter values and seeds; `predictiveRows` summarises their simulations.
 *
 * @example
 * predictiveDraws(last, 1, 100, 1).thetas.length; // 100
 */
export function predictiveDraws(last: AbcGeneration, seed: number, count: number, replications: number): { thetas: number[][]; seeds: number[][] } {
  const rng = createRng(deriveSeed(seed, PREDICTIVE_STREAM, 0));
  const cumulative: number[] = [];
  let total = 0;
  for (const w of last.weights) cumulative.push((total += w));
  const thetas: number[][] = [];
  const seeds: number[][] = [];
  for (let i = 0; i < count; i++) {
    const u = rng() * total;
    let j = cumulative.findIndex((c) => u < c);
    if (j < 0) j = cumulative.length - 1;
    thetas.push([...last.particles[j]]);
    const first = deriveSeed(seed, PREDICTIVE_STREAM, i + 1);
    seeds.push(Array.from({ length: replications }, (_, r) => (r === 0 ? first : deriveSeed(first, r))));
  }
  return { thetas, seeds };
}

/**
 * Summarises a posterior predictive check per target: the mean and the 5% and 95% quantiles
 * of the simulated summaries (non-finite ones left out), and whether the observed value
 * falls inside that 90% interval. An observed value outside says the calibrated model does
 * not reproduce that target even at its fitted parameters (or the scale was too loose for
 * the tolerance reached); inside is necessary, not sufficient, for a good fit (Gelman et
 * al. 2013, "Bayesian Data Analysis", ch. 6).
 *
 * @example
 * predictiveRows([{ metric: 'y', observed: 1, scale: 0.5, weight: 1 }], [[0.9], [1.2], [1.1]]);
 * // [{ target: 0, metric: 'y', observed: 1, mean: 1.067, q05: …, q95: …, inside: true, … }]
 */
export function predictiveRows(targets: readonly { metric: string; observed: number; scale: number }[], summaries: readonly number[][]): PredictiveRow[] {
  return targets.map((t, k) => {
    const values = summaries.map((s) => s[k]).filter((v) => Number.isFinite(v));
    const weights = values.map(() => 1);
    const mean = values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;
    const q05 = values.length > 0 ? weightedQuantile(values, weights, 0.05) : Number.NaN;
    const q95 = values.length > 0 ? weightedQuantile(values, weights, 0.95) : Number.NaN;
    return { target: k, metric: t.metric, observed: t.observed, scale: t.scale, mean, q05, q95, inside: t.observed >= q05 && t.observed <= q95, simulations: values.length };
  });
}
