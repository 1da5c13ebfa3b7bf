/**
 * Pattern 2 and SF1: trust builds slowly and breaks fast, in the running simulation. At week 104
 * of a running preset one breach is queued between the two partners who have shared the most
 * successes so far (i trusts j less by one λ⁻), through the model's own trust events, right after
 * the week's trust step. A wrapper around the `trust` mechanism observes the queued events of the
 * pair before they are applied, and an observer after `narrative` records the pair's trust at the
 * end of every week. From the trajectory and the events:
 *
 * - the breach's cost L (log-odds lost) is exactly one λ⁻, unless the trust floor clips it
 *   (deterministic, plain `expect`);
 * - that cost measured in successes' worth — L divided by the log-odds a success adds in this
 *   run (the change over the pair's trust steps with successes and no losses, less the mean
 *   drift of its steps without events) — is about three (TOST against 3);
 * - the trust lost is regained only after at least about three successes between them: the
 *   successes counted from the breach until trust is back at its pre-breach level (runs that do
 *   not recover by week 260 count the successes so far, a lower bound) are not below three
 *   (one-sided).
 *
 * The update rule itself is checked first (deterministic, from the old suite, now on every
 * preset): from trust 0.2, 0.5 and 0.8, after one breach two successes leave trust below its
 * level before the breach and three restore it.
 *
 * Applies to every preset (every preset has pairs of partners who succeed together).
 */
import { describe, expect, it } from 'vitest';
import { defaultMechanisms } from '../../../src/model/defaultMechanisms.js';
import { insertMechanism, type Mechanism, replaceMechanism } from '../../../src/model/Mechanism.js';
import { applyTrustEvents, queueTrust, trust } from '../../../src/model/mechanisms/trust.js';
import { simulate } from '../../../src/model/simulate.js';
import { createInitialState } from '../../../src/model/state/createInitialState.js';
import { createRng } from '../../../src/random/rng.js';
import { shiftLogOdds } from '../../../src/model/logit.js';
import { normalizeScenario } from '../../../src/scenario/normalizeScenario.js';
import { constant, expectNoEffect, expectNotBelow, preset, PRESETS, replicationsFor, withValues } from './harness.js';

const BREACH_WEEK = 104;
const logit = (x: number) => Math.log(x / (1 - x));

/** What one run's probe saw of the pair (i, j) from the breach on. */
interface BreachTrace {
  pair: [number, number];
  /** Log-odds lost in the breach. */
  loss: number;
  /** What one λ⁻ takes off at the pre-breach level: λ⁻, or less where the trust floor clips it. */
  clippedLoss: number;
  /** λ⁻ of the run. */
  trustLoss: number;
  /**
   * Log-odds gained per success: the change over the trust steps with successes and no losses,
   * less the mean drift of the steps without events of the pair (toward tie strength), per
   * success (NaN with fewer than three such successes, too few to estimate it).
   */
  gainPerSuccess: number;
  /** Successes of i in j from the week after the breach until trust is back at its pre-breach level. */
  successesToRecover: number;
  recovered: boolean;
}

/** A weekly schedule with the breach and its observers, and the trace it fills. */
function breachProbe(): { mechanisms: Mechanism[]; trace: () => BreachTrace } {
  let successes: Float64Array | undefined; // successes of i in j before the breach, row-major
  let i = -1;
  let j = -1;
  let before = NaN;
  let after = NaN;
  let loss = NaN;
  let trustLoss = NaN;
  let clippedLoss = NaN; // λ⁻, or less where trust is clipped at TRUST_FLOOR
  let gainSum = 0; // log-odds change over the trust steps with successes and no losses
  let gainWeeks = 0;
  let gainCount = 0; // successes in those steps
  let driftSum = 0; // log-odds change over the trust steps without events of the pair (drift)
  let driftWeeks = 0;
  let counted = 0;
  let recovered = false;
  const applyTrust = trust();
  const observedTrust: Mechanism = {
    name: 'trust',
    step(state, rng) {
      const n = state.params.orgCount;
      const { from, to, weight, count } = state.trustEvents;
      if (i < 0) {
        successes ??= new Float64Array(n * n);
        for (let k = 0; k < count; k++) if (weight[k] > 0) successes[from[k] * n + to[k]] += weight[k];
        applyTrust.step(state, rng);
        return;
      }
      let gain = 0;
      let lost = 0;
      for (let k = 0; k < count; k++) {
        if (from[k] !== i || to[k] !== j) continue;
        if (weight[k] > 0) gain += weight[k];
        else lost -= weight[k];
      }
      const start = state.trust[i * n + j];
      applyTrust.step(state, rng);
      const change = logit(state.trust[i * n + j]) - logit(start);
      if (gain > 0 && lost === 0) {
        gainSum += change;
        gainWeeks++;
        gainCount += gain;
      } else if (gain === 0 && lost === 0) {
        driftSum += change;
        driftWeeks++;
      }
      if (!recovered) counted += gain;
    },
  };
  const breach: Mechanism = {
    name: 'breach',
    step(state) {
      if (state.week !== BREACH_WEEK) return;
      const n = state.params.orgCount;
      let best = -1;
      for (let ij = 0; ij < n * n; ij++) if (Math.floor(ij / n) !== ij % n && (best < 0 || successes![ij] > successes![best])) best = ij;
      [i, j] = [Math.floor(best / n), best % n];
      before = state.trust[best];
      trustLoss = state.scenario.parameters.trustLoss;
      queueTrust(state, i, j, -1);
      applyTrustEvents(state); // the queue is empty after the trust step, so this applies the breach alone
      after = state.trust[best];
      loss = logit(before) - logit(after);
      clippedLoss = logit(before) - logit(shiftLogOdds(before, -trustLoss));
    },
  };
  const observer: Mechanism = {
    name: 'observe breach recovery',
    step(state) {
      if (i < 0 || recovered || state.week <= BREACH_WEEK) return;
      if (state.trust[i * state.params.orgCount + j] >= before) recovered = true;
    },
  };
  let mechanisms = replaceMechanism(defaultMechanisms(), 'trust', observedTrust);
  mechanisms = insertMechanism(mechanisms, 'trust', breach);
  mechanisms = insertMechanism(mechanisms, 'narrative', observer);
  return {
    mechanisms,
    trace: () => ({ pair: [i, j], loss, trustLoss, clippedLoss, gainPerSuccess: gainCount >= 3 && driftWeeks > 0 ? (gainSum - gainWeeks * (driftSum / driftWeeks)) / gainCount : NaN, successesToRecover: counted, recovered }),
  };
}

