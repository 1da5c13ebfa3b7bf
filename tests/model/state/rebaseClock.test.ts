import { describe, expect, it } from 'vitest';
import { familiarity } from '../../../src/model/familiarity.js';
import { addSignal } from '../../../src/model/mechanisms/arrivals.js';
import { CaseStatus, SIGNAL_WEEK, signalField, TASK_UNTIL, taskField } from '../../../src/model/state/Case.js';
import { CaseEnd } from '../../../src/model/state/CaseEndings.js';
import { emptyCounters } from '../../../src/model/state/Counters.js';
import { rebaseClock } from '../../../src/model/state/rebaseClock.js';
import { recordEnd } from '../../../src/model/state/recordEnd.js';
import { bareCase, makeState, setTaskField, small } from '../helpers.js';

describe('rebaseClock', () => {
  it('moves every stored week back by the weeks elapsed, so the run starts at week 0 with ages unchanged', () => {
    const { state, rng } = makeState(small(), 2);
    const w = state.workforce;
    state.week = 100;
    w.hiredWeek[0] = 90;
    w.hiredWeek[1] = -20;
    w.present[2] = 0;
    w.vacantUntil[2] = 104;
    state.ties.set(0, 5, 0.7, 80);
    state.ties.set(1, 6, 0.5, 100);
    const c = bareCase(state, [0, 1], CaseStatus.conference);
    c.arrivalWeek = 60;
    c.recognisedWeek = 70;
    c.conferenceWeek = 72;
    c.director = 0;
    c.directorSince = 72;
    state.week = 95;
    addSignal(state, c, 1, rng);
    state.week = 100;
    setTaskField(c, TASK_UNTIL, [103, 0]);
    state.open.push(c);
    const familiar = w.org.map((_, seat) => familiarity(state, seat));
    const tie05 = state.ties.get(0, 5, 100);
    const tie16 = state.ties.get(1, 6, 100);

    rebaseClock(state);

    expect(state.week).toBe(0);
    expect(w.hiredWeek[0]).toBe(-10);
    expect(w.hiredWeek[1]).toBe(-120);
    expect(w.vacantUntil[2]).toBe(4);
    expect(w.org.map((_, seat) => familiarity(state, seat))).toEqual(familiar);
    expect(state.ties.get(0, 5, 0)).toBe(tie05); // 20 weeks without contact, as before
    expect(state.ties.get(0, 5, 0)).toBeCloseTo(0.7 * (1 - state.scenario.parameters.tieFade) ** 20, 15);
    expect(state.ties.get(1, 6, 0)).toBe(tie16);
    expect(state.ties.get(1, 6, 0)).toBe(0.5);
    expect(c.arrivalWeek).toBe(-40);
    expect(c.recognisedWeek).toBe(-30);
    expect(c.conferenceWeek).toBe(-28);
    expect(c.directorSince).toBe(-28);
    expect(signalField(c, SIGNAL_WEEK)).toEqual([-5]);
    expect(taskField(c, TASK_UNTIL)[0]).toBe(3);
    expect(state.open).toEqual([c]); // open cases stay open
  });

  it('resets this week’s and the total counts and the case endings', () => {
    const { state } = makeState(small());
    state.week = 60;
    state.thisWeek.arrived = 3;
    state.thisWeek.signalsRefused[2] = 4;
    state.total.arrived = 50;
    state.total.resolved = 7;
    state.total.accepted[1] = 9;
    const c = bareCase(state, [0]);
    c.arrivalWeek = 40;
    recordEnd(state, c, CaseEnd.resolved);
    expect(state.endings.age).toEqual([20]);
    const successAge = state.endings.successAge;

    rebaseClock(state);

    const zero = emptyCounters(state.thisWeek.accepted.length);
    expect(state.thisWeek).toEqual(zero);
    expect(state.total).toEqual(zero);
    expect(state.endings.age).toEqual([]);
    expect(state.endings.kind).toEqual([]);
    expect(state.endings.successes).toEqual([0]);
    expect(state.endings.maturedArrivals).toBe(0);
    expect(state.endings.successAge).toBe(successAge);
  });

  it('leaves a case that arrived before week 1 out of the endings (recordEnd)', () => {
    const { state } = makeState(small());
    state.week = 10;
    const c = bareCase(state, [0]);
    c.arrivalWeek = 0;
    recordEnd(state, c, CaseEnd.resolved);
    c.arrivalWeek = -5;
    recordEnd(state, c, CaseEnd.escalated);
    expect(state.endings.age).toEqual([]);
    c.arrivalWeek = 1;
    recordEnd(state, c, CaseEnd.escalated);
    expect(state.endings.age).toEqual([9]);
  });
});
