import { describe, expect, it } from 'vitest';
import { applyTrustEvents, queueTrust, trust } from '../../../src/model/mechanisms/trust.js';
import { summariseTies } from '../../../src/model/state/summariseTies.js';
import { createSimulation, loadPreset, setScenarioPath } from '../../../src/index.js';
import { logit, makeState, scripted, small } from '../helpers.js';

const noDrift = small();

describe('queueTrust', () => {
  it('queues directed events and ignores self-trust and missing organisations', () => {
    const { state } = makeState(noDrift);
    queueTrust(state, 1, 2, -1);
    queueTrust(state, 2, 2, 1);
    queueTrust(state, -1, 2, 1);
    queueTrust(state, 2, -1, 1);
    expect(state.trustEvents.toArrays()).toEqual({ from: [1], to: [2], weight: [-1] });
  });
});

describe('trust', () => {
  it('shifts logit(T[i][j]) by exactly weight·λ⁺ for gains and weight·λ⁻ for losses, only for i → j', () => {
    const { state } = makeState(small({ parameters: { trustGain: 0.2, trustLoss: 0.5 } }));
    const n = state.params.orgCount;
    const t0 = state.params.initialTrust;
    expect(t0).toBeCloseTo(0.5, 15); // mutualTrust 0.5 → 0.15 + 0.7·0.5
    queueTrust(state, 1, 3, 1);
    queueTrust(state, 1, 3, 0.5);
    queueTrust(state, 3, 1, -1);
    queueTrust(state, 2, 4, -0.25);
    applyTrustEvents(state); // the update rule alone (the step also fades experiences, tested below)
    expect(logit(state.trust[1 * n + 3]) - logit(t0)).toBeCloseTo(0.2 * 1.5, 12);
    expect(logit(state.trust[3 * n + 1]) - logit(t0)).toBeCloseTo(-0.5, 12);
    expect(logit(state.trust[2 * n + 4]) - logit(t0)).toBeCloseTo(-0.125, 12);
    expect(state.trust[1 * n + 2]).toBe(t0);
    expect(state.trust[1 * n + 1]).toBe(1);
    // losses are remembered as damage (log-odds units), gains are not
    expect(state.trustDamage[3 * n + 1]).toBeCloseTo(0.5, 15);
    expect(state.trustDamage[2 * n + 4]).toBeCloseTo(0.125, 15);
    expect(state.trustDamage[1 * n + 3]).toBe(0);
    expect(state.trustEvents.toArrays()).toEqual({ from: [], to: [], weight: [] });
  });

  // Design brief §7 pattern 2, analytically: with λ⁻ = 3λ⁺ one breach is undone by exactly
  // three successes with the same partner, and not by two, at any starting level.
  it.each([0.05, 0.2, 0.5, 0.8, 0.97])('one loss of λ⁻ = 3λ⁺ is undone by exactly three gains, starting at T = %s', (t0) => {
    const { state } = makeState(noDrift);
    const n = state.params.orgCount;
    const ij = 1 * n + 2;
    state.trust[ij] = t0;
    queueTrust(state, 1, 2, -1);
    applyTrustEvents(state);
    const afterLoss = state.trust[ij];
    expect(logit(afterLoss)).toBeCloseTo(logit(t0) - 0.3, 12);
    const path: number[] = [];
    for (let k = 0; k < 3; k++) {
      queueTrust(state, 1, 2, 1);
      applyTrustEvents(state);
      path.push(state.trust[ij]);
    }
    expect(path[1]).toBeLessThan(t0);
    expect(path[2]).toBeCloseTo(t0, 13);
    // the loss exceeds each gain in trust units too
    expect(t0 - afterLoss).toBeGreaterThan(path[0] - afterLoss);
  });

  it('without events, trust fades back toward the starting trust by 1/trustMemoryWeeks a week, whatever the ties; at the start it stays', () => {
    const { state } = makeState(small({ parameters: { trustMemoryWeeks: 50 } }));
    const n = state.params.orgCount;
    const w = state.workforce;
    state.ties.set(w.seatsOf[1][0], w.seatsOf[3][0], 0.9, 0);
    summariseTies(state);
    const t0 = state.startingTrust;
    state.trust[1 * n + 3] = 0.3;
    for (let week = 0; week < 10; week++) trust().step(state, scripted(0));
    expect(state.trust[1 * n + 3]).toBeCloseTo(t0 + (0.3 - t0) * Math.pow(1 - 1 / 50, 10), 14);
    expect(state.trust[2 * n + 4]).toBe(t0); // a pair at the starting trust stays there exactly
    expect(state.trust[1 * n + 1]).toBe(1);
  });

  it('applyTrustEvents alone does not drift', () => {
    const { state } = makeState(small());
    const before = Float64Array.from(state.trust);
    applyTrustEvents(state);
    expect(state.trust).toEqual(before);
  });

  // In a network where nothing happens (no cases: no sharing, refusals, successes or blame),
  // nothing moves trust: turnover forgets only trust above the starting level and learning
  // repairs only damage, so every T[i][j] stays exactly where it started.
  it.each(['safety-house', 'riec'])('stays exactly at its starting value for 260 weeks in a neutral %s network (no cases; turnover and learning on)', (preset) => {
    const scenario = setScenarioPath(loadPreset(preset), 'phenomena.caseRate', 0);
    const sim = createSimulation(scenario, { seed: 7 });
    const state = sim.state;
    const n = state.params.orgCount;
    const t0 = state.params.initialTrust;
    const start = Float64Array.from({ length: n * n }, (_, ij) => (Math.floor(ij / n) === ij % n ? 1 : t0));
    expect(state.trust).toEqual(start); // after the warm-up, too
    for (let week = 1; week <= 260; week++) {
      sim.step();
      for (let ij = 0; ij < n * n; ij++) if (state.trust[ij] !== start[ij]) expect.fail(`T[${Math.floor(ij / n)}][${ij % n}] = ${state.trust[ij]}, not ${start[ij]}, at week ${week}`);
    }
    expect(state.total.arrived).toBe(0);
    expect(state.total.departures).toBeGreaterThan(0); // turnover acted
    expect(state.total.learningSessions).toBeGreaterThan(0); // learning acted
    expect(state.trustDamage.every((d) => d === 0)).toBe(true);
  });
});
