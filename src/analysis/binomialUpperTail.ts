import { regularizedIncompleteBeta } from './regularizedIncompleteBeta.js';

/**
 * The upper tail of the binomial distribution, P(X ≥ k) for X ~ Binomial(n, p): the p-value
 * of the one-sided binomial test of k successes in n trials against success probability p
 * (alternative "greater"), as `scipy.stats.binomtest(k, n, p, alternative='greater')`.
 *
 * Computed as the regularised incomplete beta I_p(k, n − k + 1) (Abramowitz & Stegun 26.5.24),
 * which keeps full relative accuracy deep in the tail (1e-70 and below), where summing the
 * probability mass would not. Cost O(√n).
 *
 * @example
 * binomialUpperTail(0, 10, 0.3); // 1
 * binomialUpperTail(10, 10, 0.5); // 0.0009765625 (= 0.5¹⁰)
 * binomialUpperTail(8, 10, 0.5); // 0.0546875 (56 / 1024)
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (!(Number.isInteger(n) && n >= 0 && Number.isInteger(k) && k >= 0 && k <= n)) {
    throw new Error(`binomialUpperTail requires whole numbers 0 ≤ k ≤ n, got k = ${k}, n = ${n}`);
  }
  if (!(p >= 0 && p <= 1)) throw new Error(`binomialUpperTail requires p from 0 to 1, got ${p}`);
  if (k === 0) return 1;
  if (p === 0) return 0;
  if (p === 1) return 1;
  return regularizedIncompleteBeta(p, k, n - k + 1);
}
