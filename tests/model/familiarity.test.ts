import { describe, expect, it } from 'vitest';
import { familiarity, FAMILIARITY_AT_START, FAMILIARITY_WEEKS } from '../../src/model/familiarity.js';
import { makeState, small } from './helpers.js';

describe('familiarity', () => {
  it('is 1 − 0.7·exp(−tenure/26): 0.3 on the first day, 1 − 0.7/e after 26 weeks, 1 within 1e-8 after ten years', () => {
    expect(FAMILIARITY_AT_START).toBe(0.3);
    expect(FAMILIARITY_WEEKS).toBe(26);
    const { state } = makeState(small());
    const seat = 0;
    state.week = 100;
    state.workforce.hiredWeek[seat] = 100;
    expect(familiarity(state, seat)).toBeCloseTo(0.3, 15);
    state.workforce.hiredWeek[seat] = 74;
    expect(familiarity(state, seat)).toBeCloseTo(0.74248439118, 10); // 1 − 0.7·e⁻¹ = 1 − 0.25751560882
    state.workforce.hiredWeek[seat] = 48;
    expect(familiarity(state, seat)).toBeCloseTo(0.90526530173, 10); // 52 weeks: 1 − 0.7·e⁻² (the doc comment's "0.94 after a year" is 0.905)
    state.workforce.hiredWeek[seat] = 100 - 520; // ten years: 1 − 0.7·e⁻²⁰ = 1 − 1.4e-9
    expect(familiarity(state, seat)).toBeCloseTo(1, 8);
    expect(familiarity(state, seat)).toBeLessThanOrEqual(1);
    state.workforce.hiredWeek[seat] = -1e6;
    expect(familiarity(state, seat)).toBeCloseTo(1, 8);
    expect(familiarity(state, seat)).toBeLessThanOrEqual(1);
  });

  it('counts no negative tenure (a hire dated after the current week is a newcomer)', () => {
    const { state } = makeState(small());
    state.week = 10;
    state.workforce.hiredWeek[0] = 12;
    expect(familiarity(state, 0)).toBeCloseTo(0.3, 15);
  });

  it('rises with tenure', () => {
    const { state } = makeState(small());
    state.workforce.hiredWeek[0] = 0;
    let last = 0;
    for (let week = 0; week < 300; week += 10) {
      state.week = week;
      const f = familiarity(state, 0);
      expect(f).toBeCloseTo(1 - 0.7 * Math.exp(-week / 26), 14);
      expect(f).toBeGreaterThan(last);
      expect(f).toBeLessThan(1);
      last = f;
    }
  });
});
