import type { SimulationState } from '../state/SimulationState.js';
import { CaseEnd } from '../state/CaseEndings.js';
import { cumulativeIncidence } from './cumulativeIncidence.js';

/**
 * The chance that a case is resolved within `successAge` weeks of arrival, estimated from
 * every case of the run so far: the Aalen–Johansen cumulative incidence of successful
 * resolution at age `successAge` (`cumulativeIncidence`), with escalation and closure without
 * effect as competing events and the cases still open censored at their current age. Unlike
 * `successRate` it uses the young cases too. NaN before any case arrived. Cost O(n log n) in
 * the cases of the run.
 *
 * @example
 * successByAgeEstimate(sim.state); // a probability in [0, 1]
 */
export function successByAgeEstimate(state: SimulationState): number {
  const e = state.endings;
  const ended = e.age.length;
  let observedOpen = 0;
  for (const c of state.open) if (c.arrivalWeek >= 1) observedOpen++;
  const times = new Float64Array(ended + observedOpen);
  const events = new Float64Array(times.length); // 0: censored
  for (let i = 0; i < ended; i++) {
    times[i] = e.age[i];
    events[i] = e.kind[i];
  }
  let i = ended;
  for (const c of state.open) if (c.arrivalWeek >= 1) times[i++] = state.week - c.arrivalWeek; // cases from a warm-up are not observed
  return cumulativeIncidence(times, events, CaseEnd.resolved, e.successAge);
}
