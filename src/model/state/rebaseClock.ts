import { SIGNAL_FIELDS, SIGNAL_WEEK, TASK_FIELDS, TASK_UNTIL } from './Case.js';
import { CaseEndings } from './CaseEndings.js';
import { resetCounters } from './Counters.js';
import type { SimulationState } from './SimulationState.js';

/**
 * Makes the current week week 0 of the run, keeping everything the network carries: every
 * stored week (hires, vacancies, tie contacts, cases' arrival, recognition, conference and
 * director weeks, signals' weeks, deliveries' end weeks) moves back by the weeks elapsed, so
 * ages and durations are unchanged; the counts and the case endings start from zero. Used after a
 * warm-up (`warmUpWeeks`): an established network's history shapes its state but is not
 * observed. Cases open at that moment stay open and are not counted as arrivals.
 *
 * @example
 * rebaseClock(state); // state.week is 0; a professional hired 30 weeks ago has hiredWeek −30
 */
export function rebaseClock(state: SimulationState): void {
  const shift = -state.week;
  const w = state.workforce;
  for (let seat = 0; seat < w.org.length; seat++) {
    w.hiredWeek[seat] += shift;
    w.vacantUntil[seat] += shift;
  }
  state.ties.shiftWeeks(shift);
  for (const c of state.open) {
    c.arrivalWeek += shift;
    c.recognisedWeek += shift;
    c.conferenceWeek += shift;
    c.directorSince += shift;
    for (let k = SIGNAL_WEEK; k < c.signals.length; k += SIGNAL_FIELDS) c.signals[k] += shift;
    for (let k = TASK_UNTIL; k < c.tasks.length; k += TASK_FIELDS) c.tasks[k] += shift;
  }
  state.week = 0;
  resetCounters(state.thisWeek);
  resetCounters(state.total);
  state.endings = new CaseEndings(state.endings.successAge);
}
