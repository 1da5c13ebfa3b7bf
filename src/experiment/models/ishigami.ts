import type { AnalyticIndices, SweepModel } from './types.js';
import { numberConstant, numericParam } from './numericParam.js';

/**
 * The Ishigami & Homma (1990) test function, the standard check for Sobol' estimators:
 *
 *   y = sin x₁ + a sin² x₂ + b x₃⁴ sin x₁,  xᵢ ~ U[−π, π],
 *
 * with constants a = 7, b = 0.1 by default. x₃ acts only through its interaction with x₁,
 * so its first-order index is 0 while its total index is not. Deterministic (ignores `rng`).
 *
 * @example
 * ishigami.run({ x1: Math.PI / 2, x2: 0, x3: 0 }, rng); // { y: 1 }
 */
export const ishigami: SweepModel = {
  name: 'ishigami',
  factors: ['x1', 'x2', 'x3'].map((name) => ({
    kind: 'range' as const,
    name,
    low: -Math.PI,
    high: Math.PI,
  })),
  outputs: ['y'],
  run(params, _rng, constants) {
    const a = numberConstant('ishigami', constants, 'a', 7);
    const b = numberConstant('ishigami', constants, 'b', 0.1);
    const x1 = numericParam('ishigami', params, 'x1');
    const x2 = numericParam('ishigami', params, 'x2');
    const x3 = numericParam('ishigami', params, 'x3');
    const s2 = Math.sin(x2);
    return { y: Math.sin(x1) + a * s2 * s2 + b * x3 ** 4 * Math.sin(x1) };
  },
};

/**
 * Closed-form Sobol' indices of the Ishigami function (Sobol' & Levitan 1999; Saltelli et
 * al. 2008 "Global Sensitivity Analysis: The Primer", §4.9):
 *
 *   V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2,  V₁ = (1 + bπ⁴/5)²/2,  V₂ = a²/8,  V₃ = 0,
 *   V₁₃ = b²π⁸ (1/18 − 1/50) = 8b²π⁸/225;
 *   S1 = (V₁, V₂, 0)/V,  ST = (V₁ + V₁₃, V₂, V₁₃)/V.
 *
 * @example
 * ishigamiIndices(7, 0.1);
 * // { S1: [0.3139, 0.4424, 0], ST: [0.5576, 0.4424, 0.2437] } (rounded)
 */
export function ishigamiIndices(a = 7, b = 0.1): AnalyticIndices {
  const pi4 = Math.PI ** 4;
  const pi8 = Math.PI ** 8;
  const v1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
  const v2 = (a * a) / 8;
  const v13 = (8 * b * b * pi8) / 225;
  const v = (a * a) / 8 + (b * pi4) / 5 + (b * b * pi8) / 18 + 0.5;
  return { S1: [v1 / v, v2 / v, 0], ST: [(v1 + v13) / v, v2 / v, v13 / v] };
}
