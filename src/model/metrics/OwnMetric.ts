import type { SimulationState } from '../state/SimulationState.js';

/**
 * What one run of an own metric keeps: it may look at the state after every week's
 * mechanisms and observation (`observeWeek`), and gives one number at the end (`finish`).
 * It must only read the state: changing it would change the run.
 */
export interface OwnMetricObserver {
  /** Called after each week (`state.week` is 1, 2, …), with the state read-only. */
  observeWeek?(state: SimulationState): void;
  /** The run's value, from the final state and what was observed; it must be a finite number. */
  finish(state: SimulationState): number;
}

/**
 * A researcher's own metric, as Mesa's model reporters or BehaviorSpace's reporters: a
 * stable camelCase `name` (a column of `runs.csv`, no built-in metric's name), a unit and a
 * one-line description (shown on charts and in reports), and `observer()`, which starts a
 * fresh observer for each run, so nothing is shared between runs and results do not depend
 * on how runs are spread over workers. Own metrics are summary metrics: one number per run.
 *
 * @example
 * const peakBacklog: OwnMetric = {
 *   name: 'peakBacklog', unit: 'cases', description: 'largest coordinator backlog in any week',
 *   observer() {
 *     let peak = 0;
 *     return {
 *       observeWeek(state) { peak = Math.max(peak, state.open.length); },
 *       finish: () => peak,
 *     };
 *   },
 * };
 */
export interface OwnMetric {
  name: string;
  unit: string;
  description: string;
  observer(): OwnMetricObserver;
}

/**
 * Declares an own metric for an experiment's `metricsModule` or `collabsim run
 * --metrics-module`: returns it unchanged, typed, so an editor checks the shape. A metrics
 * module's default export is one metric or an array of them.
 *
 * @example
 * export default defineMetric({
 *   name: 'finalVacancies', unit: 'posts', description: 'vacant posts in the last week',
 *   observer: () => ({
 *     finish: (state) => state.workforce.posted.reduce((n, p, seat) => n + Number(p && !state.workforce.present[seat]), 0),
 *   }),
 * });
 */
export function defineMetric(metric: OwnMetric): OwnMetric {
  return metric;
}
