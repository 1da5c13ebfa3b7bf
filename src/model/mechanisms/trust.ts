import { shiftLogOdds } from '../logit.js';
import type { Mechanism } from '../Mechanism.js';
import type { SimulationState } from '../state/SimulationState.js';

/**
 * Asks the trust mechanism to change organisation `from`'s trust in `to` this week by
 * `weight` units: +1 is one gain λ⁺ (a success), −1 one loss λ⁻ (a breach).
 */
export function queueTrust(state: SimulationState, from: number, to: number, weight: number): void {
  if (from === to || from < 0 || to < 0) return;
  state.trustEvents.push(from, to, weight);
}

/**
 * Step 9, trust. Applies the week's trust events on the log-odds scale: a gain moves
 * logit(T) up by λ⁺ (`trustGain`), a loss down by λ⁻ (`trustLoss`, default 3λ⁺), so trust
 * builds slowly and breaks fast (Slovic 1993) and one breach takes exactly λ⁻/λ⁺ successes to
 * undo. Losses are remembered as damage that learning sessions can partly repair.
 *
 * Trust moves only with experience: successes, timely shared signals, breaches, refusals,
 * conflicts, blame and departures (docs/model.md §7.10). There is no drift: in a network where
 * nothing happens, trust stays where it started.
 */
export function trust(): Mechanism {
  return {
    name: 'trust',
    step(state) {
      applyTrustEvents(state);
    },
  };
}

/** Applies and clears the queued trust events. */
export function applyTrustEvents(state: SimulationState): void {
  const { count, from, to, weight } = state.trustEvents;
  const n = state.params.orgCount;
  const { trustGain, trustLoss } = state.scenario.parameters;
  for (let k = 0; k < count; k++) {
    const ij = from[k] * n + to[k];
    const delta = weight[k] > 0 ? weight[k] * trustGain : weight[k] * trustLoss;
    state.trust[ij] = shiftLogOdds(state.trust[ij], delta);
    if (delta < 0) state.trustDamage[ij] -= delta;
  }
  state.trustEvents.clear();
}
