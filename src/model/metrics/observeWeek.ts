import type { SimulationState } from '../state/SimulationState.js';
import { METRICS, WEEKLY_METRIC_NAMES } from './catalogue.js';
import { type Observation, readObservation } from './Observation.js';

/**
 * One week of output: `week` plus every weekly metric of `METRICS`, as numbers. A metric
 * undefined that week (a ratio with nothing to divide by) is NaN.
 * `week` is declared so that rows pass straight to the chart builders (`timeseriesChart`).
 */
export type WeeklyRow = { week: number } & Record<string, number>;

/**
 * A weekly row's keys in column order (`week`, then the catalogue's weekly metrics). Each row
 * starts as a copy of it (`newWeeklyRow`) whose values are then set. A copy, unlike a fresh
 * 47-key object literal, is never pretenured by V8 (rows live for the whole run).
 */
const ROW_TEMPLATE: WeeklyRow = Object.fromEntries([['week', 0], ...WEEKLY_METRIC_NAMES.map((name) => [name, 0])]) as WeeklyRow;

/** Catalogue index of each weekly metric, in column order. */
const WEEKLY_INDEX = METRICS.flatMap((m, i) => (m.weekly ? [i] : []));

/** A weekly row with every column at 0, in column order. */
export function newWeeklyRow(): WeeklyRow {
  return { ...ROW_TEMPLATE };
}

/**
 * Step 11, observation: every metric's value this week, read from the state after all
 * mechanisms ran (`state.total` includes this week and `state.tieSummary` was refreshed), in
 * catalogue order into `values` (length `METRICS.length`). A loop over the declarations in
 * `METRICS`: each metric says how it is observed. Metrics computed only at the end of a run
 * (aggregation `run`) are left NaN. Reads the state only; `o` is the caller's scratch.
 *
 * @example
 * const values = new Float64Array(METRICS.length);
 * observeWeek(state, newObservation(), values);
 */
export function observeWeek(state: SimulationState, o: Observation, values: Float64Array): Float64Array {
  readObservation(state, o);
  for (let i = 0; i < METRICS.length; i++) {
    const metric = METRICS[i];
    values[i] = metric.aggregation === 'run' ? NaN : metric.observe(state, o);
  }
  return values;
}

/**
 * Writes `values` (catalogue order, from `observeWeek`) into a weekly row for `week`, in
 * column order, and returns it.
 *
 * @example
 * toWeeklyRow(state.week, values).successRate;
 */
export function toWeeklyRow(week: number, values: ArrayLike<number>, row: WeeklyRow = newWeeklyRow()): WeeklyRow {
  row.week = week;
  for (let k = 0; k < WEEKLY_INDEX.length; k++) row[WEEKLY_METRIC_NAMES[k]] = values[WEEKLY_INDEX[k]];
  return row;
}
