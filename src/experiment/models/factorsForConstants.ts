import type { Factor } from '../designs/types.js';
import type { SweepModel } from './types.js';

/**
 * The factors of a model given the experiment's constants. Most models have fixed factors
 * (`model.factors`); a model whose size follows a constant (the built-in `linear` with its
 * coefficients `c`, `sobol-g` with its `a`) says so with `factorsFor`, so that
 * `constants: { c: [1, 2, 3, 4, 5] }` gives `linear` the five factors x1 … x5. Throws the
 * model's own error when the constant is malformed (the caller reports it at `constants`).
 *
 * @example
 * factorsForConstants(linear, { c: [1, 2, 3, 4, 5] }).length; // 5
 * factorsForConstants(linear, {}).length; // 3, the default coefficients
 */
export function factorsForConstants(model: SweepModel, constants: Record<string, unknown> | undefined): Factor[] {
  return model.factorsFor ? model.factorsFor(constants) : model.factors;
}
