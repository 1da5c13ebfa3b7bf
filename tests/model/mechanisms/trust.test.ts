import { describe, expect, it } from 'vitest';
import { applyTrustEvents, queueTrust, trust } from '../../../src/model/mechanisms/trust.js';
import { summariseTies } from '../../../src/model/state/summariseTies.js';
import { logit, makeState, scripted, small } from '../helpers.js';

const noDrift = small({ parameters: { institutionalisation: 0 } });

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
    const { state } = makeState(small({ parameters: { institutionalisation: 0, trustGain: 0.2, trustLoss: 0.5 } }));
    const n = state.params.orgCount;
    const t0 = state.params.initialTrust;
    expect(t0).toBeCloseTo(0.5, 15); // mutualTrust 0.5 → 0.15 + 0.7·0.5
    queueTrust(state, 1, 3, 1);
    queueTrust(state, 1, 3, 0.5);
    queueTrust(state, 3, 1, -1);
    queueTrust(state, 2, 4, -0.25);
    trust().step(state, scripted(0));
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
    trust().step(state, scripted(0));
    const afterLoss = state.trust[ij];
    expect(logit(afterLoss)).toBeCloseTo(logit(t0) - 0.3, 12);
    const path: number[] = [];
    for (let k = 0; k < 3; k++) {
      queueTrust(state, 1, 2, 1);
      trust().step(state, scripted(0));
      path.push(state.trust[ij]);
    }
    expect(path[1]).toBeLessThan(t0);
    expect(path[2]).toBeCloseTo(t0, 13);
    // the loss exceeds each gain in trust units too
    expect(t0 - afterLoss).toBeGreaterThan(path[0] - afterLoss);
  });

  it('drifts organisational trust toward the mean tie strength between the two organisations (as last summarised)', () => {
    const { state } = makeState(small({ parameters: { institutionalisation: 0.2 } }));
    const n = state.params.orgCount;
    // keep exactly two ties between police (1) and care (3) and none elsewhere
    const w = state.workforce;
    const a = w.seatsOf[1][0];
    const b = w.seatsOf[3][0];
    const c = w.seatsOf[3][1];
    for (let seat = 0; seat < w.org.length; seat++) state.ties.turnOver(seat, 0, 0, 0, scripted(0));
    state.ties.set(a, b, 0.9, 0);
    state.ties.set(a, c, 0.5, 0);
    summariseTies(state); // the engine does this at the end of each week
    state.trust.fill(0.4);
    for (let i = 0; i < n; i++) state.trust[i * n + i] = 1;
    trust().step(state, scripted(0));
    expect(state.trust[1 * n + 3]).toBeCloseTo(0.4 + 0.2 * (0.7 - 0.4), 14);
    expect(state.trust[3 * n + 1]).toBeCloseTo(0.4 + 0.2 * (0.7 - 0.4), 14);
    expect(state.trust[1 * n + 2]).toBe(0.4); // no ties: no drift
    expect(state.trust[1 * n + 1]).toBe(1);
  });

  it('applyTrustEvents alone does not drift', () => {
    const { state } = makeState(small({ parameters: { institutionalisation: 1 } }));
    const before = Float64Array.from(state.trust);
    applyTrustEvents(state);
    expect(state.trust).toEqual(before);
  });
});
