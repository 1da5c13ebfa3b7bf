import { studentTQuantile } from './studentTQuantile.js';

/**
 * Two-sided Student-t confidence interval for a mean: mean ± t(1 − α/2, n − 1) · sd / √n,
 * α = 1 − confidence (Student 1908). Returns `[NaN, NaN]` when n < 2 or sd is not finite,
 * because no interval can be estimated from one value.
 *
 * @example
 * tInterval(10, 2, 10); // [8.5693, 11.4307] (rounded; t(0.975, 9) = 2.2622)
 */
export function tInterval(
  mean: number,
  sd: number,
  n: number,
  confidence = 0.95,
): [number, number] {
  if (!(confidence > 0 && confidence < 1)) {
    throw new Error(`confidence must be between 0 and 1, got ${confidence}`);
  }
  if (n < 2 || !Number.isFinite(sd)) return [NaN, NaN];
  const half = (studentTQuantile(1 - (1 - confidence) / 2, n - 1) * sd) / Math.sqrt(n);
  return [mean - half, mean + half];
}
