import type { Rng } from '../../random/rng.js';
import { checkRange, type Prior } from './Prior.js';

/**
 * The log-uniform (reciprocal) prior on [lower, upper], 0 < lower: log(x) is uniform on
 * [log lower, log upper], so each factor of ten in the range is equally plausible. Density
 * 1 / (x · ln(upper / lower)) inside, 0 outside. Use it for a positive parameter whose order
 * of magnitude is unknown (a rate between 0.001 and 1). Sampling costs one draw of `rng`.
 *
 * @example
 * const p = logUniformPrior(1, 100);
 * p.density(10); // 1 / (10 · ln 100) = 0.0217
 */
export function logUniformPrior(lower: number, upper: number): Prior {
  checkRange('log-uniform', lower, upper);
  if (!(lower > 0)) throw new Error(`log-uniform prior requires a positive lower bound, got ${lower}`);
  const logLower = Math.log(lower);
  const logWidth = Math.log(upper) - logLower;
  const contains = (x: number) => x >= lower && x <= upper;
  const logDensity = (x: number) => (contains(x) ? -Math.log(x) - Math.log(logWidth) : -Infinity);
  return {
    spec: { prior: 'log-uniform', range: [lower, upper] },
    lower,
    upper,
    integer: false,
    // clamped: exp(log(upper)) may exceed upper by one unit in the last place
    sample: (rng: Rng) => Math.min(upper, Math.max(lower, Math.exp(logLower + rng() * logWidth))),
    density: (x) => Math.exp(logDensity(x)),
    logDensity,
    contains,
  };
}
