import type { SimulationState } from './SimulationState.js';

/**
 * End-of-week bookkeeping of `state.endings`, run by the engine after the mechanisms: stores
 * this week's arrivals under this week, then adds the arrival week that is now exactly
 * `successAge` weeks old to the mature counts (its cases' success within `successAge` weeks is
 * decided by now). Cost O(1) a week.
 *
 * @example
 * // week 60, successAge 52: arrival week 8 matures
 * matureArrivals(state);
 */
export function matureArrivals(state: SimulationState): void {
  const e = state.endings;
  const week = state.week;
  while (e.arrivals.length <= week) e.arrivals.push(0);
  while (e.successes.length <= week) e.successes.push(0);
  e.arrivals[week] = state.thisWeek.arrived;
  const matured = week - e.successAge;
  if (matured >= 1) {
    e.maturedArrivals += e.arrivals[matured];
    e.maturedSuccesses += e.successes[matured];
  }
}
