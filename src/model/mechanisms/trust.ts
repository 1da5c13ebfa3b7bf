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
 * undo. Losses are remembered as damage that learning sessions can partly repair. Then
 * organisational trust drifts toward the mean strength of the ties between the two
 * organisations' professionals (institutionalisation of interpersonal trust, Zaheer, McEvily
 * & Perrone 1998): T += κ · (mean tie − T), for pairs that have ties. Ties fade lazily
 * (`TieStore`).
 */
export function trust(): Mechanism {
  return {
    name: 'trust',
    step(state) {
      applyTrustEvents(state);
      institutionalise(state);
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

/**
 * Moves organisational trust toward the mean tie strength between each pair of organisations,
 * as summarised at the end of the previous week.
 */
function institutionalise(state: SimulationState): void {
  const kappa = state.scenario.parameters.institutionalisation;
  if (kappa === 0) return;
  const n = state.params.orgCount;
  const { pairSum: sum, pairCount: count } = state.tieSummary;
  for (let ij = 0; ij < n * n; ij++) {
    if (count[ij] > 0) state.trust[ij] += kappa * (sum[ij] / count[ij] - state.trust[ij]);
  }
}
