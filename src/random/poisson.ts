import type { Rng } from './rng.js';

/**
 * Draws a Poisson-distributed count with mean `lambda` (events per interval).
 *
 * Uses Knuth's multiplication method for `lambda` ≤ 30 (cost O(lambda)) and a rounded
 * normal approximation with continuity correction above (error < 1% in the mean there).
 *
 * @example
 * poisson(createRng(1), 3); // 0, 1, 2, ... with mean 3
 */
export function poisson(rng: Rng, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) {
    const z = standardNormal(rng);
    return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * z));
  }
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

/**
 * Draws a standard normal deviate by the Box–Muller transform (one of the pair is used).
 *
 * @example
 * standardNormal(createRng(1)); // a draw from N(0, 1)
 */
export function standardNormal(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
