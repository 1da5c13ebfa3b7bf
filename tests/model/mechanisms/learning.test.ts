import { LEARNABLE_PERSPECTIVE } from '../../../src/model/state/hireProfessional.js';
import { describe, expect, it } from 'vitest';
import { DAMAGE_REPAIR, FRAME_BRIDGING, learning, meanFrame, PERSPECTIVE_GAIN } from '../../../src/model/mechanisms/learning.js';
import { capacity } from '../../../src/model/mechanisms/capacity.js';
import { learningInterval } from '../../../src/model/preconditions/mappings.js';
import { logit, makeState, small } from '../helpers.js';

describe('learning', () => {
  it('holds sessions every round(4 / learning) weeks, none below learning = 0.05', () => {
    expect(learningInterval(1)).toBe(4);
    expect(learningInterval(0.5)).toBe(8);
    expect(learningInterval(0.3)).toBe(13);
    expect(learningInterval(0.05)).toBe(80);
    expect(learningInterval(0.049)).toBe(0);
    const { state, rng } = makeState(small({ preconditions: { learning: 0.5, time: 1 } }));
    capacity().step(state, rng);
    const held: number[] = [];
    for (let week = 1; week <= 40; week++) {
      state.week = week;
      state.thisWeek.learningSessions = 0;
      learning().step(state, rng);
      if (state.thisWeek.learningSessions) held.push(week);
    }
    expect(held).toEqual([8, 16, 24, 32, 40]);
    const none = makeState(small({ preconditions: { learning: 0 } }));
    none.state.week = 8;
    learning().step(none.state, none.rng);
    expect(none.state.thisWeek.learningSessions).toBe(0);
  });

  it('raises each attendee\'s perspective-taking by PERSPECTIVE_GAIN of the distance to their ceiling (all attend at time = 1)', () => {
    const { state, rng } = makeState(small({ preconditions: { learning: 1, time: 1 } }));
    expect(0.3 + 2 * state.params.timeShare[1]).toBeGreaterThanOrEqual(1);
    const w = state.workforce;
    w.perspectiveCeiling.forEach((ceiling, seat) => expect(ceiling).toBeCloseTo(Math.min(1, w.perspective[seat] + LEARNABLE_PERSPECTIVE), 15));
    w.perspective[0] = w.perspectiveCeiling[0]; // at the ceiling already: no further gain
    const before = [...w.perspective];
    state.week = 4;
    learning().step(state, rng);
    w.perspective.forEach((p, seat) => expect(p).toBeCloseTo(before[seat] + PERSPECTIVE_GAIN * (w.perspectiveCeiling[seat] - before[seat]), 15));
    expect(w.perspective[0]).toBe(before[0]);
  });

  it('never takes perspective-taking past the ceiling, however many sessions', () => {
    const { state, rng } = makeState(small({ preconditions: { learning: 1, time: 1 } }));
    const w = state.workforce;
    for (let week = 4; week <= 400; week += 4) {
      state.week = week;
      learning().step(state, rng);
    }
    w.perspective.forEach((p, seat) => expect(p).toBeLessThanOrEqual(w.perspectiveCeiling[seat] + 1e-12));
  });

  it('repairs DAMAGE_REPAIR of the trust damage since the last session and moves the narrative toward the mean frame', () => {
    const { state, rng } = makeState(small({ preconditions: { learning: 1, time: 1, sharedNarrative: 0 } }));
    const n = state.params.orgCount;
    state.trust[1 * n + 3] = 0.3;
    state.trustDamage[1 * n + 3] = 0.6;
    const centre = state.narrative.centre;
    state.week = 4;
    learning().step(state, rng);
    expect(logit(state.trust[1 * n + 3])).toBeCloseTo(logit(0.3) + DAMAGE_REPAIR * 0.6, 12);
    expect(state.trustDamage[1 * n + 3]).toBe(0);
    const mean = (0.9 + 0.55 + 0.2 + 0.15) / 4;
    expect(meanFrame(state)).toBeCloseTo(mean, 15);
    expect(state.narrative.centre).toBeCloseTo(centre + FRAME_BRIDGING * (mean - centre), 15);
    expect(state.thisWeek.learningSessions).toBe(1);
  });
});
