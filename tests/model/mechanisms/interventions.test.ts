import { describe, expect, it } from 'vitest';
import { capacity } from '../../../src/model/mechanisms/capacity.js';
import { interventions } from '../../../src/model/mechanisms/interventions.js';
import { POWERS } from '../../../src/model/domains.js';
import { CaseStatus, TASK_FIELDS, TASK_ORG, TASK_POWER, TASK_STATE, TASK_UNTIL, taskField, TaskState } from '../../../src/model/state/Case.js';
import { commitTask } from '../../../src/model/state/commitTask.js';
import { bareCase, makeState, scripted, small } from '../helpers.js';

const ENFORCE = POWERS.indexOf('enforce');
const SUPPORT = POWERS.indexOf('support');
const POLICE = 1;
const MUNICIPALITY = 2;

function committedCase(patch = {}) {
  const { state, rng } = makeState(small({ phenomena: { volatility: 0 }, ...patch }), 2);
  capacity().step(state, rng);
  const c = bareCase(state, [ENFORCE, SUPPORT], CaseStatus.intervention);
  commitTask(state, c, 0, POLICE);
  commitTask(state, c, TASK_FIELDS, MUNICIPALITY);
  c.involved = [POLICE, MUNICIPALITY, 0];
  state.open.push(c);
  return { state, rng, c };
}

describe('interventions', () => {
  it('delivers each committed task for deliveryWeeks holding one slot, spending deliveryHours a week', () => {
    const { state, c } = committedCase({ parameters: { deliveryWeeks: 3, deliveryHours: 2 } });
    const never = () => 0.999;
    state.week = 10;
    interventions().step(state, never);
    expect(taskField(c, TASK_STATE)).toEqual([TaskState.delivering, TaskState.delivering]);
    expect(taskField(c, TASK_UNTIL)).toEqual([13, 13]);
    expect(state.slotsInUse[POLICE * POWERS.length + ENFORCE]).toBe(1);
    expect(state.usedHours[POLICE]).toBe(2);
    for (state.week = 11; state.week <= 13; state.week++) interventions().step(state, never);
    expect(taskField(c, TASK_STATE)).toEqual([TaskState.delivered, TaskState.delivered]);
    expect(state.slotsInUse[POLICE * POWERS.length + ENFORCE]).toBe(0);
  });

  it('waits for a free downstream slot', () => {
    const { state, c } = committedCase();
    state.slotsInUse[POLICE * POWERS.length + ENFORCE] = state.params.slots[POLICE * POWERS.length + ENFORCE];
    state.week = 1;
    interventions().step(state, () => 0.999);
    expect(taskField(c, TASK_STATE)).toEqual([TaskState.committed, TaskState.delivering]);
  });

  it('breaches an overloaded delivery with probability ½ · overload share: task reopened, slot freed, trust lost', () => {
    const { state, c } = committedCase();
    state.capacityHours[POLICE] = 0; // overload share 1: breach when the draw is below 0.5
    state.week = 1;
    interventions().step(state, scripted(0.999, 0.49, 0.999)); // the needs-change draw, then the breach draw of the police delivery
    expect(taskField(c, TASK_STATE)[0]).toBe(TaskState.open);
    expect(taskField(c, TASK_ORG)[0]).toBe(-1);
    expect(c.status).toBe(CaseStatus.conference);
    expect(state.slotsInUse[POLICE * POWERS.length + ENFORCE]).toBe(0);
    expect(state.thisWeek.breaches).toBe(1);
    expect(state.trustEvents.toArrays()).toEqual({ from: [MUNICIPALITY, 0], to: [POLICE, POLICE], weight: [-1, -1] });
  });

  it('at volatility 1 replaces one undelivered required power each week by another from the pool', () => {
    const { state, c } = committedCase({ phenomena: { volatility: 1 } });
    state.week = 1;
    interventions().step(state, scripted(0)); // the needs-change draw, then task 0, then the pool's first other power; no overload, so no breach draw
    expect(taskField(c, TASK_STATE)[0]).toBe(TaskState.open);
    expect(taskField(c, TASK_POWER)[0]).not.toBe(ENFORCE);
    expect(state.params.casePowers[0]).toContain(taskField(c, TASK_POWER)[0]);
    expect(taskField(c, TASK_POWER)[1]).toBe(SUPPORT);
    expect(c.status).toBe(CaseStatus.conference);
    expect(state.slotsInUse[POLICE * POWERS.length + ENFORCE]).toBe(0);
  });
});

describe('interventions: waiting lists', () => {
  /** A state with one police enforcement slot and `count` cases whose enforcement task police committed to, in `order`. */
  function queued(count: number, order: number[]) {
    const { state } = makeState(small({ phenomena: { volatility: 0 }, parameters: { deliveryWeeks: 2 } }), 2);
    capacity().step(state, () => 0.5);
    const pool = POLICE * POWERS.length + ENFORCE;
    state.params.slots[pool] = 1;
    const cases = Array.from({ length: count }, () => bareCase(state, [ENFORCE], CaseStatus.intervention));
    state.open.push(...cases);
    for (const i of order) commitTask(state, cases[i], 0, POLICE);
    return { state, cases, pool };
  }
  const stateOf = (c: { tasks: number[] }) => c.tasks[TASK_STATE];

  it('gives a free slot to the task committed first, not to the case that arrived first', () => {
    const { state, cases } = queued(3, [2, 0, 1]);
    state.week = 1;
    interventions().step(state, () => 0.999);
    expect(cases.map(stateOf)).toEqual([TaskState.committed, TaskState.committed, TaskState.delivering]);
  });

  it('passes a slot freed by a finished delivery to the next waiting task in the same week', () => {
    const { state, cases, pool } = queued(2, [0, 1]);
    for (state.week = 1; state.week <= 3; state.week++) interventions().step(state, () => 0.999);
    expect(cases.map(stateOf)).toEqual([TaskState.delivered, TaskState.delivering]);
    expect(cases[1].tasks[TASK_UNTIL]).toBe(5); // started in week 3, the week the first delivery ended
    expect(state.slotsInUse[pool]).toBe(1);
  });

  it('skips tasks that left the list: reopened by a change of needs, or of a case that ended', () => {
    const { state, cases, pool } = queued(3, [0, 1, 2]);
    cases[0].status = CaseStatus.ended; // escalated before its turn
    cases[1].tasks[TASK_STATE] = TaskState.open; // reopened
    state.week = 1;
    interventions().step(state, () => 0.999);
    expect(cases.map(stateOf)).toEqual([TaskState.committed, TaskState.open, TaskState.delivering]);
    expect(state.slotsInUse[pool]).toBe(1);
  });

  it('stops a delivery whose case ended: no more hours, the slot is not freed twice', () => {
    const { state, cases, pool } = queued(1, [0]);
    state.week = 1;
    interventions().step(state, () => 0.999);
    expect(state.slotsInUse[pool]).toBe(1);
    cases[0].status = CaseStatus.ended; // as outcomes does on escalation, which also frees the slot
    state.slotsInUse[pool] = 0;
    state.usedHours[POLICE] = 0;
    for (state.week = 2; state.week <= 4; state.week++) interventions().step(state, () => 0.999);
    expect(state.usedHours[POLICE]).toBe(0);
    expect(state.slotsInUse[pool]).toBe(0);
    expect(state.deliveries.length).toBe(0);
  });
});
