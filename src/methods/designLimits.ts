/**
 * Limits on the size of a design, checked from its spec before it is drawn
 * (`checkDesignSize`). A real study stays far below them: a 14-factor Sobol' design with
 * N = 4096 has 65,536 points, a 5-factor grid of 10 levels 100,000.
 *
 * Every design point is held in memory by every process of a sweep (each shard draws the whole
 * design) and written to `experiment.json`: about 0.9 KB per point with 14 factors in the main
 * process and 0.4 KB in each worker (bench/design-memory-report.md), so the points limit cannot be split by shards: split the
 * factors or the sample into several experiments instead.
 */
export const DESIGN_LIMITS = {
  /** Most design points of one experiment (about 1 GB of design in memory and in experiment.json). */
  maxPoints: 1_000_000,
  /** Most elementary steps spent drawing the design (`DesignSize.work`): about 10–20 seconds at 5e7–1e8 steps a second. */
  maxWork: 1_000_000_000,
} as const;
