/**
 * Kish's effective sample size of a weighted sample, ESS = (Σ w)² / Σ w² (Kish 1965; Liu
 * 2001, §2.5.3): the number of equally weighted draws that would estimate a mean about as
 * precisely. It is n when all weights are equal and 1 when one particle holds all the
 * weight. Del Moral et al. (2012) monitor it to decide when an SMC sampler degenerates.
 * Unit: particles. Cost O(n).
 *
 * @example
 * effectiveSampleSize([0.25, 0.25, 0.25, 0.25]); // 4
 * effectiveSampleSize([1, 0, 0, 0]); // 1
 */
export function effectiveSampleSize(weights: ArrayLike<number>): number {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i];
    squares += weights[i] * weights[i];
  }
  if (!(squares > 0)) throw new Error('effectiveSampleSize requires a positive weight');
  return (sum * sum) / squares;
}
