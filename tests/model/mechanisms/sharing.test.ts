import { describe, expect, it } from 'vitest';
import { addSignal } from '../../../src/model/mechanisms/arrivals.js';
import { capacity } from '../../../src/model/mechanisms/capacity.js';
import { availableTime, GIVE_UP, SHARING_HOURS, sharing, TIME_FLOOR } from '../../../src/model/mechanisms/sharing.js';
import { sharingPermitted } from '../../../src/model/preconditions/mappings.js';
import { CaseStatus, SIGNAL_ORG, SIGNAL_SEAT, SIGNAL_SHARED, signalField } from '../../../src/model/state/Case.js';
import type { SimulationState } from '../../../src/model/state/SimulationState.js';
import type { Rng } from '../../../src/random/rng.js';
import { bareCase, binomialSd, makeState, scripted, small } from '../helpers.js';

const POLICE = 1;
const CARE = 3;

/** A state with `count` latent cases, each with one unshared signal held by each of `orgs`. */
function withSignals(count: number, orgs: number[], patch = {}) {
  const { state, rng } = makeState(small({ parameters: { tieGain: 0 }, ...patch }), 11);
  state.week = 1;
  capacity().step(state, rng);
  for (let k = 0; k < count; k++) {
    const c = bareCase(state, [0, 1]);
    c.label = 0.9;
    for (const org of orgs) addSignal(state, c, org, rng);
    state.open.push(c);
  }
  return { state, rng };
}

/** Full trust: T = 1 and a tie of strength 1 from every professional of `org` to every one of the office. */
function fullTrust(state: SimulationState, org: number) {
  state.trust.fill(1);
  for (const a of state.workforce.seatsOf[org]) for (const b of state.workforce.seatsOf[0]) state.ties.set(a, b, 1, state.week);
}

function clearTies(state: SimulationState, rng: Rng) {
  for (let seat = 0; seat < state.workforce.org.length; seat++) state.ties.turnOver(seat, 0, 0, state.week, rng);
}

const refusedTotal = (s: SimulationState) => s.thisWeek.signalsRefused.reduce((a, b) => a + b, 0);

