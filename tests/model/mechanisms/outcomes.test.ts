import { describe, expect, it } from 'vitest';
import { POWERS } from '../../../src/model/domains.js';
import { BLAME_LOSS, DELIVERY_DAMPING, outcomes, PLAN_FLOOR, planQuality, successProbability } from '../../../src/model/mechanisms/outcomes.js';
import { CaseStatus, TASK_FIT, TASK_ORG, TASK_STATE, TaskState } from '../../../src/model/state/Case.js';
import { bareCase, binomialSd, makeState, scripted, setTaskField, small } from '../helpers.js';

const scenario = small({ phenomena: { escalationSpeed: 0.5 } });
const growth = 0.002 + 0.028 * 0.5;

describe('successProbability', () => {
  it('is 0.9·(1 − s²)', () => {
    expect(successProbability(0)).toBeCloseTo(0.9, 15);
    expect(successProbability(0.5)).toBeCloseTo(0.675, 15);
    expect(successProbability(1)).toBe(0);
  });
});

describe('planQuality', () => {
  it('is the mean over tasks of PLAN_FLOOR + (1 − PLAN_FLOOR)·fit, 1 without tasks', () => {
    expect(PLAN_FLOOR).toBe(0.2);
    const { state } = makeState(scenario);
    const c = bareCase(state, [0, 1, 2]);
    setTaskField(c, TASK_FIT, [1, 0.5, 0]);
    // (1 + 0.6 + 0.2) / 3
    expect(planQuality(c)).toBeCloseTo(0.6, 15);
    setTaskField(c, TASK_FIT, [1, 1, 1]);
    expect(planQuality(c)).toBe(1);
    setTaskField(c, TASK_FIT, [0, 0, 0]);
    expect(planQuality(c)).toBeCloseTo(0.2, 15);
    expect(planQuality(bareCase(state, []))).toBe(1);
  });
});

