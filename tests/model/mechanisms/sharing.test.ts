import { describe, expect, it } from 'vitest';
import { addSignal } from '../../../src/model/mechanisms/arrivals.js';
import { capacity } from '../../../src/model/mechanisms/capacity.js';
import { availableTime, GIVE_UP, LEGAL_UNCERTAINTY, permittedWith, SHARING_HOURS, sharing, TIME_FLOOR, TIMELY_GAIN, TIMELY_WEEKS } from '../../../src/model/mechanisms/sharing.js';
import { sharingPermitted } from '../../../src/model/preconditions/mappings.js';
import { CaseStatus, SIGNAL_ORG, SIGNAL_SEAT, SIGNAL_SHARED, SIGNAL_WEEK, signalField } from '../../../src/model/state/Case.js';
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

/** Nobody bridges anything: no perspective-taking, no experience (so permission is not widened). */
function noBridging(state: SimulationState) {
  state.workforce.perspective.fill(0);
  state.workforce.experience.fill(0);
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
    noBridging(a.state); // permittedWith(0, 0) = 0
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

  it('shares with probability permittedWith(permitted, bridged) × (½ tie + ½ T) × fit × time (binomial tolerance)', () => {
    const { state, rng } = withSignals(4000, [POLICE]);
    clearTies(state, rng); // tie 0 (a cold call), and tieGain 0 keeps it 0
    const n = state.params.orgCount;
    state.trust[POLICE * n + 0] = 0.8;
    state.capacityHours[POLICE] = 1e9; // time ≈ 1
    const w = state.workforce;
    w.perspective.fill(0.5);
    w.experience.fill(0);
    w.hiredWeek.fill(-1e6); // familiarity 1
    // each side translates 0.6 · 0.5 = 0.3: bridged = 1 − 0.7 · 0.7 = 0.51
    const permitted = sharingPermitted(0.5, 0.2);
    expect(permitted).toBeCloseTo(0.63, 15); // (0.4 + 0.6 · 0.5) · (1 − 0.2 · 0.5)
    expect(state.params.permitted[POLICE]).toBeCloseTo(permitted, 15);
    sharing().step(state, rng);
    const p = (0.63 + 0.37 * 0.5 * 0.51) * 0.5 * 0.8 * 1 * 1; // police frame 0.9 = label 0.9: fit 1
    expect(p).toBeCloseTo(0.28974, 12);
    expect(Math.abs(state.thisWeek.signalsShared - 4000 * p)).toBeLessThan(4 * binomialSd(4000, p));
    expect(state.thisWeek.signalsSharedCrossDomain).toBe(state.thisWeek.signalsShared);
  });

  it('widens permission by the legal uncertainty the two professionals bridge (binomial tolerance)', () => {
    const { state, rng } = withSignals(4000, [CARE]);
    state.params.permitted.fill(0);
    const w = state.workforce;
    w.perspective.fill(1);
    w.experience.fill(0);
    w.hiredWeek.fill(-1e6);
    // each side translates 0.6: bridged = 1 − 0.4² = 0.84, permitted 0 + 1 · 0.5 · 0.84 = 0.42
    sharing().step(state, rng);
    const p = 0.42;
    const refused = state.thisWeek.signalsRefused[0];
    expect(Math.abs(4000 - refused - 4000 * p)).toBeLessThan(4 * binomialSd(4000, p));
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
    noBridging(state); // permitted exactly 0.5
    for (const org of [POLICE, CARE]) fullTrust(state, org); // direct ties: reaching the owner draws nothing
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

  it('a share within TIMELY_WEEKS of the signal queues a trust gain TIMELY_GAIN of the owner in the sender; a late one does not', () => {
    expect(TIMELY_WEEKS).toBe(2);
    for (const [delay, events] of [
      [0, 1],
      [2, 1],
      [3, 0],
    ] as const) {
      const { state } = withSignals(1, [POLICE]);
      state.params.permitted.fill(1);
      fullTrust(state, POLICE);
      state.capacityHours.fill(1e9);
      const c = state.open[0];
      expect(signalField(c, SIGNAL_WEEK)).toEqual([1]);
      state.week = 1 + delay;
      sharing().step(state, scripted(0)); // every factor passes
      expect(state.thisWeek.signalsShared).toBe(1);
      const expected = events ? { from: [0], to: [POLICE], weight: [TIMELY_GAIN] } : { from: [], to: [], weight: [] };
      expect(state.trustEvents.toArrays(), `delay ${delay}`).toEqual(expected);
    }
  });
});

describe('permittedWith', () => {
  it('is permitted + (1 − permitted) · LEGAL_UNCERTAINTY · bridged', () => {
    expect(LEGAL_UNCERTAINTY).toBe(0.5);
    expect(permittedWith(0.4, 0.5)).toBeCloseTo(0.55, 15); // 0.4 + 0.6 · 0.5 · 0.5
    expect(permittedWith(0.4, 0)).toBe(0.4);
    expect(permittedWith(0, 1)).toBe(0.5);
    expect(permittedWith(1, 0.7)).toBe(1);
    expect(permittedWith(0.2, 0.8)).toBeCloseTo(0.52, 15); // 0.2 + 0.8 · 0.5 · 0.8
  });
});