describe('sharing', () => {
  it('counts every attempt exactly once: shared + refused for the four reasons = attempts', () => {
    const { state, rng } = withSignals(300, [POLICE, 2, CARE, 4]);
    sharing().step(state, rng);
    expect(state.thisWeek.signalsShared + refusedTotal(state)).toBe(1200);
    expect(state.thisWeek.signalsRefused.every((x) => x > 0)).toBe(true);
    const shared = state.open.reduce((a, c) => a + c.sharedCount, 0);
    expect(shared).toBe(state.thisWeek.signalsShared);
    expect(state.usedHours[POLICE] + state.usedHours[2] + state.usedHours[CARE] + state.usedHours[4]).toBeCloseTo(SHARING_HOURS * shared, 10);
    // a signal passed on is not tried again, nor are the signals of recognised cases
    let pending = 0;
    for (const c of state.open) if (c.status === CaseStatus.latent) pending += signalField(c, SIGNAL_SHARED).filter((x) => x === 0).length;
    expect(pending).toBeLessThan(1200 - shared);
    state.thisWeek.signalsRefused.fill(0);
    state.thisWeek.signalsShared = 0;
    sharing().step(state, rng);
    expect(state.thisWeek.signalsShared + refusedTotal(state)).toBe(pending);
  });

  it('refuses for the first failing factor: not permitted, low trust, low fit, no time', () => {
    const a = withSignals(50, [POLICE, CARE]);
    a.state.params.permitted.fill(0);
    sharing().step(a.state, a.rng);
    expect(a.state.thisWeek.signalsRefused).toEqual([100, 0, 0, 0]);

    const b = withSignals(50, [POLICE, CARE]);
    b.state.params.permitted.fill(1);
    b.state.trust.fill(0);
    clearTies(b.state, b.rng);
    sharing().step(b.state, b.rng);
    expect(b.state.thisWeek.signalsRefused).toEqual([0, 100, 0, 0]);

    const c = withSignals(50, [CARE]);
    c.state.params.permitted.fill(1);
    fullTrust(c.state, CARE);
    c.state.workforce.perspective.fill(0);
    c.state.workforce.experience.fill(0);
    c.state.narrative.breadth = 0.01; // care (frame 0.2) and a label of 0.9: fit ≈ 0
    sharing().step(c.state, c.rng);
    expect(c.state.thisWeek.signalsRefused).toEqual([0, 0, 50, 0]);

    const d = withSignals(50, [POLICE]);
    d.state.params.permitted.fill(1);
    fullTrust(d.state, POLICE);
    d.state.capacityHours.fill(0);
    sharing().step(d.state, d.rng);
    expect(d.state.thisWeek.signalsRefused).toEqual([0, 0, 0, 50]);
  });

  it('shares with probability permitted × (½ tie + ½ T) × fit × time (binomial tolerance)', () => {
    const { state, rng } = withSignals(4000, [POLICE]);
    clearTies(state, rng); // tie 0, and tieGain 0 keeps it 0
    const n = state.params.orgCount;
    state.trust[POLICE * n + 0] = 0.8;
    state.capacityHours[POLICE] = 1e9; // time ≈ 1
    const permitted = sharingPermitted(0.5, 0.2);
    expect(state.params.permitted[POLICE]).toBeCloseTo(permitted, 15);
    sharing().step(state, rng);
    const p = permitted * 0.5 * 0.8 * 1 * 1; // police frame 0.9 = label 0.9: fit 1
    expect(Math.abs(state.thisWeek.signalsShared - 4000 * p)).toBeLessThan(4 * binomialSd(4000, p));
    expect(state.thisWeek.signalsSharedCrossDomain).toBe(state.thisWeek.signalsShared);
  });

  it('recognises a case once signalsNeeded signals are combined at the owner', () => {
    const { state, rng } = withSignals(1, [POLICE, 2, CARE], { phenomena: { elusiveness: 0.3 } });
    expect(state.params.signalsNeeded).toBe(3); // 2 + round(0.6)
    const c = state.open[0];
    state.params.permitted.fill(1);
    for (const org of [POLICE, 2, CARE]) fullTrust(state, org);
    state.narrative.breadth = 1e6;
    state.params.hireExperience.fill(0);
    for (let week = 1; c.status === CaseStatus.latent && week < 50; week++) {
      state.week = week;
      capacity().step(state, rng);
      state.capacityHours.fill(1e9); // no failures for time, so no signal is let go
      sharing().step(state, rng);
    }
    expect(c.status).toBe(CaseStatus.recognised);
    expect(c.sharedCount).toBe(3);
    expect(state.thisWeek.recognised).toBe(1);
    expect(state.thisWeek.weeksToRecognition).toBe(c.recognisedWeek - c.arrivalWeek);
  });

  it('lets a concern go after a failed attempt when the next draw is below GIVE_UP', () => {
    const { state } = withSignals(1, [POLICE, CARE]);
    const c = state.open[0];
    state.params.permitted.fill(0.5);
    // signals are tried last to first: care fails (0.9) and gives up (just below GIVE_UP), police fails and keeps it
    sharing().step(state, scripted(0.9, GIVE_UP - 1e-9, 0.9, GIVE_UP));
    expect(signalField(c, SIGNAL_ORG)).toEqual([POLICE]);
    expect(state.thisWeek.signalsRefused).toEqual([2, 0, 0, 0]);
  });

  it('drops an unshared signal whose holder has left', () => {
    const { state, rng } = withSignals(1, [POLICE, CARE]);
    const c = state.open[0];
    state.workforce.present[signalField(c, SIGNAL_SEAT)[1]] = 0;
    sharing().step(state, rng);
    expect(signalField(c, SIGNAL_ORG)).toEqual([POLICE]);
    expect(signalField(c, SIGNAL_SEAT)).toHaveLength(1);
    expect(signalField(c, SIGNAL_SHARED)).toHaveLength(1);
  });

  it('availableTime is TIME_FLOOR + (1 − TIME_FLOOR) × free share, 0 without capacity', () => {
    const { state } = withSignals(0, []);
    state.capacityHours[POLICE] = 10;
    state.usedHours[POLICE] = 4;
    expect(availableTime(state, POLICE)).toBeCloseTo(TIME_FLOOR + (1 - TIME_FLOOR) * 0.6, 15);
    state.usedHours[POLICE] = 14;
    expect(availableTime(state, POLICE)).toBeCloseTo(TIME_FLOOR, 15);
    state.capacityHours[POLICE] = 0;
    expect(availableTime(state, POLICE)).toBe(0);
  });
});
