import type { Rng } from '../../random/rng.js';

/**
 * How a prior is written in a calibration file: its family and its range, plus the normal
 * prior's mean and standard deviation. Every family needs a finite `range` [lower, upper]
 * with lower < upper (log-uniform: 0 < lower; integer: whole-number bounds).
 *
 * @example
 * const spec: PriorSpec = { prior: 'normal', mean: 0.5, sd: 0.1, range: [0, 1] };
 */
export type PriorSpec =
  | { prior: 'uniform'; range: readonly [number, number] }
  | { prior: 'log-uniform'; range: readonly [number, number] }
  | { prior: 'normal'; mean: number; sd: number; range: readonly [number, number] }
  | { prior: 'integer'; range: readonly [number, number] };

/**
 * A prior distribution of one parameter, in the parameter's own units. `density` is the
 * normalised probability density (for `integer`, the probability of each whole value, which
 * is the density of the rounded proposal per unit width, so continuous and integer
 * parameters mix consistently in ABC-SMC's importance weights). Outside the support the
 * density is 0 and `logDensity` is −Infinity.
 */
export interface Prior {
  /** The file form of this prior (round-trips through `priorFromSpec`). */
  readonly spec: PriorSpec;
  /** Smallest value in the support. */
  readonly lower: number;
  /** Largest value in the support. */
  readonly upper: number;
  /** True when only whole values are in the support (ABC-SMC then rounds its proposals). */
  readonly integer: boolean;
  /** One draw, using only `rng`. */
  sample(rng: Rng): number;
  /** Probability density at `x` (probability for integer priors); 0 outside the support. */
  density(x: number): number;
  /** Natural logarithm of `density(x)`; −Infinity outside the support. */
  logDensity(x: number): number;
  /** Whether `x` is in the support (the range, and a whole number for integer priors). */
  contains(x: number): boolean;
}

/**
 * One parameter to calibrate: its name (a scenario factor, e.g. `staffStability`) and its
 * prior. ABC-SMC takes the parameters as a list; a particle is the list of their values in
 * the same order.
 *
 * @example
 * const p: CalibrationParameter = { name: 'mu', prior: uniformPrior(0, 10) };
 */
export interface CalibrationParameter {
  name: string;
  prior: Prior;
}

/**
 * Checks a prior's range: both bounds finite and lower < upper; throws an error that names
 * the prior's family and the range found otherwise.
 *
 * @example
 * checkRange('uniform', 1, 1); // throws "uniform prior requires a finite range with lower < upper, got [1, 1]"
 */
export function checkRange(family: string, lower: number, upper: number): void {
  if (!(Number.isFinite(lower) && Number.isFinite(upper) && lower < upper)) {
    throw new Error(`${family} prior requires a finite range with lower < upper, got [${lower}, ${upper}]`);
  }
}
