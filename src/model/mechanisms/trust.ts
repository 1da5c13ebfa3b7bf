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
 * conflicts, blame and departures (docs/model.md §7.10). What experiences did fades as they
 * recede (`fadeExperiences`): trust returns toward the network's starting trust unless new
 * experiences renew it, so in a network where nothing happens it stays where it started.
 */
export function trust(): Mechanism {
  return {
    name: 'trust',
    step(state) {
      applyTrustEvents(state);
      fadeExperiences(state);
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
 * Experiences fade from memory: each week every T[i][j] moves back toward the network's
 * starting trust T₀ (`state.startingTrust`, from `mutualTrust`) by 1/τ of the distance,
 * τ = `trustMemoryWeeks` (default 104):
 *
 *   T ← T₀ + (T − T₀) · (1 − 1/τ)
 *
 * so trust reflects the recent balance of good and bad experiences rather than their sum over
 * the network's whole history (reputation with a forgetting factor, Jøsang & Ismail 2002).
 * Trust at T₀ stays at T₀. Cost O(organisations²).
 *
 * @example
 * // T₀ = 0.5, τ = 104: a pair at 0.9 is at 0.9 − 0.4/104 ≈ 0.896 a week later without new experiences
 */
export function fadeExperiences(state: SimulationState): void {
  const n = state.params.orgCount;
  const keep = 1 - 1 / state.scenario.parameters.trustMemoryWeeks;
  const start = state.startingTrust;
  const trust = state.trust;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (i !== j) trust[i * n + j] = start + (trust[i * n + j] - start) * keep;
  }
}
