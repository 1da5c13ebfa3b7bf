import { describe, expect, it } from 'vitest';
import { createSimulation, defaultMechanisms, loadPreset, replaceMechanism, type Mechanism } from '../../../src/index.js';
import { CaseEnd } from '../../../src/model/state/CaseEndings.js';
import { setScenarioPath } from '../../../src/scenario/setScenarioPath.js';

interface Ended {
  arrivalWeek: number;
  age: number;
  kind: number;
}

/**
 * Runs a preset while reconstructing every case's arrival and end independently of the metrics
 * (without its warm-up, so that every case the watcher sees is one the metrics count).
 */
function observedRun(preset: string, weeks: number, successAge: number) {
  const scenario = { ...setScenarioPath(loadPreset(preset), 'parameters.successAge', successAge), warmUpWeeks: 0 };
  const base = defaultMechanisms();
  const outcomes = base.find((m) => m.name === 'outcomes')!;
  const arrivals: number[] = [];
  const ended: Ended[] = [];
  const watched: Mechanism = {
    name: 'outcomes',
    step(state, rng) {
      const before = state.open.map((c) => ({ id: c.id, arrivalWeek: c.arrivalWeek }));
      const kinds = state.endings.kind.length;
      outcomes.step(state, rng);
      const still = new Set(state.open.map((c) => c.id));
      const gone = before.filter((c) => !still.has(c.id));
      gone.forEach((c, k) => ended.push({ arrivalWeek: c.arrivalWeek, age: state.week - c.arrivalWeek, kind: state.endings.kind[kinds + k] }));
      expect(state.endings.kind.length - kinds).toBe(gone.length);
    },
  };
  const sim = createSimulation(scenario, { seed: 1, mechanisms: replaceMechanism(base, 'outcomes', watched) });
  for (let w = 1; w <= weeks; w++) {
    sim.step();
    arrivals.push(...sim.state.open.filter((c) => c.arrivalWeek === w).map((c) => c.arrivalWeek));
    // a case that arrived and ended within its first week is also an arrival
    arrivals.push(...ended.filter((e) => e.arrivalWeek === w && e.age === 0).map((e) => e.arrivalWeek));
  }
  return { sim, arrivals, ended };
}

function share(arrivals: number[], ended: Ended[], from: number, to: number, successAge: number): number {
  const n = arrivals.filter((w) => w >= from && w <= to).length;
  const ok = ended.filter((e) => e.arrivalWeek >= from && e.arrivalWeek <= to && e.kind === CaseEnd.resolved && e.age <= successAge).length;
  return n > 0 ? ok / n : NaN;
}

describe('success by a fixed case age', () => {
  it('successRate counts every mature case, open or ended, and equals an independent count', () => {
    const { sim, arrivals, ended } = observedRun('top600', 200, 52);
    const summary = sim.summary();
    expect(summary.casesArrived).toBe(arrivals.length);
    expect(summary.successRate).toBeCloseTo(share(arrivals, ended, 1, 200 - 52, 52), 14);
    expect(sim.weekly[51].successRate).toBeNaN();
    for (const week of [53, 60, 120]) {
      const expected = share(arrivals, ended.filter((e) => e.arrivalWeek + e.age <= week), 1, week - 52, 52);
      expect(Number.isNaN(sim.weekly[week - 1].successRate)).toBe(Number.isNaN(expected));
      if (!Number.isNaN(expected)) expect(sim.weekly[week - 1].successRate).toBeCloseTo(expected, 14);
    }
  });

  it('cohort years are the share of their arrivals resolved within successAge, missing until all are mature', () => {
    const { sim, arrivals, ended } = observedRun('safety-house', 170, 52);
    const s = sim.summary();
    expect(s.successRateCohortYear1).toBeCloseTo(share(arrivals, ended, 1, 52, 52), 14);
    expect(s.successRateCohortYear2).toBeCloseTo(share(arrivals, ended, 53, 104, 52), 14);
    expect(s.successRateCohortYear3).toBeNaN(); // week 156 + 52 > 170
    expect(s.successRateCohortYear5).toBeNaN();
  });

  it('successByAgeEstimate is a probability in [0, 1], also in a run where no case is mature yet', () => {
    const { sim } = observedRun('safety-house', 104, 52);
    const s = sim.summary();
    expect(observedRun('safety-house', 40, 52).sim.summary().successRate).toBeNaN();
    expect(Number.isFinite(observedRun('safety-house', 40, 52).sim.summary().successByAgeEstimate)).toBe(true);
    expect(s.successByAgeEstimate).toBeGreaterThanOrEqual(0);
    expect(s.successByAgeEstimate).toBeLessThanOrEqual(1);
  });
});
