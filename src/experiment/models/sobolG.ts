import type { AnalyticIndices, SweepModel } from './types.js';
import { numberArrayConstant, numericParam } from './numericParam.js';
import { unitFactors } from './unitFactors.js';

/** Default `a` of the Sobol' G function: two important, two moderate, four inert factors. */
export const sobolGDefaultA = [0, 1, 4.5, 9, 99, 99, 99, 99];

/**
 * The Sobol' G function (Sobol' 1993; Saltelli & Sobol' 1995):
 *
 *   y = Πᵢ (|4xᵢ − 2| + aᵢ) / (1 + aᵢ),  xᵢ ~ U[0, 1], i = 1 … k,
 *
 * where a small `aᵢ` makes factor i important and a large one makes it nearly inert. The
 * number of factors is the length of the constant `a` (default {@link sobolGDefaultA}, k = 8);
 * `factors` lists the default's, `factorsFor` those of any `a`. Deterministic (ignores `rng`).
 *
 * @example
 * sobolG.run({ x1: 0.5, x2: 0.5, x3: 0.5, x4: 0.5, x5: 0.5, x6: 0.5, x7: 0.5, x8: 0.5 }, rng);
 * // { y: 0 } because a₁ = 0 and |4·0.5 − 2| = 0
 */
export const sobolG: SweepModel = {
  name: 'sobol-g',
  factors: unitFactors(sobolGDefaultA.length),
  factorsFor: (constants) => unitFactors(numberArrayConstant('sobol-g', constants, 'a', sobolGDefaultA).length),
  outputs: ['y'],
  run(params, _rng, constants) {
    const a = numberArrayConstant('sobol-g', constants, 'a', sobolGDefaultA);
    let y = 1;
    for (let i = 0; i < a.length; i++) {
      const x = numericParam('sobol-g', params, `x${i + 1}`);
      y *= (Math.abs(4 * x - 2) + a[i]) / (1 + a[i]);
    }
    return { y };
  },
};

/**
 * Closed-form Sobol' indices of the G function (Saltelli et al. 2010, CPC 181, §4):
 *
 *   Vᵢ = 1 / (3 (1 + aᵢ)²),  V = Πᵢ (1 + Vᵢ) − 1,
 *   S1ᵢ = Vᵢ / V,  STᵢ = Vᵢ Π_{j≠i} (1 + Vⱼ) / V.
 *
 * @example
 * sobolGIndices([0, 1]); // { S1: [0.75, 0.1875], ST: [0.8125, 0.25] }
 */
export function sobolGIndices(a: number[] = sobolGDefaultA): AnalyticIndices {
  const partial = a.map((ai) => 1 / (3 * (1 + ai) ** 2));
  const product = partial.reduce((p, v) => p * (1 + v), 1);
  const total = product - 1;
  return {
    S1: partial.map((v) => v / total),
    ST: partial.map((v) => (v * (product / (1 + v))) / total),
  };
}
