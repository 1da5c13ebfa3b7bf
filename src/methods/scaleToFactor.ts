import type { RangeFactor } from '../experiment/designs/types.js';

/**
 * Maps a unit coordinate `u ∈ [0, 1]` onto a range factor: `low + u · (high − low)`,
 * rounded to the nearest whole number when the factor is `integer` (and kept inside
 * `[low, high]`).
 *
 * @example
 * scaleToFactor({ kind: 'range', name: 'staff', low: 2, high: 10, integer: true }, 0.3); // 4
 * scaleToFactor({ kind: 'range', name: 'trust', low: 0, high: 2 }, 0.25); // 0.5
 */
export function scaleToFactor(factor: RangeFactor, u: number): number {
  const value = factor.low + u * (factor.high - factor.low);
  if (!factor.integer) return value;
  return Math.min(Math.max(Math.round(value), Math.ceil(factor.low)), Math.floor(factor.high));
}
