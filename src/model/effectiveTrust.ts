import type { SimulationState } from './state/SimulationState.js';

/** Weight of the interpersonal tie (versus organisational trust) in effective trust. */
export const TIE_WEIGHT = 0.5;

/**
 * Effective trust of organisation `from` in organisation `to`, as felt by one professional of
 * `from` dealing with one of `to`: a blend of their interpersonal tie and the organisations'
 * trust (docs/model.md §7.6),
 *
 *   trust = TIE_WEIGHT · tie + (1 − TIE_WEIGHT) · T[from][to],  in [0, 1]
 *
 * `tie` is the strength of the tie between the two professionals (0 when they do not know each
 * other). People act on whom they know as much as on what their organisation thinks of the
 * other (Zaheer, McEvily & Perrone 1998: interpersonal and interorganisational trust are
 * distinct and feed each other).
 *
 * @example
 * // T[from][to] = 0.4, a tie of strength 0.8:
 * effectiveTrust(state, 0.8, from, to); // 0.5 · 0.8 + 0.5 · 0.4 = 0.6
 */
export function effectiveTrust(state: SimulationState, tie: number, from: number, to: number): number {
  return TIE_WEIGHT * tie + (1 - TIE_WEIGHT) * state.trust[from * state.params.orgCount + to];
}
