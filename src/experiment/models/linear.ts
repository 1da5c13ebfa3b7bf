import type { SweepModel } from './types.js';
import { numberArrayConstant, numericParam } from './numericParam.js';
import { unitFactors } from './unitFactors.js';

/** Default coefficients of the linear model. */
export const linearDefaultC = [1, -2, 3];

/**
 * A linear model y = Σᵢ cᵢ xᵢ, with coefficients from the constant `c` (default
 * {@link linearDefaultC}) and xᵢ in [0, 1] by default; the number of factors is the length
 * of `c` (`factorsFor`). Its sensitivity measures are known exactly: a one-at-a-time effect from low to
 * high is cᵢ (high − low), every Morris elementary effect (per full range) is cᵢ · range,
 * and with independent uniform inputs S1ᵢ = STᵢ = cᵢ² rangeᵢ² / Σⱼ cⱼ² rangeⱼ².
 * Deterministic (ignores `rng`).
 *
 * @example
 * linear.run({ x1: 1, x2: 1, x3: 1 }, rng); // { y: 2 }
 */
export const linear: SweepModel = {
  name: 'linear',
  factors: unitFactors(linearDefaultC.length),
  factorsFor: (constants) => unitFactors(numberArrayConstant('linear', constants, 'c', linearDefaultC).length),
  outputs: ['y'],
  run(params, _rng, constants) {
    const c = numberArrayConstant('linear', constants, 'c', linearDefaultC);
    let y = 0;
    for (let i = 0; i < c.length; i++) y += c[i] * numericParam('linear', params, `x${i + 1}`);
    return { y };
  },
};
