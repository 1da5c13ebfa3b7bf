import type { SimulationState } from './state/SimulationState.js';

/** Familiarity of a professional on their first day in a network role, in [0, 1]. */
export const FAMILIARITY_AT_START = 0.3;

/** Weeks over which a newcomer closes about 63% of the gap to full familiarity (time constant). */
export const FAMILIARITY_WEEKS = 26;

/**
 * How well a professional knows the network they work in — its partners, their people and
 * procedures — as a function of their tenure t (weeks in their network role):
 *
 *   familiarity = 1 − (1 − FAMILIARITY_AT_START) · exp(−t / FAMILIARITY_WEEKS)
 *
 * A newcomer can take other partners' perspectives only as far as they know them; that
 * knowledge grows with time in the network and leaves with the person (Carley 1992: turnover
 * costs an organisation what its members had learnt). It scales what a professional bridges
 * (`bridging`) and how well they know whom to ask (`astrayProbability`).
 *
 * @example
 * familiarity(state, seat); // 0.3 on the first day, about 0.74 after 26 weeks, 0.91 after a year
 */
export function familiarity(state: SimulationState, seat: number): number {
  const tenure = state.week - state.workforce.hiredWeek[seat];
  return FAMILIARITY_BY_TENURE[tenure < 0 ? 0 : tenure > LONGEST_TENURE ? LONGEST_TENURE : tenure];
}

/** Tenure (weeks) from which familiarity is taken as that of ten years in post (within 1e-8 of 1). */
const LONGEST_TENURE = 520;

/** Familiarity by whole weeks of tenure, 0 … LONGEST_TENURE (the formula above, tabulated once). */
const FAMILIARITY_BY_TENURE: readonly number[] = Object.freeze(
  Array.from({ length: LONGEST_TENURE + 1 }, (_, t) => 1 - (1 - FAMILIARITY_AT_START) * Math.exp(-t / FAMILIARITY_WEEKS)),
);
