import { describe, expect, it } from 'vitest';
import { capacity } from '../../../src/model/mechanisms/capacity.js';
import { interventions } from '../../../src/model/mechanisms/interventions.js';
import { POWERS } from '../../../src/model/domains.js';
import { CaseStatus, TASK_ORG, TASK_POWER, TASK_STATE, TASK_UNTIL, taskField, TaskState } from '../../../src/model/state/Case.js';
import { bareCase, makeState, scripted, setTaskField, small } from '../helpers.js';

const ENFORCE = POWERS.indexOf('enforce');
const SUPPORT = POWERS.indexOf('support');
const POLICE = 1;
const MUNICIPALITY = 2;

function committedCase(patch = {}) {
  const { state, rng } = makeState(small({ phenomena: { volatility: 0 }, ...patch }), 2);
  capacity.step(state, rng);
  const c = bareCase(state, [ENFORCE, SUPPORT], CaseStatus.intervention);
  setTaskField(c, TASK_STATE, [TaskState.committed, TaskState.committed]);
  setTaskField(c, TASK_ORG, [POLICE, MUNICIPALITY]);
  c.involved = [POLICE, MUNICIPALITY, 0];
  state.open.push(c);
  return { state, rng, c };
}

describe('interventions', () => {
  it('delivers each committed task for deliveryWeeks holding one slot, spending deliveryHours a week', () => {
    const { state, c } = committedCase({ parameters: { deliveryWeeks: 3, deliveryHours: 2 } });
    const never = () => 0.999;
    state.week = 10;
    interventions.step(state, never);
    expect(taskField(c, TASK_STATE)).toEqual([TaskState.delivering, TaskState.delivering]);
    expect(taskField(c, TASK_UNTIL)).toEqual([13, 13]);
    expect(state.slotsInUse[POLICE * POWERS.length + ENFORCE]).toBe(1);
    expect(state.usedHours[POLICE]).toBe(2);
    for (state.week = 11; state.week <= 13; state.week++) interventions.step(state, never);
    expect(taskField(c, TASK_STATE)).toEqual([TaskState.delivered, TaskState.delivered]);
    expect(state.slotsInUse[POLICE * POWERS.length + ENFORCE]).toBe(0);
  });

  it('waits for a free downstream slot', () => {
    const { state, c } = committedCase();
    state.slotsInUse[POLICE * POWERS.length + ENFORCE] = state.params.slots[POLICE * POWERS.length + ENFORCE];
    state.week = 1;
    interventions.step(state, () => 0.999);
    expect(taskField(c, TASK_STATE)).toEqual([TaskState.committed, TaskState.delivering]);
  });

  it('breaches an overloaded delivery with probability ½ · overload share: task reopened, slot freed, trust lost', () => {
    const { state, c } = committedCase();
    state.capacityHours[POLICE] = 0; // overload share 1: breach when the draw is below 0.5
    state.week = 1;
    interventions.step(state, scripted(0.49, 0.999));
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
    interventions.step(state, scripted(0)); // no overload, so no breach draw; volatility draw, then task 0, then the pool's first other power
    expect(taskField(c, TASK_STATE)[0]).toBe(TaskState.open);
    expect(taskField(c, TASK_POWER)[0]).not.toBe(ENFORCE);
    expect(state.params.casePowers[0]).toContain(taskField(c, TASK_POWER)[0]);
    expect(taskField(c, TASK_POWER)[1]).toBe(SUPPORT);
    expect(c.status).toBe(CaseStatus.conference);
    expect(state.slotsInUse[POLICE * POWERS.length + ENFORCE]).toBe(0);
  });
});
