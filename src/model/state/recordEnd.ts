import type { Case } from './Case.js';
import { CaseEnd } from './CaseEndings.js';
import type { SimulationState } from './SimulationState.js';

/**
 * Records that case `c` ends this week with outcome `kind` (a `CaseEnd` code): its age at the
 * end (weeks since arrival) and, for a case resolved within `successAge` weeks, a success for
 * its arrival week. Called by the outcomes mechanism where a case ends. A case that arrived
 * before week 1 (during a warm-up, `warmUpWeeks`) is not part of the observed run and is not
 * recorded. Cost O(1).
 *
 * @example
 * recordEnd(state, c, CaseEnd.resolved);
 */
export function recordEnd(state: SimulationState, c: Case, kind: number): void {
  if (c.arrivalWeek < 1) return; // arrived during a warm-up, before the observed run
  const endings = state.endings;
  const age = state.week - c.arrivalWeek;
  endings.age.push(age);
  endings.kind.push(kind);
  if (kind === CaseEnd.resolved && age <= endings.successAge) {
    const successes = endings.successes;
    while (successes.length <= c.arrivalWeek) successes.push(0);
    successes[c.arrivalWeek]++;
  }
}
