import { normalQuantile } from './normalQuantile.js';
import { studentTQuantile } from './studentTQuantile.js';

/**
 * Smallest number of replicates (pairs) n ≥ 2 for which a Student-t interval of a mean
 * (difference) has half-width at most `halfWidth`:
 *
 *   t(1 − α/2, n − 1) · sd / √n ≤ halfWidth,  α = 1 − confidence,
 *
 * given a pilot estimate `sdDifference` of the standard deviation. The search starts at the
 * normal-theory size ⌈(z · sd / halfWidth)²⌉, a lower bound since t > z. Units: `sd` and
 * `halfWidth` in the metric's units.
 *
 * @example
 * replicationsNeeded(1, 0.5); // 18  (t(0.975, 17) · 1 / √18 = 0.497)
 */
export function replicationsNeeded(
  sdDifference: number,
  halfWidth: number,
  confidence = 0.95,
): number {
  if (!(sdDifference >= 0) || !Number.isFinite(sdDifference)) {
    throw new Error(`replicationsNeeded requires a finite sd of at least 0, got ${sdDifference}`);
  }
  if (!(halfWidth > 0) || !Number.isFinite(halfWidth)) {
    throw new Error(`replicationsNeeded requires a positive half-width, got ${halfWidth}`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new Error(`confidence must be between 0 and 1, got ${confidence}`);
  }
  const p = 1 - (1 - confidence) / 2;
  const z = normalQuantile(p);
  let n = Math.max(2, Math.ceil(((z * sdDifference) / halfWidth) ** 2));
  while ((studentTQuantile(p, n - 1) * sdDifference) / Math.sqrt(n) > halfWidth) n++;
  return n;
}
