import { bootstrap } from '../../src/analysis/bootstrap.js';
import { percentileInterval } from '../../src/analysis/percentileInterval.js';

/** Morris measures of one factor with bootstrap intervals. */
export interface EffectSummary {
  /** trajectories with a finite effect (the rest are left out) */
  n: number;
  /** mean elementary effect μ (signed) */
  mu: number;
  muLow: number;
  muHigh: number;
  /** mean absolute elementary effect μ* (Campolongo, Cariboni & Saltelli 2007) */
  muStar: number;
  muStarLow: number;
  muStarHigh: number;
  /** sample standard deviation of the effects (n − 1); NaN for n < 2 */
  sigma: number;
}

/** Options of the bootstrap intervals. */
export interface IntervalOptions {
  /** bootstrap resamples (default 2000) */
  resamples?: number;
  /** seed of the resampling (default 0) */
  seed?: number;
  /** coverage of the intervals (default 0.95) */
  confidence?: number;
}

/**
 * μ, μ* and σ of one factor's elementary effects (one per trajectory), with percentile
 * bootstrap intervals (Efron & Tibshirani 1993, §13.3) for μ and μ* that resample the
 * trajectories with replacement. Non-finite effects are dropped first; with none left every
 * field is NaN. Cost O(resamples · n).
 *
 * @example
 * const s = effectSummary([1, -3]);
 * [s.mu, s.muStar]; // [-1, 2]
 * s.sigma; // 2.8284… (√8)
 */
export function effectSummary(effects: ArrayLike<number>, options: IntervalOptions = {}): EffectSummary {
  const values: number[] = [];
  for (let t = 0; t < effects.length; t++) if (Number.isFinite(effects[t])) values.push(effects[t]);
  const n = values.length;
  if (n === 0) {
    return { n, mu: NaN, muLow: NaN, muHigh: NaN, muStar: NaN, muStarLow: NaN, muStarHigh: NaN, sigma: NaN };
  }
  let sum = 0;
  let sumAbs = 0;
  for (const v of values) {
    sum += v;
    sumAbs += Math.abs(v);
  }
  const mu = sum / n;
  let squares = 0;
  for (const v of values) squares += (v - mu) ** 2;
  const reps = bootstrap(n, options.resamples ?? 2000, options.seed ?? 0, 2, (indices, out) => {
    let s = 0;
    let a = 0;
    for (const t of indices) {
      s += values[t];
      a += Math.abs(values[t]);
    }
    out[0] = s / n;
    out[1] = a / n;
  });
  const confidence = options.confidence ?? 0.95;
  const [muLow, muHigh] = percentileInterval(reps, confidence, 2, 0);
  const [muStarLow, muStarHigh] = percentileInterval(reps, confidence, 2, 1);
  return {
    n,
    mu,
    muLow,
    muHigh,
    muStar: sumAbs / n,
    muStarLow,
    muStarHigh,
    sigma: n > 1 ? Math.sqrt(squares / (n - 1)) : NaN,
  };
}
