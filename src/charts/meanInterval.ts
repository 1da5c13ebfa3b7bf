import { studentTQuantile } from '../analysis/studentTQuantile.js';
import { summarise } from '../analysis/summarise.js';

/** The mean of a sample with its 95% confidence interval. */
export interface MeanInterval {
  mean: number;
  /** Lower end of the 95% interval (equals `mean` when n < 2). */
  low: number;
  /** Upper end of the 95% interval (equals `mean` when n < 2). */
  high: number;
  n: number;
}

/**
 * The sample mean with a 95% Student-t confidence interval:
 * mean ± t(0.975, n − 1) · s / √n, where s is the sample standard deviation (n − 1 in
 * the denominator): the mean and interval of `summarise`, shaped for a chart's data. With
 * one value the interval collapses to the mean. Deterministic (unlike a bootstrap),
 * O(n log n). Values must be finite.
 *
 * @example
 * meanInterval([1, 2, 3, 4]);
 * // { mean: 2.5, low: 0.4457..., high: 4.5542..., n: 4 }   (t(0.975, 3) = 3.182446)
 */
export function meanInterval(values: readonly number[]): MeanInterval {
  if (values.length === 0) throw new Error('meanInterval requires at least one value');
  const { n, mean, ciLow, ciHigh } = summarise(values);
  if (n < 2) return { mean, low: mean, high: mean, n };
  return { mean, low: ciLow, high: ciHigh, n };
}

/**
 * The 97.5% quantile of Student's t with `df` degrees of freedom (`studentTQuantile`);
 * reference: NIST/SEMATECH e-Handbook, table 1.4.2.3.
 *
 * @example
 * studentT975(3); // 3.182446...
 */
export function studentT975(df: number): number {
  return studentTQuantile(0.975, df);
}
