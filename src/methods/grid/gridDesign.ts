import type { Design, DesignPoint, Factor, FactorValue } from '../../experiment/designs/types.js';
import { requireCount, validateFactors } from '../validateFactors.js';
import { scaleToFactor } from '../scaleToFactor.js';
import { DESIGN_LIMITS } from '../designLimits.js';
import { groupDigits } from '../groupDigits.js';

/**
 * Full factorial grid. A range factor takes `levels` evenly spaced values from `low` to
 * `high` inclusive (rounded for integer factors); a values factor takes all its values. The
 * points are every combination, the last factor varying fastest, so there are
 * Π (levels of each factor) points.
 *
 * Layout: `{ levels, levelValues }` where `levelValues[f]` lists factor f's levels in order;
 * point p's level index for factor f is the mixed-radix digit of p (last factor fastest).
 *
 * @example
 * gridDesign([{ kind: 'range', name: 'x', low: 0, high: 1 }], 3).points;
 * // [{ x: 0 }, { x: 0.5 }, { x: 1 }]
 */
export function gridDesign(factors: Factor[], levels = 3): Design {
  validateFactors('grid', factors);
  requireCount('grid', 'levels', levels, 2);
  const total = factors.reduce((product, f) => product * (f.kind === 'values' ? f.values.length : levels), 1);
  if (total > DESIGN_LIMITS.maxPoints) {
    throw new Error(`grid design would have ${groupDigits(total)} points, more than ${groupDigits(DESIGN_LIMITS.maxPoints)}; use fewer levels or fewer factors`);
  }
  const levelValues: FactorValue[][] = factors.map((factor) =>
    factor.kind === 'values'
      ? [...factor.values]
      : Array.from({ length: levels }, (_, i) => scaleToFactor(factor, i / (levels - 1))),
  );
  const points: DesignPoint[] = [];
  for (let p = 0; p < total; p++) {
    const point: DesignPoint = {};
    let rest = p;
    for (let f = factors.length - 1; f >= 0; f--) {
      const count = levelValues[f].length;
      point[factors[f].name] = levelValues[f][rest % count];
      rest = Math.floor(rest / count);
    }
    points.push(reorder(point, factors));
  }
  return { method: 'grid', factors, points, layout: { levels, levelValues } };
}

/** Returns the point with keys in factor order (stable JSON output). */
function reorder(point: DesignPoint, factors: Factor[]): DesignPoint {
  const out: DesignPoint = {};
  for (const factor of factors) out[factor.name] = point[factor.name];
  return out;
}
