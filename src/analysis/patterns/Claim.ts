/**
 * The kinds of claim a pattern file states, in the form `evaluateClaim` settles them. A claim
 * compares arms: runs of a scenario that differ in one thing, with the same seeds replicate by
 * replicate (common random numbers), so arm values are aligned by replicate.
 */

/** What a pattern expects of its metric. */
export type Expectation = 'increase' | 'decrease' | 'equivalent' | 'range' | 'ordered';

/** Every expectation, in the order the documentation lists them. */
export const EXPECTATIONS: readonly Expectation[] = ['increase', 'decrease', 'equivalent', 'range', 'ordered'];

/**
 * One claim, ready to settle. The arms it is settled on depend on its shape:
 * - `comparison` (2 arms: factor at `from`, at `to`): the effect is to − from, per replicate;
 * - `interaction` (4 arms: from and to at the second factor's `from`, then at its `to`): the
 *   effect is the difference of the two gains, (to − from at by.to) − (to − from at by.from);
 * - `level` (1 arm): the metric's mean itself (for `range`);
 * - `sequence` (k ≥ 2 arms, for `ordered`): each adjacent pair, next − previous.
 */
export interface Claim {
  shape: 'comparison' | 'interaction' | 'level' | 'sequence';
  expect: Expectation;
  /** `increase`/`decrease`: the least size of the effect, in the metric's units (default 0). */
  min?: number;
  /** `equivalent`: the margin δ > 0, in the metric's units. */
  margin?: number;
  /** `range`: the interval the mean must lie in, `[low, high]`. */
  range?: [number, number];
  /** `ordered`: ascending (each arm above the one before) or descending. Default ascending. */
  order?: 'ascending' | 'descending';
}

/** How a claim came out. */
export interface ClaimVerdict {
  /** The effect: mean paired difference (comparison, interaction), mean (level), or for a sequence the adjacent difference closest to failing. */
  effect: number;
  /** The interval of the effect. */
  low: number;
  high: number;
  /** Which interval: `95%` (two-sided Student t) or `90%` (TOST at α = 0.05). */
  interval: '95%' | '90%';
  /** Replicates used (those with a finite value in every arm). */
  n: number;
  pass: boolean;
  /** What the verdict rests on, in words (e.g. `95% interval above 0`). */
  rule: string;
}
