import { describe, expect, it } from 'vitest';
import { urgency } from '../../../src/model/mechanisms/urgency.js';
import { makeState, scripted, small } from '../helpers.js';

describe('urgency', () => {
  it('relaxes toward the baseline with the half-life: the gap halves in h weeks', () => {
    const { state } = makeState(small({ preconditions: { politicalUrgency: 0.3 }, parameters: { urgencyHalfLife: 20 } }));
    expect(state.urgency).toBe(0.3);
    state.urgency = 0.9;
    const rng = scripted(0.5);
    urgency().step(state, rng);
    expect(state.urgency).toBeCloseTo(0.3 + 0.6 * Math.pow(2, -1 / 20), 14);
    for (let k = 1; k < 20; k++) urgency().step(state, rng);
    expect(state.urgency).toBeCloseTo(0.3 + 0.6 / 2, 12);
    for (let k = 0; k < 20; k++) urgency().step(state, rng);
    expect(state.urgency).toBeCloseTo(0.3 + 0.6 / 4, 12);
  });

  it('rises from below the baseline too, and stays at the baseline without incidents', () => {
    const { state } = makeState(small({ preconditions: { politicalUrgency: 0.5 } }));
    state.urgency = 0.1;
    urgency().step(state, scripted(0));
    expect(state.urgency).toBeCloseTo(0.5 - 0.4 * Math.pow(2, -1 / 35), 14);
    state.urgency = 0.5;
    urgency().step(state, scripted(0));
    expect(state.urgency).toBe(0.5);
  });

  it('jumps by j·(1 − U) per incident of the previous week and clears the incident count', () => {
    const { state } = makeState(small({ preconditions: { politicalUrgency: 0.4 }, parameters: { incidentUrgency: 0.1 } }));
    state.urgency = 0.6;
    state.incidents = 3;
    urgency().step(state, scripted(0));
    let u = 0.4 + 0.2 * Math.pow(2, -1 / 35);
    for (let k = 0; k < 3; k++) u = u + 0.1 * (1 - u);
    expect(state.urgency).toBeCloseTo(u, 14);
    // closed form: 1 − (1 − u₀)(1 − j)³
    expect(state.urgency).toBeCloseTo(1 - (0.6 - 0.2 * Math.pow(2, -1 / 35)) * 0.9 ** 3, 14);
    expect(state.incidents).toBe(0);
  });

  it('never exceeds 1, however many incidents', () => {
    const { state } = makeState(small({ parameters: { incidentUrgency: 1 } }));
    state.incidents = 50;
    urgency().step(state, scripted(0));
    expect(state.urgency).toBe(1);
  });
});
