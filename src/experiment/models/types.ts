import type { Rng } from '../../random/rng.js';
import type { Factor } from '../designs/types.js';

/**
 * A model a sweep can run: a name, its factors with default ranges (optionally depending on
 * its constants), the names of its outputs, and a `run` function from one design point (plus
 * a seeded generator for stochastic models and optional constants) to one value per output.
 *
 * `run` must be pure given its arguments: same params, same generator state and constants
 * give the same outputs.
 */
export interface SweepModel {
  name: string;
  factors: Factor[];
  /**
   * The factors for the given constants, when they depend on them (a model whose number of
   * factors is the length of a constant); `factors` is then the list for the default
   * constants. See `factorsForConstants`.
   */
  factorsFor?(constants: Record<string, unknown> | undefined): Factor[];
  outputs: string[];
  run(
    params: Record<string, number | string>,
    rng: Rng,
    constants?: Record<string, unknown>,
  ): Record<string, number>;
}

/** First-order and total Sobol' indices of a model, one entry per factor. */
export interface AnalyticIndices {
  S1: number[];
  ST: number[];
}
