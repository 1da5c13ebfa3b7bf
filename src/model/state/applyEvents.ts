import type { Rng } from '../../random/rng.js';
import { normalizeScenario } from '../../scenario/normalizeScenario.js';
import { setScenarioPath } from '../../scenario/setScenarioPath.js';
import type { Scenario } from '../../scenario/types.js';
import { leave } from '../mechanisms/workforce.js';
import { deriveParameters } from '../preconditions/deriveParameters.js';
import type { SimulationState } from './SimulationState.js';

/**
 * Event paths that act on the state rather than on the scenario: `urgency` sets urgency now
 * (an attack); `turnoverShock` makes each present professional leave with that probability
 * (a reorganisation with mass turnover), without handover.
 */
export const STATE_EVENT_PATHS = ['urgency', 'turnoverShock'] as const;

/**
 * Applies the timeline events scheduled for the current week: scenario paths change the
 * scenario in force and the derived parameters are recomputed (the state — trust, ties,
 * people, cases — carries over); `urgency` and `turnoverShock` act on the state directly.
 * A change to `mutualTrust` after week 0 has no effect: it sets only initial trust.
 */
export function applyEvents(state: SimulationState, rng: Rng): void {
  const due = state.scenario.events.filter((e) => e.week === state.week);
  if (due.length === 0) return;
  let scenario: Scenario = state.scenario as unknown as Scenario;
  let changed = false;
  for (const event of due) {
    for (const [path, value] of Object.entries(event.set)) {
      if (path === 'urgency') state.urgency = Math.min(1, Math.max(0, Number(value)));
      else if (path === 'turnoverShock') shock(state, Number(value), rng);
      else {
        scenario = setScenarioPath(scenario, path, value);
        changed = true;
      }
    }
  }
  if (changed) {
    state.scenario = normalizeScenario({ ...scenario, network: { ...scenario.network, lead: scenario.network?.lead ?? undefined } });
    state.params = deriveParameters(state.scenario);
  }
}

function shock(state: SimulationState, share: number, rng: Rng): void {
  const w = state.workforce;
  for (let seat = 0; seat < w.org.length; seat++) {
    if (w.posted[seat] && w.present[seat] && rng() < share) leave(state, seat, 0, rng);
  }
}
