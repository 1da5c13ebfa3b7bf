import type { Rng } from '../../random/rng.js';
import { checkRange, type Prior } from './Prior.js';

/**
 * The continuous uniform prior on [lower, upper]: density 1 / (upper − lower) inside, 0
 * outside. Use it when every value in the range is equally plausible before the data.
 * Sampling costs one draw of `rng`.
 *
 * @example
 * const p = uniformPrior(0, 4);
 * p.density(1); // 0.25
 * p.contains(5); // false
 */
export function uniformPrior(lower: number, upper: number): Prior {
  checkRange('uniform', lower, upper);
  const width = upper - lower;
  const logDensity = -Math.log(width);
  const contains = (x: number) => x >= lower && x <= upper;
  return {
    spec: { prior: 'uniform', range: [lower, upper] },
    lower,
    upper,
    integer: false,
    sample: (rng: Rng) => lower + rng() * width,
    density: (x) => (contains(x) ? 1 / width : 0),
    logDensity: (x) => (contains(x) ? logDensity : -Infinity),
    contains,
  };
}
