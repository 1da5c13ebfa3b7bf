import type { Rng } from '../../random/rng.js';
import { checkRange, type Prior } from './Prior.js';

/**
 * The discrete uniform prior on the whole numbers lower, lower + 1, …, upper: each has
 * probability 1 / (upper − lower + 1). Use it for counts (staff per team, meetings a year).
 * ABC-SMC rounds its perturbed proposals of such a parameter to the nearest whole number.
 * Sampling costs one draw of `rng`.
 *
 * @example
 * const p = integerPrior(1, 4);
 * p.density(2); // 0.25
 * p.contains(2.5); // false
 */
export function integerPrior(lower: number, upper: number): Prior {
  checkRange('integer', lower, upper);
  if (!(Number.isInteger(lower) && Number.isInteger(upper))) {
    throw new Error(`integer prior requires whole-number bounds, got [${lower}, ${upper}]`);
  }
  const count = upper - lower + 1;
  const contains = (x: number) => Number.isInteger(x) && x >= lower && x <= upper;
  return {
    spec: { prior: 'integer', range: [lower, upper] },
    lower,
    upper,
    integer: true,
    sample: (rng: Rng) => Math.min(upper, lower + Math.floor(rng() * count)),
    density: (x) => (contains(x) ? 1 / count : 0),
    logDensity: (x) => (contains(x) ? -Math.log(count) : -Infinity),
    contains,
  };
}
