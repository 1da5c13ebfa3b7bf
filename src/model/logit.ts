/** Smallest and largest trust kept, so that log-odds stay finite. */
export const TRUST_FLOOR = 1e-4;
export const TRUST_CEILING = 1 - 1e-4;

/**
 * Moves a trust value in (0, 1) by `delta` on the log-odds scale: logit(T') = logit(T) + delta.
 * On this scale a loss of 3λ is undone by exactly three gains of λ, at any starting level,
 * and trust can never leave (0, 1).
 *
 * @example
 * shiftLogOdds(0.5, Math.log(3)); // 0.75
 */
export function shiftLogOdds(trust: number, delta: number): number {
  const t = Math.min(TRUST_CEILING, Math.max(TRUST_FLOOR, trust));
  // odds(T') = odds(T)·e^δ, so T' = T / (T + (1 − T)·e^−δ): one exponential, no logarithm.
  const out = t / (t + (1 - t) * Math.exp(-delta));
  return Math.min(TRUST_CEILING, Math.max(TRUST_FLOOR, out));
}
