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
 * the denominator). With one value the interval collapses to the mean. Deterministic
 * (unlike a bootstrap), O(n).
 *
 * t quantiles are exact table values for 1–30 degrees of freedom and a Cornish–Fisher
 * expansion beyond (error below 1e-5); reference: NIST/SEMATECH e-Handbook, table 1.4.2.3.
 *
 * @example
 * meanInterval([1, 2, 3, 4]);
 * // { mean: 2.5, low: 0.4457..., high: 4.5542..., n: 4 }   (t(0.975, 3) = 3.182446)
 */
export function meanInterval(values: readonly number[]): MeanInterval {
  const n = values.length;
  if (n === 0) throw new Error('meanInterval requires at least one value');
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  if (n < 2) return { mean, low: mean, high: mean, n };
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  const halfWidth = (studentT975(n - 1) * Math.sqrt(squares / (n - 1))) / Math.sqrt(n);
  return { mean, low: mean - halfWidth, high: mean + halfWidth, n };
}

/** t(0.975, df) for df = 1..30. */
const T975 = [
  12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157, 2.228139,
  2.200985, 2.178813, 2.160369, 2.144787, 2.13145, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963,
  2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.05183, 2.048407, 2.04523, 2.042272,
];

/** The 97.5% quantile of Student's t with `df` degrees of freedom. */
export function studentT975(df: number): number {
  if (df <= T975.length) return T975[df - 1];
  const z = 1.959963984540054;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3)
  );
}
