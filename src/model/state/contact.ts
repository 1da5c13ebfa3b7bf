import type { SimulationState } from './SimulationState.js';

/**
 * A contact between professionals in seats `a` and `b` strengthens their tie by
 *
 *   gain = tieGain × weight × (0.5 + ½ (T[i][j] + T[j][i]))
 *
 * where i and j are their organisations: contact between partners who trust each other builds
 * more relationship (the trust-building loop of Vangen & Huxham 2003). `weight` scales the
 * kind of contact (1 a meeting, 0.5 a phone call about a signal).
 */
export function contact(state: SimulationState, a: number, b: number, weight: number): void {
  const org = state.workforce.org;
  const i = org[a];
  const j = org[b];
  if (i === j) return;
  const n = state.params.orgCount;
  const mutual = 0.5 * (state.trust[i * n + j] + state.trust[j * n + i]);
  state.ties.strengthen(a, b, state.scenario.parameters.tieGain * weight * (0.5 + mutual), state.week);
}
