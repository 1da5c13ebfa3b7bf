import { describe, expect, it } from 'vitest';
import { createSimulation, loadPreset, simulate } from '../../src/index.js';
import type { Scenario } from '../../src/scenario/types.js';

/** The safety-house preset with a two-year warm-up, observed for `weeks` weeks. */
const warmed = (weeks = 60, patch: Partial<Scenario> = {}): Scenario => ({ ...loadPreset('safety-house'), warmUpWeeks: 104, weeks, ...patch });

describe('warm-up (warmUpWeeks)', () => {
  it('starts the observed run at week 0 with the network’s history, and rows for weeks 1..N', () => {
    const sim = createSimulation(warmed(), { seed: 3 });
    const state = sim.state;
    expect(state.week).toBe(0);
    // the warm-up ran: staff were hired during it (hiredWeek within the last 104 weeks) and cases arrived
    expect(state.nextCaseId).toBeGreaterThan(0);
    expect(state.workforce.hiredWeek.some((week) => week > -104 && week <= 0)).toBe(true);
    expect(state.open.every((c) => c.arrivalWeek <= 0)).toBe(true);
    expect(state.total.arrived).toBe(0);
    expect(state.endings.age).toHaveLength(0);
    for (let k = 0; k < 30; k++) sim.step();
    expect(sim.weekly.map((row) => row.week)).toEqual(Array.from({ length: 30 }, (_, k) => k + 1));
  });

  it('counts in casesArrived only the cases that arrive in the observed weeks', () => {
    const sim = createSimulation(warmed(), { seed: 4 });
    const fromWarmUp = sim.state.nextCaseId; // case ids count every arrival
    expect(fromWarmUp).toBeGreaterThan(100); // about 3 a week for 104 weeks
    for (let k = 0; k < 60; k++) sim.advance();
    const observed = sim.state.nextCaseId - fromWarmUp;
    expect(observed).toBeGreaterThan(0);
    expect(sim.summary().casesArrived).toBe(observed);
    expect(sim.state.total.arrived).toBe(observed);
    // the endings recorded are exactly those of observed cases (ids from fromWarmUp on) that have ended
    const stillOpen = sim.state.open.filter((c) => c.id >= fromWarmUp).length;
    expect(sim.state.endings.age).toHaveLength(observed - stillOpen);
    // cases left over from the warm-up are still open at week 0 and some end in the observed weeks, unrecorded
    const t = sim.state.total;
    expect(t.resolved + t.escalated + t.closedWithoutEffect).toBeGreaterThan(sim.state.endings.age.length);
  });

  it('is reproducible: same seed, same summary; another seed, another run', () => {
    const a = simulate(warmed(), { seed: 11, weekly: false });
    const b = simulate(warmed(), { seed: 11, weekly: false });
    const c = simulate(warmed(), { seed: 12, weekly: false });
    expect(a.summary).toEqual(b.summary);
    expect(a.trust).toEqual(b.trust);
    expect(c.summary).not.toEqual(a.summary);
  });

  it('applies a timeline event at week 10 at observed week 10, not during the warm-up', () => {
    const scenario = warmed(20, { events: [{ week: 10, label: 'no more cases', set: { 'phenomena.caseRate': 0 } }] });
    const sim = createSimulation(scenario, { seed: 5 });
    expect(sim.state.scenario.phenomena.caseRate).toBe(3); // not applied at warm-up week 10
    const arrived: number[] = [];
    for (let week = 1; week <= 20; week++) {
      sim.step();
      expect(sim.state.scenario.phenomena.caseRate, `week ${week}`).toBe(week < 10 ? 3 : 0);
      arrived.push(sim.weekly[week - 1].casesArrived);
    }
    expect(arrived.slice(0, 9).reduce((x, y) => x + y, 0)).toBeGreaterThan(0);
    expect(arrived.slice(9)).toEqual(Array(11).fill(0));
  });

  it('runs as before without a warm-up (warmUpWeeks 0: hires dated up to five years back, no case yet)', () => {
    const sim = createSimulation(warmed(10, { warmUpWeeks: 0 }), { seed: 3 });
    expect(sim.state.week).toBe(0);
    expect(sim.state.nextCaseId).toBe(0);
    expect(sim.state.open).toHaveLength(0);
  });
});
