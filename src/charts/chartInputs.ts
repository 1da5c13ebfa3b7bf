/**
 * The row shapes the chart builders read. They are the project's result contracts,
 * written structurally (only the fields a chart needs), so rows straight from a results
 * folder, DuckDB or the analysis functions can be passed without conversion.
 */

/** One week of one run: `week` counts from 1; every other column is a metric value. */
export interface WeeklyRow {
  week: number;
  [metric: string]: number | string;
}

/**
 * One week of one run of a sweep: which run, design point and replicate it belongs to,
 * the week (1..W), and the run's factor values and metric values as further columns.
 */
export interface SweepWeeklyRow extends WeeklyRow {
  run: number;
  point: number;
  replicate: number;
}

/** One run of a sweep: identity, seed, status, and its factor values and final metrics. */
export interface RunRow {
  run: number;
  point: number;
  replicate: number;
  seed: number;
  status: 'ok' | 'failed';
  [factorOrMetric: string]: number | string;
}

/**
 * One factor's one-at-a-time effect on one metric: the metric at the factor's `high`
 * value minus the metric at its `low` value (`effect`, in the metric's unit), its 95%
 * interval (`effectLow`..`effectHigh`), the effect per standard deviation of the metric
 * (`standardized`) and its `rank` by absolute size (1 = largest).
 */
export interface OatEffectRow {
  metric: string;
  factor: string;
  low: number | string;
  high: number | string;
  effect: number;
  effectLow: number;
  effectHigh: number;
  standardized?: number;
  rank?: number;
}

/** Sobol' first-order (`S1`) and total (`ST`) indices of one factor for one metric, with 95% intervals. */
export interface SobolRow {
  metric: string;
  factor: string;
  S1: number;
  S1Low: number;
  S1High: number;
  ST: number;
  STLow: number;
  STHigh: number;
}

/** Morris elementary-effect statistics of one factor for one metric (μ, μ*, σ and μ*'s 95% interval). */
export interface MorrisRow {
  metric: string;
  factor: string;
  mu: number;
  muStar: number;
  sigma: number;
  muStarLow: number;
  muStarHigh: number;
}

/**
 * Trust between organisations at the end of a run: `matrix[i][j]` is the trust of
 * organisation `ids[i]` in organisation `ids[j]`, in [0, 1]; `names` are display names.
 */
export interface TrustMatrix {
  ids: string[];
  names: string[];
  matrix: number[][];
}