/** "About three": half a success either side, the resolution at which successes are counted. */
const ABOUT_THREE = { delta: 0.5, reason: 'half a success either side of λ⁻/λ⁺ = 3 (Slovic 1993: about 3:1)' };

describe.each(PRESETS)('pattern 2 / SF1 on %s: one breach costs about three successes, in a running simulation', (name) => {
  const traces = (() => {
    let cached: BreachTrace[] | undefined;
    return () =>
      (cached ??= Array.from({ length: replicationsFor(name) }, (_, r) => {
        const probe = breachProbe();
        simulate(preset(name), { seed: r + 1, weeks: 260, weekly: false, mechanisms: probe.mechanisms });
        return probe.trace();
      }));
  })();

  it('the update rule: one breach is undone by exactly three successes (deterministic)', () => {
    for (const start of [0.2, 0.5, 0.8]) {
      const state = createInitialState(normalizeScenario(withValues(preset(name), { mutualTrust: (start - 0.15) / 0.7 })), createRng(1));
      const n = state.params.orgCount;
      const before = state.trust[1 * n + 2];
      queueTrust(state, 1, 2, -1);
      applyTrustEvents(state);
      const after: number[] = [];
      for (let k = 0; k < 3; k++) {
        queueTrust(state, 1, 2, 1);
        applyTrustEvents(state);
        after.push(state.trust[1 * n + 2]);
      }
      expect(after[1]).toBeLessThan(before);
      expect(after[2]).toBeCloseTo(before, 12);
    }
  });

  it('the breach costs exactly one λ⁻ of log-odds, unless the trust floor clips it (deterministic)', () => {
    for (const t of traces()) {
      expect(t.pair[0]).toBeGreaterThanOrEqual(0);
      expect(t.loss).toBeCloseTo(t.clippedLoss, 9);
      if (t.clippedLoss === t.trustLoss) expect(t.loss).toBeCloseTo(t.trustLoss, 9);
    }
  });

  it("the breach's cost in observed successes' worth is about three (TOST, δ = 0.5)", () => {
    const ratios = traces().filter((t) => Number.isFinite(t.gainPerSuccess)).map((t) => t.loss / t.gainPerSuccess);
    console.log(`[pattern 2 | ${name}] runs with clean success weeks after the breach: ${ratios.length} of ${traces().length}`);
    expect(ratios.length).toBeGreaterThanOrEqual(10);
    expectNoEffect(`pattern 2 | ${name}`, 'breach cost / observed gain per success − 3', ratios, constant(3, ratios.length), ABOUT_THREE);
  });

  it('trust is back at its pre-breach level only after at least about three successes (one-sided, δ = 0.5)', () => {
    const t = traces();
    const counts = t.map((x) => x.successesToRecover);
    console.log(`[pattern 2 | ${name}] recovered by week 260 in ${t.filter((x) => x.recovered).length} of ${t.length} runs; successes to recover: ${counts.join(' ')}`);
    expectNotBelow(`pattern 2 | ${name}`, 'successes between the pair until trust is regained − 3', counts, constant(3, counts.length), ABOUT_THREE);
  });
});