describe('outcomes', () => {
  it('grows severity by 0.002 + 0.028·escalationSpeed a week, half while delivering', () => {
    const { state } = makeState(scenario);
    expect(state.params.severityGrowth).toBeCloseTo(growth, 15);
    const idle = bareCase(state, [0, 1]);
    const busy = bareCase(state, [0, 1], CaseStatus.intervention);
    setTaskField(busy, TASK_STATE, [TaskState.delivering, TaskState.committed]);
    idle.severity = 0.3;
    busy.severity = 0.3;
    state.open.push(idle, busy);
    outcomes().step(state, scripted(0.5));
    expect(idle.severity).toBeCloseTo(0.3 + growth, 15);
    expect(busy.severity).toBeCloseTo(0.3 + growth * DELIVERY_DAMPING, 15);
    expect(state.open).toEqual([idle, busy]);
  });

  it('escalates a case whose severity reaches 1: an incident, missed if never recognised, blame among the involved, slots freed', () => {
    const { state } = makeState(scenario);
    const latent = bareCase(state, [0, 1]);
    latent.severity = 1 - growth;
    const active = bareCase(state, [POWERS.indexOf('enforce'), POWERS.indexOf('care')], CaseStatus.intervention);
    active.severity = 1 - growth * DELIVERY_DAMPING;
    setTaskField(active, TASK_STATE, [TaskState.delivering, TaskState.delivered]);
    setTaskField(active, TASK_ORG, [1, 3]);
    active.involved = [1, 3, 0];
    state.slotsInUse[1 * POWERS.length + POWERS.indexOf('enforce')] = 1;
    const calm = bareCase(state, [0, 1]);
    calm.severity = 0.9;
    state.open.push(latent, active, calm);
    outcomes().step(state, scripted(0.5));
    expect(state.open).toEqual([calm]);
    expect(state.thisWeek.escalated).toBe(2);
    expect(state.thisWeek.missed).toBe(1);
    expect(state.incidents).toBe(2);
    expect(state.slotsInUse[1 * POWERS.length + POWERS.indexOf('enforce')]).toBe(0);
    const queued = state.trustEvents.toArrays();
    const events = queued.from.map((f, k) => [f, queued.to[k], queued.weight[k]]);
    expect(events).toHaveLength(6);
    for (const [i, j, w] of events) {
      expect(i).not.toBe(j);
      expect([1, 3, 0]).toContain(i);
      expect([1, 3, 0]).toContain(j);
      expect(w).toBe(-BLAME_LOSS);
    }
  });

  it('closes a case whose powers are all delivered: resolved (trust gains among the involved) when the draw is below 0.9·(1 − s²)·planQuality, else closed without effect (blame by distrust)', () => {
    const { state } = makeState(scenario);
    state.week = 30;
    const make = () => {
      const c = bareCase(state, [0, 1], CaseStatus.intervention);
      c.arrivalWeek = 10;
      c.severity = 0.5 - growth; // 0.5 after this week's growth
      setTaskField(c, TASK_STATE, [TaskState.delivered, TaskState.delivered]);
      setTaskField(c, TASK_FIT, [1, 0.5]); // planQuality (1 + 0.6) / 2 = 0.8
      c.involved = [1, 2];
      return c;
    };
    state.open.push(make());
    outcomes().step(state, scripted(0.675 * 0.8 - 1e-9)); // 0.54
    expect(state.open).toHaveLength(0);
    expect(state.thisWeek.resolved).toBe(1);
    expect(state.thisWeek.weeksToResolution).toBe(20);
    expect(state.trustEvents.toArrays()).toEqual({ from: [1, 2], to: [2, 1], weight: [1, 1] });
    // a failure is blamed on the others in proportion to distrust: −BLAME_LOSS·(1 − T[i][j]) λ⁻
    state.trustEvents.clear();
    const n = state.params.orgCount;
    state.trust[1 * n + 2] = 0.8;
    state.trust[2 * n + 1] = 0.3;
    state.open.push(make());
    outcomes().step(state, scripted(0.675 * 0.8 + 1e-9));
    expect(state.thisWeek.resolved).toBe(1);
    expect(state.thisWeek.closedWithoutEffect).toBe(1);
    const blamed = state.trustEvents.toArrays();
    expect(blamed.from).toEqual([1, 2]);
    expect(blamed.to).toEqual([2, 1]);
    expect(blamed.weight[0]).toBeCloseTo(-BLAME_LOSS * 0.2, 15);
    expect(blamed.weight[1]).toBeCloseTo(-BLAME_LOSS * 0.7, 15);
  });

  it('resolves the share 0.9·(1 − s²)·planQuality of delivered cases (binomial tolerance)', () => {
    const { state, rng } = makeState(scenario, 4);
    const n = 5000;
    for (let k = 0; k < n; k++) {
      const c = bareCase(state, [0], CaseStatus.intervention);
      c.severity = 0.6 - growth;
      setTaskField(c, TASK_STATE, [TaskState.delivered]);
      setTaskField(c, TASK_FIT, [0.5]); // planQuality 0.2 + 0.8 · 0.5 = 0.6
      state.open.push(c);
    }
    outcomes().step(state, rng);
    const p = 0.9 * (1 - 0.36) * 0.6; // 0.3456
    expect(state.thisWeek.resolved + state.thisWeek.closedWithoutEffect).toBe(n);
    expect(Math.abs(state.thisWeek.resolved - n * p)).toBeLessThan(4 * binomialSd(n, p));
  });

  it('keeps a case open while a task is undelivered', () => {
    const { state } = makeState(scenario);
    const c = bareCase(state, [0, 1], CaseStatus.intervention);
    setTaskField(c, TASK_STATE, [TaskState.delivered, TaskState.committed]);
    state.open.push(c);
    outcomes().step(state, scripted(0));
    expect(state.open).toEqual([c]);
  });
});
