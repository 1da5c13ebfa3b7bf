import type { Mechanism } from '../Mechanism.js';

/** Half-life, in weeks, of the narrative centre's return to the story the network tells (its anchor). */
export const NARRATIVE_HALF_LIFE = 26;

/** Share of the distance to pure security framing (1) the narrative moves per incident. */
export const INCIDENT_PULL = 0.005;

/**
 * Step 10b, narrative. The narrative centre relaxes toward the anchor set by
 * `sharedNarrative` (half-life 26 weeks) and each incident this week pulls it toward security
 * framing; learning sessions (step 10a) pull it toward the mean frame. The breadth follows
 * `sharedNarrative` directly.
 */
export function narrative(): Mechanism {
  return {
    name: 'narrative',
    step(state) {
      const anchor = state.params.narrativeAnchor;
      let c = anchor + (state.narrative.centre - anchor) * Math.pow(0.5, 1 / NARRATIVE_HALF_LIFE);
      for (let k = 0; k < state.thisWeek.escalated; k++) c += INCIDENT_PULL * (1 - c);
      state.narrative.centre = c;
      state.narrative.breadth = state.params.narrativeBreadth;
    },
  };
}
