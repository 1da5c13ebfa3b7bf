import { regularizedIncompleteBeta } from './regularizedIncompleteBeta.js';

/**
 * Cumulative distribution function of Student's t distribution with `df` degrees of
 * freedom (df > 0, not necessarily whole):
 *
 *   F(t) = 1 − ½ I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0, and 1 − F(−t) for t < 0
 *
 * (Abramowitz & Stegun 26.7.1 with 26.5.27). Cost: one incomplete beta evaluation.
 *
 * @example
 * studentTCdf(0, 5); // 0.5
 * studentTCdf(12.706204736174707, 1); // 0.975
 */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0)) throw new Error(`studentTCdf requires positive degrees of freedom, got ${df}`);
  if (Number.isNaN(t)) return NaN;
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}
