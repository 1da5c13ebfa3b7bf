import { describe, expect, it } from 'vitest';
import { capacity } from '../../../src/model/mechanisms/capacity.js';
import { astrayProbability, caseFit, commitProbability, conference, CONFLICT_LOSS, FIT_FLOOR, REFUSAL_LOSS } from '../../../src/model/mechanisms/conference.js';
import { frameFit } from '../../../src/model/frameFit.js';
import { domainIndex, POWERS } from '../../../src/model/domains.js';
import { CaseStatus, TASK_FIT, TASK_ORG, TASK_STATE, taskField, TaskState } from '../../../src/model/state/Case.js';
import type { SimulationState } from '../../../src/model/state/SimulationState.js';
import { bareCase, binomialSd, makeState, scripted, setTaskField, small } from '../helpers.js';

const ENFORCE = POWERS.indexOf('enforce');
const CARE_POWER = POWERS.indexOf('care');

function recognisedCases(count: number, patch = {}) {
  const { state, rng } = makeState(small(patch), 9);
  capacity().step(state, rng);
  for (let k = 0; k < count; k++) state.open.push(bareCase(state, [ENFORCE, CARE_POWER], CaseStatus.recognised));
  return { state, rng };
}

describe('conference', () => {
  it('commitProbability = (FIT_FLOOR + (1 − FIT_FLOOR)·fit)(½ + ½trust)(½ + ½·min(1, alignment))·time, fit bridged by chair and delegate, trust = ½ tie(chair, delegate) + ½ T[partner][owner]', () => {
    expect(FIT_FLOOR).toBe(0.2);
    const { state } = recognisedCases(1, { preconditions: { politicalUrgency: 0.6 } });
    const c = state.open[0];
    c.label = 0.7;
    const n = state.params.orgCount;
    const care = 3;
    const chair = state.workforce.seatsOf[0][0];
    const delegate = state.workforce.seatsOf[care][1];
    state.ties.set(chair, delegate, 0.6, state.week);
    state.workforce.hiredWeek.fill(-1e6); // familiarity 1 within 1e-8
    state.workforce.perspective[chair] = 0.4;
    state.workforce.experience[chair] = 1 << domainIndex('care'); // has worked in care
    state.workforce.perspective[delegate] = 0;
    state.workforce.experience[delegate] = 0;
    state.trust[care * n + 0] = 0.35;
    state.urgency = 0.6;
    state.narrative.breadth = 0.4;
    state.capacityHours[care] = 10;
    state.usedHours[care] = 5;
    // bridged = translation(0.4, true, true) = 0.24 + 0.4 = 0.64 (the delegate adds nothing):
    // d = 0.5 · 0.36 = 0.18, z = 0.45, fit = exp(−0.10125)
    const fit = Math.exp(-0.5 * 0.45 * 0.45);
    expect(caseFit(state, c, care, chair, delegate)).toBeCloseTo(fit, 8);
    expect(fit).toBeCloseTo(frameFit(0.2, 0.7, 0.4, 0.64), 15);
    const trust = 0.5 * 0.6 + 0.5 * 0.35;
    const a = 0.35; // care's default goal alignment
    const alignment = a + (1 - a) * (0.4 * 0.6 + 0.3 * 1); // nao: brokerage 1
    const time = 0.2 + 0.8 * 0.5;
    const expected = (0.2 + 0.8 * fit) * (0.5 + 0.5 * trust) * (0.5 + 0.5 * alignment) * time;
    expect(commitProbability(state, c, care, chair, delegate)).toBeCloseTo(expected, 8);
    // a tie passed in (a brokered one) replaces the looked-up tie
    const brokered = (0.2 + 0.8 * fit) * (0.5 + 0.5 * (0.5 * 0.1 + 0.5 * 0.35)) * (0.5 + 0.5 * alignment) * time;
    expect(commitProbability(state, c, care, chair, delegate, 0.1)).toBeCloseTo(brokered, 8);
    // the owner itself trusts itself fully
    c.owner = care;
    const own = (0.2 + 0.8 * fit) * 1 * (0.5 + 0.5 * alignment) * time;
    expect(commitProbability(state, c, care, chair, delegate)).toBeCloseTo(own, 8);
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
    astray.state.workforce.perspective.fill(0); // no chair knows any partner: P = 1 · (1 − 0)
    astray.state.workforce.experience.fill(0);
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

  it('stores the commitment’s fit (the bridged frame fit) in the task', () => {
    const { state, rng } = recognisedCases(200, { preconditions: { regie: 1 }, network: { coordinatorCapacity: 1000 } });
    state.params.conflictProbability = 0;
    state.params.astrayProbability = 0;
    state.workforce.perspective.fill(0); // nothing bridged: fit = frameFit(frame, label, breadth, 0)
    state.workforce.experience.fill(0);
    state.narrative.breadth = 0.5;
    for (const c of state.open) c.label = 0.5;
    state.week = 2;
    conference().step(state, rng);
    // police (frame 0.9): exp(−½ · 0.8²); care (frame 0.2): exp(−½ · 0.6²)
    const expected: Record<number, number> = { 1: Math.exp(-0.32), 3: Math.exp(-0.18) };
    let committed = 0;
    for (const c of state.open) {
      const states = taskField(c, TASK_STATE);
      const orgs = taskField(c, TASK_ORG);
      const fits = taskField(c, TASK_FIT);
      for (let t = 0; t < states.length; t++) {
        if (states[t] !== TaskState.committed) expect(fits[t]).toBe(0);
        else {
          committed++;
          expect(fits[t]).toBeCloseTo(expected[orgs[t]], 15);
        }
      }
    }
    expect(committed).toBeGreaterThan(0);
  });
});

describe('astrayProbability', () => {
  it('is astray · (1 − familiarity_chair · translation(chair toward the partner))', () => {
    const { state } = makeState(small());
    const chair = state.workforce.seatsOf[0][0];
    const w = state.workforce;
    state.params.astrayProbability = 0.3;
    state.week = 50;
    w.hiredWeek[chair] = 50; // first day: familiarity 0.3
    w.perspective[chair] = 0.5;
    w.experience[chair] = 1 << domainIndex('care');
    // toward care: 0.3 · (0.3 + 0.2 + 0.2) = 0.21, P = 0.3 · 0.79
    expect(astrayProbability(state, chair, 3)).toBeCloseTo(0.237, 15);
    // toward police (experience elsewhere): 0.3 · 0.5 = 0.15, P = 0.3 · 0.85
    expect(astrayProbability(state, chair, 1)).toBeCloseTo(0.255, 15);
    // after 26 weeks: familiarity 1 − 0.7/e = 0.74248439118
    w.hiredWeek[chair] = 24;
    expect(astrayProbability(state, chair, 3)).toBeCloseTo(0.3 * (1 - 0.74248439118 * 0.7), 10);
    // a veteran with full translation toward the partner sends nothing astray; nobody knowing anything: the network's rate
    w.hiredWeek[chair] = -1e6; // familiarity 1 within 1e-8
    w.perspective[chair] = 1;
    expect(astrayProbability(state, chair, 3)).toBeCloseTo(0, 8);
    w.perspective[chair] = 0;
    w.experience[chair] = 0;
    expect(astrayProbability(state, chair, 3)).toBe(0.3);
  });

  it('is drawn after the partner is picked: a chair who knows the partner keeps the request on track', () => {
    const { state, rng } = recognisedCases(50, { preconditions: { regie: 1 }, network: { coordinatorCapacity: 1000 } });
    const w = state.workforce;
    state.params.conflictProbability = 0;
    state.params.astrayProbability = 1;
    w.hiredWeek.fill(-1e6);
    for (const chair of w.seatsOf[0]) {
      w.perspective[chair] = 1;
      w.experience[chair] = 1 << domainIndex('security'); // translation 1 toward police, 0.8 toward care
    }
    state.week = 2;
    conference().step(state, rng);
    // enforce (police) never goes astray; care goes astray with probability 0.2
    const astray = state.open.map((c) => taskField(c, TASK_STATE));
    expect(astray.every((s) => s[0] !== TaskState.astray)).toBe(true);
    const careAstray = astray.filter((s) => s[1] === TaskState.astray).length;
    expect(state.thisWeek.astray).toBe(careAstray);
    expect(careAstray).toBeGreaterThan(0);
    expect(Math.abs(careAstray - 50 * 0.2)).toBeLessThan(4 * binomialSd(50, 0.2));
  });
});

/** A coordinated network with fixed case directors, one case in conference that partners keep refusing. */
function withDirectors(caseDirector: boolean) {
  const { state, rng } = makeState(small({ preconditions: { regie: 1 }, network: { caseDirector } }), 5);
  for (let seat = 0; seat < state.workforce.org.length; seat++) state.ties.turnOver(seat, 0, 0, 0, rng);
  capacity().step(state, rng);
  state.params.conflictProbability = 0;
  state.params.astrayProbability = 0;
  state.params.followUp = 1;
  const c = bareCase(state, [ENFORCE, CARE_POWER], CaseStatus.recognised);
  state.open.push(c);
  return { state, rng, c };
}

/** Holds a meeting at `week` in which every partner refuses (no time), so the case stays in conference. */
function meetAt(state: SimulationState, rng: () => number, week: number) {
  state.week = week;
  capacity().step(state, rng);
  state.capacityHours.fill(0);
  conference().step(state, rng);
}

describe('case directors', () => {
  it('with network.caseDirector, the same director chairs every discussion of a case while in post', () => {
    const { state, rng, c } = withDirectors(true);
    const office = state.workforce.seatsOf[0];
    expect(office).toHaveLength(2);
    expect(c.director).toBe(-1);
    meetAt(state, rng, 2);
    expect(c.status).toBe(CaseStatus.conference);
    const director = c.director;
    expect(office).toContain(director);
    expect(c.directorSince).toBe(2);
    // the director chaired: they met the delegates, the other office professional met nobody
    const other = office.find((s) => s !== director)!;
    expect(state.ties.tiesOf(director).length).toBeGreaterThan(0);
    expect(state.ties.tiesOf(other)).toHaveLength(0);
    for (const week of [4, 6, 8, 10]) {
      meetAt(state, rng, week);
      expect(c.director).toBe(director);
      expect(c.directorSince).toBe(2);
      expect(state.ties.tiesOf(other)).toHaveLength(0);
    }
  });

  it('assigns a new director when the director has left, and treats a successor in the seat as a new director', () => {
    const { state, rng, c } = withDirectors(true);
    const w = state.workforce;
    const office = w.seatsOf[0];
    meetAt(state, rng, 2);
    const first = c.director;
    const second = office.find((s) => s !== first)!;
    w.present[first] = 0; // the director leaves
    meetAt(state, rng, 4);
    expect(c.director).toBe(second); // the only one present
    expect(c.directorSince).toBe(4);
    expect(state.ties.tiesOf(second).length).toBeGreaterThan(0);
    // the second director leaves and a successor takes the seat at week 5; the first seat is filled again too
    w.hiredWeek[second] = 5;
    w.present[first] = 1;
    w.hiredWeek[first] = 5;
    meetAt(state, rng, 6);
    expect(office).toContain(c.director);
    expect(c.directorSince).toBe(6);
    const third = c.director;
    meetAt(state, rng, 8);
    expect(c.director).toBe(third);
    expect(c.directorSince).toBe(6);
  });

  it('without network.caseDirector, leaves the case without a director', () => {
    const { state, rng, c } = withDirectors(false);
    for (const week of [2, 4, 6]) meetAt(state, rng, week);
    expect(c.status).toBe(CaseStatus.conference);
    expect(c.director).toBe(-1);
  });
});
