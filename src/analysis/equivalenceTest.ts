import { pairedDifference } from './pairedDifference.js';
import { studentTCdf } from './studentTCdf.js';
import { studentTQuantile } from './studentTQuantile.js';

/** Result of a paired two one-sided tests (TOST) procedure for equivalence. */
export interface EquivalenceTest {
  /** number of pairs */
  n: number;
  /** mean of aᵢ − bᵢ, in the metric's units */
  meanDifference: number;
  /** the declared equivalence margin δ > 0, in the metric's units */
  margin: number;
  /** significance level α of each one-sided test */
  alpha: number;
  /** lower end of the (1 − 2α) Student-t interval of the mean difference */
  ciLow: number;
  /** upper end of that interval */
  ciHigh: number;
  /** p-value of H₀: μ ≤ −δ against μ > −δ */
  pLower: number;
  /** p-value of H₀: μ ≥ δ against μ < δ */
  pUpper: number;
  /** true iff the (1 − 2α) interval lies within (−δ, δ), i.e. both p-values are below α */
  equivalent: boolean;
}

/**
 * Paired equivalence test by two one-sided t-tests (TOST; Schuirmann 1987): is the mean
 * difference of paired samples within a declared margin ±δ? With differences dᵢ = aᵢ − bᵢ (common random numbers: aᵢ and bᵢ share
 * a seed), mean d̄, standard error s/√n and ν = n − 1 degrees of freedom,
 *
 *   pLower = 1 − F_ν((d̄ + δ)/se)   (H₀: μ ≤ −δ)      pUpper = F_ν((d̄ − δ)/se)   (H₀: μ ≥ δ)
 *
 * and "no effect beyond δ" is concluded at level α when both are below α, which is the same as
 * the (1 − 2α) interval d̄ ± t(1 − α, ν)·se lying inside (−δ, δ). The margin δ is in the
 * metric's own units and must be declared with its reason before the data are seen. Reference:
 * Schuirmann, J. Pharmacokinet. Biopharm. 15 (1987) 657-680. When all
 * differences are equal (se = 0) the interval is the point d̄. Cost O(n) plus one t quantile.
 *
 * @example
 * equivalenceTest([5, 6, 7, 8], [5, 5, 7, 7], 1.5);
 * // { n: 4, meanDifference: 0.5, ciLow: -0.1794, ciHigh: 1.1794, pLower: 0.0031, pUpper: 0.0203,
 * //   equivalent: true, margin: 1.5, alpha: 0.05 }
 */
export function equivalenceTest(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  margin: number,
  alpha = 0.05,
): EquivalenceTest {
  if (!(margin > 0) || !Number.isFinite(margin)) {
    throw new Error(`equivalenceTest requires a positive finite margin, got ${margin}`);
  }
  if (!(alpha > 0 && alpha < 0.5)) throw new Error(`equivalenceTest requires alpha between 0 and 0.5, got ${alpha}`);
  if (a.length < 2) throw new Error(`equivalenceTest requires at least two pairs, got ${a.length}`);
  const { n, meanDifference, sdDifference } = pairedDifference(a, b);
  const df = n - 1;
  const se = sdDifference / Math.sqrt(n);
  const half = se > 0 ? studentTQuantile(1 - alpha, df) * se : 0;
  const tStat = (x: number) => (se > 0 ? x / se : x > 0 ? Infinity : x < 0 ? -Infinity : 0);
  const pLower = 1 - studentTCdf(tStat(meanDifference + margin), df);
  const pUpper = studentTCdf(tStat(meanDifference - margin), df);
  const ciLow = meanDifference - half;
  const ciHigh = meanDifference + half;
  return {
    n,
    meanDifference,
    margin,
    alpha,
    ciLow,
    ciHigh,
    pLower,
    pUpper,
    equivalent: ciLow > -margin && ciHigh < margin,
  };
}
