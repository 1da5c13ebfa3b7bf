import { describe, expect, it } from 'vitest';
import { HANDOVER_STRENGTH, leave, workforce } from '../../../src/model/mechanisms/workforce.js';
import { binomialSd, makeState, scripted, small } from '../helpers.js';
import type { Scenario } from '../../../src/scenario/types.js';

const big = (staffStability: number, vacancyWeeks = 6): Scenario => ({
  network: { form: 'shared' },
  preconditions: { staffStability, manpower: 0.6 },
  organisations: [
    { id: 'police', domain: 'security', staff: 1000, vacancyWeeks },
    { id: 'care', domain: 'care', staff: 1000, vacancyWeeks, annualTurnover: 0.55 },
  ],
});

describe('workforce', () => {
  it('gives a hire one tie of strength initialTie to a partner of each domain they have worked in', () => {
    const { state, rng } = makeState(small(), 6);
    const w = state.workforce;
    const p = state.params;
    p.weeklyLeave.fill(0); // nobody else leaves
    p.hireExperience.fill(1);
    const seat = w.seatsOf[1][0];
    state.week = 3;
    leave(state, seat, 0, rng); // its ties are gone
    expect(state.ties.tiesOf(seat)).toHaveLength(0);
    state.week = w.vacantUntil[seat];
    workforce().step(state, rng);
    expect(w.present[seat]).toBe(1);
    expect(w.hiredWeek[seat]).toBe(state.week);
    expect(w.experience[seat]).not.toBe(0);
    const others = state.ties.neighboursOf(seat);
    expect(others.length).toBe(w.experience[seat].toString(2).replace(/0/g, '').length);
    for (const other of others) {
      expect((w.experience[seat] >> p.domain[w.org[other]]) & 1).toBe(1);
      expect(state.ties.get(seat, other, state.week)).toBe(p.initialTie);
    }
  });

  it('derives the weekly hazard 1 − exp(−turnover/52) from the scaled annual turnover', () => {
    const { state } = makeState(big(0));
    // police keeps the default 0.275 (= the mapping at p₀ = 0.5), so at p = 0 its turnover is 0.5;
    // care sets 0.55, twice the default, so it is scaled to 1.0
    expect(state.params.weeklyLeave[0]).toBeCloseTo(1 - Math.exp(-0.5 / 52), 14);
    expect(state.params.weeklyLeave[1]).toBeCloseTo(1 - Math.exp(-1.0 / 52), 14);
    const stable = makeState(big(1)).state;
    expect(stable.params.weeklyLeave[0]).toBeCloseTo(1 - Math.exp(-0.05 / 52), 14);
  });

  it('lets each present professional leave with the weekly hazard (binomial tolerance over many seats and weeks)', () => {
    const { state, rng } = makeState(big(0));
    const w = state.workforce;
    const trials = [0, 0];
    const leavers = [0, 0];
    for (let week = 1; week <= 40; week++) {
      state.week = week;
      state.thisWeek.departures = 0;
      const before = w.present.map((x, seat) => x && w.posted[seat]);
      workforce().step(state, rng);
      for (let seat = 0; seat < w.org.length; seat++) {
        if (!before[seat]) continue;
        trials[w.org[seat]]++;
        // a seat present before the step is vacant now only if its holder left
        if (!w.present[seat]) leavers[w.org[seat]]++;
      }
    }
    for (const org of [0, 1]) {
      const q = state.params.weeklyLeave[org];
      expect(Math.abs(leavers[org] - trials[org] * q)).toBeLessThan(4 * binomialSd(trials[org], q));
    }
  });

  it('keeps a post vacant round(vacancyWeeks·(0.5 + u)) weeks (at least 1), then hires', () => {
    const { state } = makeState(big(0, 10));
    state.week = 5;
    const seat = 3;
    leave(state, seat, 0, scripted(0.2));
    expect(state.workforce.present[seat]).toBe(0);
    expect(state.workforce.vacantUntil[seat]).toBe(5 + Math.round(10 * 0.7));
    expect(state.thisWeek.departures).toBe(1);
    // nobody else leaves in these steps (draws of 0.99), the vacancy fills at week 12
    const stay = () => 0.99;
    for (state.week = 6; state.week < 12; state.week++) {
      workforce().step(state, stay);
      expect(state.workforce.present[seat]).toBe(0);
    }
    state.week = 12;
    workforce().step(state, stay);
    expect(state.workforce.present[seat]).toBe(1);
    expect(state.workforce.hiredWeek[seat]).toBe(12);
    leave(state, seat, 0, scripted(0));
    expect(state.workforce.vacantUntil[seat]).toBe(12 + 5);
    const quick = makeState(big(0, 0)).state;
    leave(quick, 0, 0, scripted(0.2));
    expect(quick.workforce.vacantUntil[0]).toBe(1);
  });

  it('passes ties to the successor with probability handover at HANDOVER_STRENGTH', () => {
    const { state } = makeState(big(0));
    const seat = 0;
    const ties = state.ties;
    const before = ties.tiesOf(seat).map((slot) => [ties.other(slot, seat), ties.strengthAt(slot, 0)]);
    expect(before.length).toBeGreaterThan(0);
    leave(state, seat, 1, scripted(0));
    for (const [other, s] of before) expect(ties.get(seat, other, 0)).toBeCloseTo(HANDOVER_STRENGTH * s, 15);
    leave(state, seat, 0, scripted(0));
    expect(ties.tiesOf(seat)).toHaveLength(0);
  });

  it('opens vacant posts or removes posts when manpower changes the number of posts', () => {
    const { state, rng } = makeState({
      network: { form: 'shared' },
      organisations: [
        { id: 'police', domain: 'security', staff: 4 },
        { id: 'care', domain: 'care', staff: 4 },
      ],
    });
    state.week = 1;
    state.params.posts[0] = 6;
    state.params.posts[1] = 2;
    state.params.weeklyLeave.fill(0);
    workforce().step(state, rng);
    const w = state.workforce;
    const posted = (org: number) => w.seatsOf[org].filter((s) => w.posted[s]).length;
    const present = (org: number) => w.seatsOf[org].filter((s) => w.posted[s] && w.present[s]).length;
    expect(posted(0)).toBe(6);
    expect(present(0)).toBe(4);
    expect(posted(1)).toBe(2);
    expect(present(1)).toBe(2);
    expect(state.thisWeek.departures).toBe(2);
  });
});
