/**
 * The row shapes the chart builders read. Each is the project's result contract, defined
 * once by its producer and re-exported (or loosened) here, so rows straight from a results
 * folder, DuckDB or the analysis functions can be passed without conversion.
 */
import type { OatTableRow } from '../methods/oat/oatRows.js';
import type { RunRow as RunRecord } from '../experiment/types.js';
import type { WeeklyRow as ModelWeeklyRow } from '../model/metrics/observeWeek.js';

export type { SobolTableRow as SobolRow } from '../methods/sobol/sobolRows.js';
export type { MorrisTableRow as MorrisRow } from '../methods/morris/morrisRows.js';
export type { TrustMatrix } from '../model/trustMatrix.js';

/**
 * One week of one run: `week` counts from 1; every other column is a metric value (or, in
 * rows joined with their run, a factor level). The model's `WeeklyRow`, with text columns allowed.
 */
export interface WeeklyRow extends Pick<ModelWeeklyRow, 'week'> {
  [metric: string]: number | string;
}

/**
 * One week of one run of a sweep: which run, design point and replicate it belongs to,
 * the week (1..W), and the run's factor values and metric values as further columns.
 */
export interface SweepWeeklyRow extends WeeklyRow, Pick<RunRecord, 'run' | 'point' | 'replicate'> {}

/**
 * One run of a sweep as a flat row of `runs.csv`: identity, seed and status as in the
 * experiment's `RunRow`, then its factor values and final metrics as further columns.
 */
export interface RunRow extends Pick<RunRecord, 'run' | 'point' | 'replicate' | 'seed' | 'status'> {
  [factorOrMetric: string]: number | string;
}

/**
 * One factor's one-at-a-time effect on one metric, a row of `oat.csv` (`OatTableRow`):
 * the metric at the factor's `high` value minus the metric at its `low` value (`effect`,
 * in the metric's unit), its 95% interval (`effectLow`..`effectHigh`), the effect per
 * standard deviation of the metric (`standardized`) and its `rank` by absolute size
 * (1 = largest). A chart needs neither `standardized` nor `rank`.
 */
export type OatEffectRow = Omit<OatTableRow, 'standardized' | 'rank'> & Partial<Pick<OatTableRow, 'standardized' | 'rank'>>;
