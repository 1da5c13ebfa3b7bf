import type { Mechanism } from '../Mechanism.js';

/**
 * Step 1, urgency. Political and administrative urgency U relaxes toward its baseline (the
 * `politicalUrgency` precondition) with half-life `urgencyHalfLife` weeks (default 35, about
 * eight months), and jumps by `incidentUrgency · (1 − U)` for each incident (escalated case)
 * of the previous week.
 *
 *   U ← U₀ + (U − U₀) · 2^(−1/h),  then per incident U ← U + j · (1 − U)
 */
export function urgency(): Mechanism {
  return {
    name: 'urgency',
    step(state) {
      const baseline = state.params.baselineUrgency;
      const { urgencyHalfLife, incidentUrgency } = state.scenario.parameters;
      let u = baseline + (state.urgency - baseline) * Math.pow(0.5, 1 / urgencyHalfLife);
      for (let k = 0; k < state.incidents; k++) u += incidentUrgency * (1 - u);
      state.urgency = u;
      state.incidents = 0;
    },
  };
}
