import type { NormalizedScenario } from '../scenario/normalizedTypes.js';
import type { Scenario } from '../scenario/types.js';
import { createSimulation } from './createSimulation.js';
import type { SimulateOptions, SimulationResult } from './simulate.js';
import type { SimulationState } from './state/SimulationState.js';
import { trustMatrix } from './trustMatrix.js';

/** Something that looks at the state after each week (an own metric's observer, the per-organisation rows). */
export interface WeekObserver {
  /** Called after each week's mechanisms and observation; it must only read the state. */
  observeWeek?(state: SimulationState): void;
}

/**
 * `simulate`, with observers called after every week: the same run, week for week and
 * number for number (observers only read the state), plus the final state for what they
 * compute at the end. The observers run in the order given. Pure: no clock, files or
 * global randomness.
 *
 * @example
 * let peak = 0;
 * const { state } = simulateObserved(loadPreset('safety-house'), { seed: 1 }, [{ observeWeek: (s) => { peak = Math.max(peak, s.open.length); } }]);
 */
export function simulateObserved(
  scenario: Scenario | NormalizedScenario,
  options: SimulateOptions,
  observers: readonly WeekObserver[],
): SimulationResult & { state: SimulationState } {
  const sim = createSimulation(scenario, { ...options, keepWeekly: options.weekly ?? true });
  const weeks = options.weeks ?? sim.state.scenario.weeks;
  const watching = observers.filter((o) => o.observeWeek !== undefined);
  for (let k = 0; k < weeks; k++) {
    sim.advance();
    for (const o of watching) o.observeWeek!(sim.state);
  }
  return {
    scenario: { ...sim.state.scenario, weeks },
    weekly: sim.weekly,
    summary: sim.summary(),
    trust: trustMatrix(sim.state),
    state: sim.state,
  };
}
