import { describe, expect, it } from 'vitest';
import { capacity } from '../../../src/model/mechanisms/capacity.js';
import { commitProbability, conference, CONFLICT_LOSS, REFUSAL_LOSS } from '../../../src/model/mechanisms/conference.js';
import { frameFit, translation } from '../../../src/model/frameFit.js';
import { POWERS } from '../../../src/model/domains.js';
import { CaseStatus, TASK_ORG, TASK_STATE, taskField, TaskState } from '../../../src/model/state/Case.js';
import { bareCase, makeState, scripted, setTaskField, small } from '../helpers.js';

const ENFORCE = POWERS.indexOf('enforce');
const CARE_POWER = POWERS.indexOf('care');

function recognisedCases(count: number, patch = {}) {
  const { state, rng } = makeState(small(patch), 9);
  capacity().step(state, rng);
  for (let k = 0; k < count; k++) state.open.push(bareCase(state, [ENFORCE, CARE_POWER], CaseStatus.recognised));
  return { state, rng };
}

describe('conference', () => {
  it('commitProbability = (½ + ½fit)(½ + ½trust)(½ + ½·min(1, alignment))·time, trust = ½ tie(chair, delegate) + ½ T[partner][owner]', () => {
    const { state } = recognisedCases(1, { preconditions: { politicalUrgency: 0.6 } });
    const c = state.open[0];
    c.label = 0.7;
    const n = state.params.orgCount;
    const care = 3;
    const chair = state.workforce.seatsOf[0][0];
    const delegate = state.workforce.seatsOf[care][1];
    state.ties.set(chair, delegate, 0.6, state.week);
    state.workforce.perspective[chair] = 0.4;
    state.workforce.experience[chair] = 1 << 3; // has worked in care
    state.trust[care * n + 0] = 0.35;
    state.urgency = 0.6;
    state.capacityHours[care] = 10;
    state.usedHours[care] = 5;
    const fit = frameFit(0.2, 0.7, state.narrative.breadth, translation(0.4, true, true));
    const trust = 0.5 * 0.6 + 0.5 * 0.35;
    const a = 0.35; // care's default goal alignment
    const alignment = a + (1 - a) * (0.4 * 0.6 + 0.3 * 1); // nao: brokerage 1
    const time = 0.2 + 0.8 * 0.5;
    expect(commitProbability(state, c, care, chair, delegate)).toBeCloseTo((0.5 + 0.5 * fit) * (0.5 + 0.5 * trust) * (0.5 + 0.5 * alignment) * time, 15);
    // the owner itself trusts itself fully
    c.owner = care;
    const own = (0.5 + 0.5 * fit) * 1 * (0.5 + 0.5 * alignment) * time;
    expect(commitProbability(state, c, care, chair, delegate)).toBeCloseTo(own, 15);
  });

  it('meets every meetingInterval weeks (stretched by low regie) and discusses up to its capacity', () => {
    // regie 1: interval 2 × (2 − 1) = 2, capacity 3 a week × 2 weeks × (0.3 + 0.7) = 6 places
    const { state, rng } = recognisedCases(10, { preconditions: { regie: 1 }, network: { coordinatorCapacity: 3 } });
    expect(state.params.meetingInterval).toBe(2);
    expect(state.params.conferenceCapacity).toBeCloseTo(6, 14);
    state.week = 1;
    conference().step(state, rng);
    expect(state.open.every((c) => c.status === CaseStatus.recognised)).toBe(true);
    state.week = 2;
    conference().step(state, rng);
    expect(state.open.filter((c) => c.status !== CaseStatus.recognised)).toHaveLength(6);
    expect(state.open.slice(0, 6).every((c) => c.conferenceWeek === 2)).toBe(true);
    const low = makeState(small({ preconditions: { regie: 0 }, network: { meetingInterval: 3, coordinatorCapacity: 3 } })).state;
    expect(low.params.meetingInterval).toBe(6);
    expect(low.params.conferenceCapacity).toBeCloseTo(3 * 6 * 0.3, 14);
  });

  it('commits when the draw is below the commit probability, and a refusal costs the owner\'s trust in the partner', () => {
    const { state, rng } = recognisedCases(300, { preconditions: { regie: 1 }, network: { coordinatorCapacity: 1000 } });
    state.params.conflictProbability = 0;
    state.params.astrayProbability = 0;
    state.week = 2;
    conference().step(state, rng);
    const accepted = state.thisWeek.accepted.reduce((a, b) => a + b, 0);
    const refused = state.thisWeek.refused.reduce((a, b) => a + b, 0);
    expect(accepted + refused).toBe(600);
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
    const { from, to, weight } = state.trustEvents.toArrays();
    expect(from).toHaveLength(refused);
    expect(from.every((f) => f === 0)).toBe(true);
    expect(to.every((t) => t === 1 || t === 3)).toBe(true);
    expect(weight.every((w) => w === -REFUSAL_LOSS)).toBe(true);
    for (const c of state.open) {
      const states = taskField(c, TASK_STATE);
      const done = states.every((s) => s === TaskState.committed);
      expect(c.status).toBe(done ? CaseStatus.intervention : CaseStatus.conference);
      for (let t = 0; t < 2; t++) if (states[t] === TaskState.committed) expect(c.involved).toContain(taskField(c, TASK_ORG)[t]);
      if (c.involved.length > 0) expect(c.involved).toContain(0);
    }
  });

  it('sends every request astray at astrayProbability 1 and commits nothing in a procedural conflict', () => {
    const astray = recognisedCases(5, { preconditions: { regie: 1 } });
    astray.state.params.conflictProbability = 0;
    astray.state.params.astrayProbability = 1;
    astray.state.week = 2;
    conference().step(astray.state, astray.rng);
    expect(astray.state.thisWeek.astray).toBe(10);
    expect(astray.state.open.every((c) => taskField(c, TASK_STATE).every((s) => s === TaskState.astray))).toBe(true);

    const conflict = recognisedCases(1, { preconditions: { regie: 1 } });
    const c = conflict.state.open[0];
    c.status = CaseStatus.conference;
    setTaskField(c, TASK_STATE, [TaskState.committed, TaskState.open]);
    setTaskField(c, TASK_ORG, [1, -1]);
    c.involved = [1, 0];
    conflict.state.params.conflictProbability = 1;
    conflict.state.params.followUp = 1;
    conflict.state.week = 2;
    conference().step(conflict.state, conflict.rng);
    expect(conflict.state.thisWeek.conflicts).toBe(1);
    expect(taskField(c, TASK_STATE)).toEqual([TaskState.committed, TaskState.open]);
    expect(conflict.state.trustEvents.toArrays()).toEqual({ from: [0, 1], to: [1, 0], weight: [-CONFLICT_LOSS, -CONFLICT_LOSS] });
  });

  it('in a shared network takes up each recognised case with the initiative probability', () => {
    const { state } = recognisedCases(4, { network: { form: 'shared', lead: undefined } });
    expect(state.params.coordinator).toBe(-1);
    for (const c of state.open) c.owner = 1;
    state.week = 1;
    const p = state.params.initiative;
    // draws: above the initiative chance for case 0 skips it; below for case 1 discusses it
    conference().step(state, scripted(p + 1e-9, p - 1e-9, 0, 0.999, 0.999, 0.999, 0.999, 0.999, 0.999, 0.999));
    expect(state.open[0].status).toBe(CaseStatus.recognised);
    expect(state.open[1].status).toBe(CaseStatus.conference);
  });
});
