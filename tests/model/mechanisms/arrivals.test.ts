import { describe, expect, it } from 'vitest';
import { POWERS } from '../../../src/model/domains.js';
import { addSignal, arrivals, LABEL_OFFSET } from '../../../src/model/mechanisms/arrivals.js';
import { capacity } from '../../../src/model/mechanisms/capacity.js';
import { CaseStatus, SIGNAL_ORG, SIGNAL_SHARED, signalField, TASK_ORG, TASK_POWER, TASK_STATE, taskField, TaskState } from '../../../src/model/state/Case.js';
import type { Scenario } from '../../../src/scenario/types.js';
import { bareCase, binomialSd, makeState, scripted } from '../helpers.js';

/** Every domain once, so that every case type's full pool of powers is held. */
const FULL: Scenario = {
  network: { form: 'nao', lead: 'office' },
  phenomena: { caseRate: 3, layering: 0.4, elusiveness: 0.3, caseMix: { crime: 1, radicalisation: 1, both: 1 } },
  organisations: [
    { id: 'office', domain: 'coordination', staff: 2 },
    { id: 'police', domain: 'security', staff: 3 },
    { id: 'prosecution', domain: 'justice', staff: 2 },
    { id: 'probation', domain: 'justice', staff: 2, powers: ['probation'] },
    { id: 'municipality', domain: 'municipal', staff: 3 },
    { id: 'care', domain: 'care', staff: 3 },
    { id: 'youth', domain: 'youth', staff: 3 },
    { id: 'schools', domain: 'education', staff: 2 },
    { id: 'social', domain: 'social', staff: 2 },
    { id: 'housing', domain: 'housing', staff: 2 },
  ],
};

function runArrivals(scenario: Scenario, weeks: number, seed = 7) {
  const { state, rng } = makeState(scenario, seed);
  capacity().step(state, rng);
  const cases = [];
  for (let week = 1; week <= weeks; week++) {
    state.week = week;
    arrivals().step(state, rng);
    cases.push(...state.open);
    state.open.length = 0; // keep only new arrivals
  }
  return { state, cases };
}

