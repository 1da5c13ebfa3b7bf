import type { Design, DesignPoint, Factor } from '../../experiment/designs/types.js';
import { validateFactors } from '../validateFactors.js';

/**
 * An explicit list of points, checked against the factors: every point must give every
 * factor, no unknown keys, range values must be numbers inside `[low, high]` (whole numbers
 * for integer factors), values-factor values must be one of the listed values.
 *
 * Layout: `{}`.
 *
 * @example
 * listDesign([{ kind: 'range', name: 'x', low: 0, high: 1 }], [{ x: 0.2 }, { x: 0.9 }]).points.length; // 2
 */
export function listDesign(factors: Factor[], points: DesignPoint[]): Design {
  validateFactors('list', factors);
  if (!Array.isArray(points) || points.length === 0) {
    throw new Error('list design requires at least one point');
  }
  const checked = points.map((point, p) => {
    if (point === null || typeof point !== 'object') {
      throw new Error(`list design point ${p} must be an object`);
    }
    for (const key of Object.keys(point)) {
      if (!factors.some((factor) => factor.name === key)) {
        throw new Error(`list design point ${p} has unknown factor ${key}`);
      }
    }
    const out: DesignPoint = {};
    for (const factor of factors) {
      const value = point[factor.name];
      if (value === undefined) {
        throw new Error(`list design point ${p} is missing factor ${factor.name}`);
      }
      if (factor.kind === 'values') {
        if (!factor.values.includes(value)) {
          throw new Error(
            `list design point ${p} factor ${factor.name} must be one of ${factor.values.join(', ')}, got ${String(value)}`,
          );
        }
      } else if (
        typeof value !== 'number' ||
        !(value >= factor.low && value <= factor.high) ||
        (factor.integer && !Number.isInteger(value))
      ) {
        throw new Error(
          `list design point ${p} factor ${factor.name} must be a ${factor.integer ? 'whole number' : 'number'} from ${factor.low} to ${factor.high}, got ${String(value)}`,
        );
      }
      out[factor.name] = value;
    }
    return out;
  });
  return { method: 'list', factors, points: checked, layout: {} };
}
