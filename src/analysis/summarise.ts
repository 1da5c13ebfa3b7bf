import { mean, quantileSorted, sampleStandardDeviation } from 'simple-statistics';
import { tInterval } from './tInterval.js';

/** Summary of one sample (e.g. one metric over the replicates of one design point). */
export interface Summary {
  n: number;
  mean: number;
  /** sample standard deviation (n − 1 denominator); NaN when n = 1 */
  sd: number;
  /** 95% (or `confidence`) Student-t interval of the mean; NaN when n = 1 */
  ciLow: number;
  ciHigh: number;
  median: number;
  q05: number;
  q25: number;
  q75: number;
  q95: number;
}

/**
 * Summarises a sample: size, mean, sample standard deviation, a Student-t confidence
 * interval of the mean (default 95%), median and the 5/25/75/95% quantiles (linear
 * interpolation between order statistics, type 7 of Hyndman & Fan 1996, as R and numpy
 * default). Uses simple-statistics' `mean`, `sampleStandardDeviation` and
 * `quantileSorted`. Cost O(n log n). Non-finite values are an error.
 *
 * @example
 * summarise([1, 2, 3, 4, 5]);
 * // { n: 5, mean: 3, sd: 1.5811, ciLow: 1.0368, ciHigh: 4.9632, median: 3, q05: 1.2, … }
 */
export function summarise(values: ArrayLike<number>, confidence = 0.95): Summary {
  const n = values.length;
  if (n === 0) throw new Error('summarise requires at least one value');
  const sorted = Array.from(values);
  for (const v of sorted) {
    if (!Number.isFinite(v)) throw new Error(`summarise requires finite values, got ${v}`);
  }
  sorted.sort((a, b) => a - b);
  const m = mean(sorted);
  const sd = n > 1 ? sampleStandardDeviation(sorted) : NaN;
  const [ciLow, ciHigh] = tInterval(m, sd, n, confidence);
  return {
    n,
    mean: m,
    sd,
    ciLow,
    ciHigh,
    median: quantileSorted(sorted, 0.5),
    q05: quantileSorted(sorted, 0.05),
    q25: quantileSorted(sorted, 0.25),
    q75: quantileSorted(sorted, 0.75),
    q95: quantileSorted(sorted, 0.95),
  };
}
