/**
 * One observed summary value that a calibration should reproduce: `observed` in the
 * metric's units, and `scale` in the same units, the size of a difference that counts as
 * one unit of misfit (often the observation's standard error, or what a reviewer would call
 * a clear miss). `weight` (default 1) makes a target count more or less in the distance.
 *
 * @example
 * const t: AbcTarget = { name: 'successRate', observed: 0.62, scale: 0.05 };
 */
export interface AbcTarget {
  /** The metric's name, for messages and tables (not used in the computation). */
  name?: string;
  observed: number;
  /** Positive, in the metric's units. */
  scale: number;
  /** Positive; default 1. */
  weight?: number;
}

/**
 * The weighted Euclidean distance between simulated and observed summaries,
 * d = √(Σ_k w_k ((s_k − o_k) / scale_k)²), dimensionless: d = 1 is a miss by one scale on
 * one target. This is the usual ABC distance on standardised summaries (Beaumont et al.
 * 2002; Prangle 2017 discusses the choice of scales). A summary that is not finite (a
 * failed or degenerate simulation) gives Infinity, which no tolerance accepts. Cost O(k).
 *
 * @example
 * abcDistance([0.72, 10], [{ observed: 0.62, scale: 0.05 }, { observed: 10, scale: 2 }]); // 2
 */
export function abcDistance(summaries: ArrayLike<number>, targets: readonly AbcTarget[]): number {
  if (summaries.length !== targets.length) {
    throw new Error(`abcDistance requires one summary per target, got ${summaries.length} for ${targets.length}`);
  }
  let sum = 0;
  for (let k = 0; k < targets.length; k++) {
    const s = summaries[k];
    if (!Number.isFinite(s)) return Infinity;
    const z = (s - targets[k].observed) / targets[k].scale;
    sum += (targets[k].weight ?? 1) * z * z;
  }
  return Math.sqrt(sum);
}
