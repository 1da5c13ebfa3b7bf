import type { Rng } from '../../random/rng.js';
import { normalizeScenario } from '../../scenario/normalizeScenario.js';
import { setScenarioPath } from '../../scenario/setScenarioPath.js';
import type { Scenario } from '../../scenario/types.js';
import { leave } from '../mechanisms/workforce.js';
import { deriveParameters } from '../preconditions/deriveParameters.js';
import type { SimulationState } from './SimulationState.js';
import { ORGANISATION_SHOCK } from '../../scenario/eventOnlyPaths.js';

/**
 * Applies the timeline events scheduled for the current week. The event-only paths
 * (`EVENT_ONLY_PATHS`) act on the state: `urgency` sets urgency now (an attack);
 * `turnoverShock` makes each present professional leave with that probability (a
 * reorganisation with mass turnover); `organisations[id].turnoverShock` does the same for one
 * organisation; leavers hand over as their organisation's `handover` says. Other paths
 * change the scenario in force and the derived parameters are recomputed (the state —
 * trust, ties, people, cases — carries over). A change to `mutualTrust` after week 0 has no effect: it sets only initial trust.
 */
export function applyEvents(state: SimulationState, rng: Rng): void {
  const events = state.scenario.events;
  if (events.length === 0 || !events.some((e) => e.week === state.week)) return;
  const due = events.filter((e) => e.week === state.week);
  let scenario: Scenario = state.scenario as unknown as Scenario;
  let changed = false;
  for (const event of due) {
    for (const [path, value] of Object.entries(event.set)) {
      if (path === 'urgency') state.urgency = Math.min(1, Math.max(0, Number(value)));
      else if (path === 'turnoverShock') shock(state, Number(value), -1, rng);
      else if (ORGANISATION_SHOCK.test(path)) shock(state, Number(value), organisationIndex(state, path), rng);
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

/** Each present professional (of `org`, or of all when −1) leaves with probability `share`. */
function shock(state: SimulationState, share: number, org: number, rng: Rng): void {
  const w = state.workforce;
  for (let seat = 0; seat < w.org.length; seat++) {
    if (org >= 0 && w.org[seat] !== org) continue;
    if (w.posted[seat] && w.present[seat] && rng() < share) leave(state, seat, state.params.handover[w.org[seat]], rng);
  }
}

function organisationIndex(state: SimulationState, path: string): number {
  const id = ORGANISATION_SHOCK.exec(path)![1];
  const index = state.scenario.organisations.findIndex((o) => o.id === id || String(state.scenario.organisations.indexOf(o)) === id);
  if (index < 0) throw new Error(`${path}: no organisation "${id}" in the scenario`);
  return index;
}
