import type { Factor, RangeFactor } from '../experiment/designs/types.js';

/**
 * Checks factor definitions shared by every design: at least one factor, unique non-empty
 * names, finite ranges with `low ≤ high`, and at least one value for values factors.
 * Throws an `Error` whose message names the design method and the factor.
 *
 * @example
 * validateFactors('grid', [{ kind: 'range', name: 'trust', low: 1, high: 0 }]);
 * // throws "grid design factor trust has low 1 above high 0"
 */
export function validateFactors(method: string, factors: Factor[]): void {
  if (!Array.isArray(factors) || factors.length === 0) {
    throw new Error(`${method} design requires at least one factor`);
  }
  const seen = new Set<string>();
  for (const factor of factors) {
    if (typeof factor.name !== 'string' || factor.name === '') {
      throw new Error(`${method} design requires every factor to have a name`);
    }
    if (seen.has(factor.name)) {
      throw new Error(`${method} design has factor ${factor.name} more than once`);
    }
    seen.add(factor.name);
    if (factor.kind === 'range') {
      if (!Number.isFinite(factor.low) || !Number.isFinite(factor.high)) {
        throw new Error(`${method} design factor ${factor.name} requires finite low and high`);
      }
      if (factor.low > factor.high) {
        throw new Error(
          `${method} design factor ${factor.name} has low ${factor.low} above high ${factor.high}`,
        );
      }
    } else if (factor.kind === 'values') {
      if (!Array.isArray(factor.values) || factor.values.length === 0) {
        throw new Error(`${method} design factor ${factor.name} requires at least one value`);
      }
    } else {
      throw new Error(`${method} design factor ${(factor as Factor).name} has unknown kind`);
    }
  }
}

/**
 * Checks factors and narrows them to range factors, for designs that sample a continuous
 * hypercube (lhs, sobol, morris).
 *
 * @example
 * requireRangeFactors('sobol', [{ kind: 'values', name: 'region', values: ['north'] }]);
 * // throws "sobol design requires range factors, but region is a values factor"
 */
export function requireRangeFactors(method: string, factors: Factor[]): RangeFactor[] {
  validateFactors(method, factors);
  for (const factor of factors) {
    if (factor.kind !== 'range') {
      throw new Error(
        `${method} design requires range factors, but ${factor.name} is a values factor`,
      );
    }
  }
  return factors as RangeFactor[];
}

/**
 * Checks that a sample count is a whole number of at least `min`.
 *
 * @example
 * requireCount('lhs', 'samples', 0); // throws "lhs design requires samples to be a whole number of at least 1, got 0"
 */
export function requireCount(method: string, what: string, value: unknown, min = 1): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new Error(
      `${method} design requires ${what} to be a whole number of at least ${min}, got ${String(value)}`,
    );
  }
  return value;
}
