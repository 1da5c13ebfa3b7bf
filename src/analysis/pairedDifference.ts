import { mean, sampleStandardDeviation } from 'simple-statistics';
import { tInterval } from './tInterval.js';

/** Paired comparison of two conditions run with the same seeds. */
export interface PairedDifference {
  /** number of pairs */
  n: number;
  /** mean of aᵢ − bᵢ */
  meanDifference: number;
  /** Student-t interval of the mean difference (default 95%); NaN when n = 1 */
  ciLow: number;
  ciHigh: number;
  /** sample standard deviation of the differences; NaN when n = 1 */
  sdDifference: number;
  /** Cohen's d_z = meanDifference / sdDifference (NaN when the sd is 0 or unknown) */
  effectSize: number;
}

/**
 * Paired difference of `a` and `b`, where `a[i]` and `b[i]` share a seed (common random
 * numbers), so the noise they share cancels: the paired t-interval of the mean difference
 * (Student 1908) and the standardised effect d_z = mean / sd of the differences (Cohen
 * 1988, §2.3.5). Cost O(n).
 *
 * @example
 * pairedDifference([5, 6, 7], [4, 4, 6]);
 * // { n: 3, meanDifference: 1.3333, sdDifference: 0.5774, ciLow: -0.1009, ciHigh: 2.7676, effectSize: 2.3094 }
 */
export function pairedDifference(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  confidence = 0.95,
): PairedDifference {
  if (a.length !== b.length) {
    throw new Error(`pairedDifference requires samples of equal length, got ${a.length} and ${b.length}`);
  }
  if (a.length === 0) throw new Error('pairedDifference requires at least one pair');
  const differences = Array.from(a, (value, i) => value - b[i]);
  for (const d of differences) {
    if (!Number.isFinite(d)) throw new Error('pairedDifference requires finite values');
  }
  return pairedFromDifferences(differences, confidence);
}

/**
 * {@link pairedDifference} from the differences themselves.
 *
 * @example
 * pairedFromDifferences([1, 2, 1]).meanDifference; // 1.3333
 */
export function pairedFromDifferences(
  differences: number[],
  confidence = 0.95,
): PairedDifference {
  const n = differences.length;
  if (n === 0) throw new Error('pairedDifference requires at least one pair');
  const meanDifference = mean(differences);
  const sdDifference = n > 1 ? sampleStandardDeviation(differences) : NaN;
  const [ciLow, ciHigh] = tInterval(meanDifference, sdDifference, n, confidence);
  return {
    n,
    meanDifference,
    ciLow,
    ciHigh,
    sdDifference,
    effectSize: sdDifference > 0 ? meanDifference / sdDifference : NaN,
  };
}
