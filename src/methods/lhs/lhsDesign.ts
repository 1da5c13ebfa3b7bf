import type { Rng } from '../../random/rng.js';
import type { Design, DesignPoint, Factor, RangeFactor } from '../../experiment/designs/types.js';
import { requireCount, requireRangeFactors } from '../validateFactors.js';
import { scaleToFactor } from '../scaleToFactor.js';

/**
 * Latin hypercube sample (McKay, Beckman & Conover 1979): each factor's range is cut into
 * `samples` equal strata and every stratum holds exactly one point; the strata are paired
 * across factors by independent random permutations (Fisher–Yates) and each point is
 * uniform inside its cell. Cost O(samples · factors).
 *
 * Layout: `{ samples }`.
 *
 * @example
 * lhsDesign([{ kind: 'range', name: 'x', low: 0, high: 1 }], 4, createRng(1)).points;
 * // four points, one in each of [0, .25), [.25, .5), [.5, .75), [.75, 1)
 */
export function lhsDesign(factors: Factor[], samples: number, rng: Rng): Design {
  const ranges = checkLhsDesign(factors, samples);
  const points: DesignPoint[] = Array.from({ length: samples }, () => ({}));
  const strata = new Int32Array(samples);
  for (const factor of ranges) {
    for (let i = 0; i < samples; i++) strata[i] = i;
    for (let i = samples - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = strata[i];
      strata[i] = strata[j];
      strata[j] = t;
    }
    for (let i = 0; i < samples; i++) {
      points[i][factor.name] = scaleToFactor(factor, (strata[i] + rng()) / samples);
    }
  }
  return { method: 'lhs', factors, points, layout: { samples } };
}

/**
 * What `lhsDesign` requires, checked without drawing: range factors only and a whole number
 * of samples of at least 1. Returns the range factors; throws naming the problem.
 *
 * @example
 * checkLhsDesign(factors, 0); // throws "lhs design requires samples to be a whole number of at least 1, got 0"
 */
export function checkLhsDesign(factors: Factor[], samples: number): RangeFactor[] {
  const ranges = requireRangeFactors('lhs', factors);
  requireCount('lhs', 'samples', samples);
  return ranges;
}
