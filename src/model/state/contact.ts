import type { SimulationState } from './SimulationState.js';

/**
 * A contact between professionals in seats `a` and `b` strengthens their tie toward a ceiling
 * set by the trust between their organisations i and j:
 *
 *   s ← s + tieGain × weight × (c − s)  when s < c,   c = 0.25 + 0.75 · ½ (T[i][j] + T[j][i])
 *
 * Relationships between people whose organisations distrust each other stay guarded;
 * interorganisational trust shapes interpersonal trust as much as the reverse (Zaheer,
 * McEvily & Perrone 1998; the trust-building loop of Vangen & Huxham 2003). `weight` scales
 * the kind of contact (1 a meeting, 0.5 a call about a signal).
 */
export function contact(state: SimulationState, a: number, b: number, weight: number): void {
  const org = state.workforce.org;
  const i = org[a];
  const j = org[b];
  if (i === j) return;
  const n = state.params.orgCount;
  const mutual = 0.5 * (state.trust[i * n + j] + state.trust[j * n + i]);
  state.ties.strengthen(a, b, state.scenario.parameters.tieGain * weight, state.week, tieCeiling(mutual));
}

/** The strength a tie can reach between organisations with mutual trust `mutual` (0.25 to 1). */
export const tieCeiling = (mutual: number): number => 0.25 + 0.75 * mutual;