describe('arrivals', () => {
  it('draws a Poisson number of cases a week with mean caseRate (within 4 standard errors)', () => {
    const weeks = 2000;
    const { state, cases } = runArrivals(FULL, weeks);
    expect(state.thisWeek.arrived).toBe(cases.length); // counters accumulate when not reset
    const mean = cases.length / weeks;
    expect(Math.abs(mean - 3)).toBeLessThan(4 * Math.sqrt(3 / weeks));
    expect(cases.map((c) => c.id)).toEqual(cases.map((_, i) => i));
  });

  it('gives each case 2 + Binomial(2, layering) distinct required powers from its type pool', () => {
    const { state, cases } = runArrivals(FULL, 1500);
    const counts = [0, 0, 0, 0, 0];
    for (const c of cases) {
      const pool = state.params.casePowers[c.type];
      expect(new Set(taskField(c, TASK_POWER)).size).toBe(taskField(c, TASK_POWER).length);
      for (const power of taskField(c, TASK_POWER)) expect(pool).toContain(power);
      counts[taskField(c, TASK_POWER).length]++;
      expect(taskField(c, TASK_STATE).every((s) => s === TaskState.open)).toBe(true);
      expect(taskField(c, TASK_ORG).every((o) => o === -1)).toBe(true);
      expect(c.status).toBe(CaseStatus.latent);
      expect(c.severity).toBeGreaterThanOrEqual(0.1);
      expect(c.severity).toBeLessThan(0.4);
    }
    expect(counts[0] + counts[1]).toBe(0);
    const n = cases.length;
    const expected = [0.36, 0.48, 0.16]; // Binomial(2, 0.4)
    for (let k = 0; k < 3; k++) expect(Math.abs(counts[2 + k] - n * expected[k])).toBeLessThan(4 * binomialSd(n, expected[k]));
    // the pools of the full network are the default pools
    expect(state.params.casePowers[0].map((p) => POWERS[p])).toEqual(['enforce', 'prosecute', 'administrative', 'housing', 'support', 'probation']);
  });

  it('needs fewer powers when the pool is smaller, and exactly 2 at layering 0, 4 at layering 1', () => {
    const narrow = runArrivals({ ...FULL, phenomena: { ...FULL.phenomena, casePowers: { crime: ['enforce', 'administrative'], radicalisation: ['care', 'support', 'enforce'], both: ['enforce', 'care'] }, layering: 1 } }, 300).cases;
    for (const c of narrow) expect(taskField(c, TASK_POWER).length).toBe(c.type === 1 ? 3 : 2);
    for (const c of runArrivals({ ...FULL, phenomena: { ...FULL.phenomena, layering: 0 } }, 100).cases) expect(taskField(c, TASK_POWER)).toHaveLength(2);
    for (const c of runArrivals({ ...FULL, phenomena: { ...FULL.phenomena, layering: 1 } }, 100).cases) expect(taskField(c, TASK_POWER)).toHaveLength(4);
  });

  it('gives each partner that sees the type a signal with probability detection × (1 − 0.5·elusiveness)', () => {
    const { state, cases } = runArrivals(FULL, 1200);
    const p = state.params;
    const q = 0.5 * (1 - 0.5 * 0.3);
    expect(p.detectionFactor).toBeCloseTo(0.85, 15);
    let trials = 0;
    let signals = 0;
    for (const c of cases) {
      for (let org = 0; org < p.orgCount; org++) {
        const sees = (p.seesMask[org] >> c.type) & 1;
        const held = signalField(c, SIGNAL_ORG).includes(org);
        if (!sees) expect(held).toBe(false);
        else {
          trials++;
          if (held) signals++;
        }
      }
      // the coordinating office owns every case and holds no signal, so nothing is shared yet
      expect(c.owner).toBe(p.coordinator);
      expect(c.sharedCount).toBe(0);
    }
    expect(Math.abs(signals - trials * q)).toBeLessThan(4 * binomialSd(trials, q));
  });

  it('labels a case at the narrative centre plus its type offset, pulled toward 1 by urgency above baseline', () => {
    const { state, rng } = makeState(FULL, 3);
    capacity().step(state, rng);
    state.narrative.centre = 0.4;
    state.urgency = state.params.baselineUrgency + 0.3;
    for (let week = 1; week <= 20; week++) {
      state.week = week;
      arrivals().step(state, rng);
    }
    expect(state.open.length).toBeGreaterThan(10);
    for (const c of state.open) expect(c.label).toBeCloseTo(0.4 + LABEL_OFFSET[c.type] + 0.2 * 0.3 * 0.6, 14);
  });

  it('surfaces late signals of latent cases with chance detection·factor·0.1·(0.5 + severity)', () => {
    const { state, rng } = makeState({ ...FULL, phenomena: { ...FULL.phenomena, caseRate: 0 } }, 5);
    capacity().step(state, rng);
    const p = state.params;
    const police = 1;
    const c = bareCase(state, [0, 1]);
    c.severity = 0.5;
    state.open.push(c);
    // one draw per partner that sees crime; a draw just below police's chance gives police a signal
    const chance = p.detection[police] * p.detectionFactor * 0.1 * (0.5 + 0.5);
    const seeing = [];
    for (let org = 0; org < p.orgCount; org++) if ((p.seesMask[org] >> 0) & 1) seeing.push(org);
    const draws = seeing.flatMap((org) => (org === police ? [chance - 1e-9, 0] : [chance])); // 0: the seat choice
    arrivals().step(state, scripted(...draws, 0.99));
    expect(signalField(c, SIGNAL_ORG)).toEqual([police]);
  });

  it('addSignal makes the first holder the owner in a shared network, whose own signal counts as shared', () => {
    const { state, rng } = makeState({ ...FULL, network: { form: 'shared' } });
    capacity().step(state, rng);
    const c = bareCase(state, [0, 1]);
    expect(c.owner).toBe(-1);
    addSignal(state, c, 4, rng);
    addSignal(state, c, 1, rng);
    expect(c.owner).toBe(4);
    expect(signalField(c, SIGNAL_SHARED)).toEqual([1, 0]);
    expect(c.sharedCount).toBe(1);
  });
});
