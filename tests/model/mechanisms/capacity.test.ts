import { describe, expect, it } from 'vitest';
import { capacity, urgencyTimeMultiplier } from '../../../src/model/mechanisms/capacity.js';
import { makeState, scripted, small } from '../helpers.js';

describe('urgencyTimeMultiplier', () => {
  it('is 0.6 + 0.8U: 0.6, 1.0 and 1.4 at U = 0, 0.5, 1', () => {
    expect(urgencyTimeMultiplier(0)).toBeCloseTo(0.6, 15);
    expect(urgencyTimeMultiplier(0.5)).toBeCloseTo(1, 15);
    expect(urgencyTimeMultiplier(1)).toBeCloseTo(1.4, 15);
  });
});

describe('capacity', () => {
  it('gives each organisation present × timeShare × hoursPerWeek × (0.6 + 0.8U) hours and resets hours used', () => {
    const { state } = makeState(small({ preconditions: { time: 0.75 }, parameters: { hoursPerWeek: 40 } }));
    const w = state.workforce;
    // two police officers away
    const police = 1;
    w.present[w.seatsOf[police][0]] = 0;
    w.present[w.seatsOf[police][2]] = 0;
    state.urgency = 0.7;
    state.usedHours.fill(5);
    capacity().step(state, scripted(0));
    const share = 0.02 + 0.38 * 0.75; // the mapping, since each organisation keeps the default 0.21
    for (let org = 0; org < state.params.orgCount; org++) {
      const present = w.seatsOf[org].filter((s) => w.present[s]).length;
      expect(state.presentStaff[org]).toBe(present);
      expect(state.params.timeShare[org]).toBeCloseTo(share, 14);
      expect(state.capacityHours[org]).toBeCloseTo(present * share * 40 * (0.6 + 0.8 * 0.7), 12);
      expect(state.usedHours[org]).toBe(0);
    }
    expect(state.presentStaff[police]).toBe(2);
  });

  it('does not count unposted seats', () => {
    const { state } = makeState(small());
    const seat = state.workforce.seatsOf[2][0];
    state.workforce.posted[seat] = 0;
    capacity().step(state, scripted(0));
    expect(state.presentStaff[2]).toBe(3);
  });
});
