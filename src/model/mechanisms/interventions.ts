import type { Rng } from '../../random/rng.js';
import { POWERS } from '../domains.js';
import type { Mechanism } from '../Mechanism.js';
import { type Case, CaseStatus, TaskState } from '../state/Case.js';
import type { SimulationState } from '../state/SimulationState.js';
import { queueTrust } from './trust.js';

/**
 * Step 7, interventions. A committed partner starts delivering once it has a free downstream
 * slot for the power (treatment place, housing, ...) and holds it for `deliveryWeeks`,
 * spending `deliveryHours` of network time a week. A partner whose hours are overrun breaches
 * a delivery with probability ½ · overload share: the task reopens, the slot is freed, and
 * every other partner involved (and the owner) loses trust in it. With probability
 * `volatility` a week an active case's needs change: one undelivered required power is
 * replaced by another from its type's pool (changeable problems).
 */
export const interventions: Mechanism = {
  name: 'interventions',
  step(state, rng) {
    for (const c of state.open) {
      if (c.status < CaseStatus.conference) continue;
      deliver(state, c, rng);
      if (rng() < state.params.volatility) changeNeeds(state, c, rng);
    }
  },
};

function deliver(state: SimulationState, c: Case, rng: Rng): void {
  const p = state.params;
  const deliveryHours = state.scenario.parameters.deliveryHours;
  for (let t = 0; t < c.taskPower.length; t++) {
    const org = c.taskOrg[t];
    if (org < 0) continue;
    const slot = org * POWERS.length + c.taskPower[t];
    if (c.taskState[t] === TaskState.committed && state.slotsInUse[slot] < p.slots[slot]) {
      state.slotsInUse[slot]++;
      c.taskState[t] = TaskState.delivering;
      c.taskUntil[t] = state.week + state.scenario.parameters.deliveryWeeks;
    }
    if (c.taskState[t] !== TaskState.delivering) continue;
    state.usedHours[org] += deliveryHours;
    const cap = state.capacityHours[org];
    const overload = cap <= 0 ? 1 : Math.max(0, state.usedHours[org] - cap) / state.usedHours[org];
    if (overload > 0 && rng() < 0.5 * overload) {
      breach(state, c, t);
    } else if (state.week >= c.taskUntil[t]) {
      state.slotsInUse[slot]--;
      c.taskState[t] = TaskState.delivered;
    }
  }
}

/** Partner `c.taskOrg[t]` fails to deliver task `t`. */
function breach(state: SimulationState, c: Case, t: number): void {
  const org = c.taskOrg[t];
  state.slotsInUse[org * POWERS.length + c.taskPower[t]]--;
  c.taskState[t] = TaskState.open;
  c.taskOrg[t] = -1;
  c.status = CaseStatus.conference;
  state.thisWeek.breaches++;
  for (const other of c.involved) queueTrust(state, other, org, -1);
}

function changeNeeds(state: SimulationState, c: Case, rng: Rng): void {
  const pool = state.params.casePowers[c.type].filter((x) => !c.taskPower.includes(x));
  const undelivered: number[] = [];
  for (let t = 0; t < c.taskPower.length; t++) if (c.taskState[t] !== TaskState.delivered) undelivered.push(t);
  if (pool.length === 0 || undelivered.length === 0) return;
  const t = undelivered[Math.floor(rng() * undelivered.length)];
  if (c.taskState[t] === TaskState.delivering) state.slotsInUse[c.taskOrg[t] * POWERS.length + c.taskPower[t]]--;
  c.taskPower[t] = pool[Math.floor(rng() * pool.length)];
  c.taskState[t] = TaskState.open;
  c.taskOrg[t] = -1;
  c.status = CaseStatus.conference;
}
