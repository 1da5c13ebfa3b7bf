import { describe, expect, it } from 'vitest';
import { INCIDENT_PULL, NARRATIVE_HALF_LIFE, narrative } from '../../../src/model/mechanisms/narrative.js';
import { makeState, scripted, small } from '../helpers.js';

describe('narrative', () => {
  it('starts at its anchor: from the most security-framed partner (p = 0) to the mean frame (p = 1)', () => {
    // frames: police 0.9, municipality 0.55, care 0.2, youth 0.15; the office is left out
    const narrow = makeState(small({ preconditions: { sharedNarrative: 0 } })).state;
    expect(narrow.narrative.centre).toBeCloseTo(0.9, 14);
    expect(narrow.narrative.breadth).toBeCloseTo(0.15, 14);
    const broad = makeState(small({ preconditions: { sharedNarrative: 1 } })).state;
    expect(broad.narrative.centre).toBeCloseTo((0.9 + 0.55 + 0.2 + 0.15) / 4, 14);
    expect(broad.narrative.breadth).toBeCloseTo(0.6, 14);
  });

  it('relaxes toward the anchor with a 26-week half-life and is pulled toward 1 per incident', () => {
    const { state } = makeState(small({ preconditions: { sharedNarrative: 1 } }));
    const anchor = state.params.narrativeAnchor;
    state.narrative.centre = 0.2;
    narrative().step(state, scripted(0));
    expect(state.narrative.centre).toBeCloseTo(anchor + (0.2 - anchor) * Math.pow(2, -1 / NARRATIVE_HALF_LIFE), 14);
    for (let k = 1; k < NARRATIVE_HALF_LIFE; k++) narrative().step(state, scripted(0));
    expect(state.narrative.centre).toBeCloseTo(anchor + (0.2 - anchor) / 2, 12);

    state.narrative.centre = anchor;
    state.thisWeek.escalated = 2;
    narrative().step(state, scripted(0));
    expect(state.narrative.centre).toBeCloseTo(1 - (1 - anchor) * (1 - INCIDENT_PULL) ** 2, 14);
  });

  it('takes its breadth from the parameters each week', () => {
    const { state } = makeState(small({ preconditions: { sharedNarrative: 0.5 } }));
    state.narrative.breadth = 0.9;
    narrative().step(state, scripted(0));
    expect(state.narrative.breadth).toBeCloseTo(0.15 + 0.45 * 0.5, 14);
  });
});
