import type { Rng } from '../../random/rng.js';
import { POWERS } from '../domains.js';
import type { Mechanism } from '../Mechanism.js';
import { type Case, CaseStatus, TASK_FIELDS, TASK_ORG, TASK_POWER, TASK_STATE, TASK_UNTIL, TaskState } from '../state/Case.js';
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
    const p = state.params;
    const volatility = p.volatility;
    const slots = p.slots;
    const slotsInUse = state.slotsInUse;
    const usedHours = state.usedHours;
    const capacityHours = state.capacityHours;
    const week = state.week;
    const { deliveryHours, deliveryWeeks } = state.scenario.parameters;
    const open = state.open;
    for (let q = 0; q < open.length; q++) {
      const c = open[q];
      if (c.status < CaseStatus.conference) continue;
      // Deliver: start committed tasks that find a free slot, then advance delivering ones.
      const tasks = c.tasks;
      for (let k = 0; k < tasks.length; k += TASK_FIELDS) {
        const org = tasks[k + TASK_ORG];
        if (org < 0) continue;
        const slot = org * POWERS.length + tasks[k + TASK_POWER];
        let taskState = tasks[k + TASK_STATE];
        if (taskState === TaskState.committed && slotsInUse[slot] < slots[slot]) {
          slotsInUse[slot]++;
          taskState = tasks[k + TASK_STATE] = TaskState.delivering;
          tasks[k + TASK_UNTIL] = week + deliveryWeeks;
        }
        if (taskState !== TaskState.delivering) continue;
        const used = (usedHours[org] += deliveryHours);
        const cap = capacityHours[org];
        const overload = cap <= 0 ? 1 : Math.max(0, used - cap) / used;
        if (overload > 0 && rng() < 0.5 * overload) {
          breach(state, c, k);
        } else if (week >= tasks[k + TASK_UNTIL]) {
          slotsInUse[slot]--;
          tasks[k + TASK_STATE] = TaskState.delivered;
        }
      }
      if (rng() < volatility) changeNeeds(state, c, rng);
    }
  },
};

/** The partner delivering the task at offset `k` of `c.tasks` fails to deliver it. */
function breach(state: SimulationState, c: Case, k: number): void {
  const org = c.tasks[k + TASK_ORG];
  state.slotsInUse[org * POWERS.length + c.tasks[k + TASK_POWER]]--;
  c.tasks[k + TASK_STATE] = TaskState.open;
  c.tasks[k + TASK_ORG] = -1;
  c.status = CaseStatus.conference;
  state.thisWeek.breaches++;
  for (const other of c.involved) queueTrust(state, other, org, -1);
}

/**
 * The case's needs change: a task not yet delivered, chosen uniformly, gets a power of the
 * type's pool that the case does not require yet, chosen uniformly, and reopens.
 */
function changeNeeds(state: SimulationState, c: Case, rng: Rng): void {
  const pool = state.params.casePowers[c.type];
  const tasks = c.tasks;
  let unused = 0;
  for (const power of pool) if (!requires(c, power)) unused++;
  let undelivered = 0;
  for (let k = TASK_STATE; k < tasks.length; k += TASK_FIELDS) if (tasks[k] !== TaskState.delivered) undelivered++;
  if (unused === 0 || undelivered === 0) return;
  const k = nthTask(c, Math.floor(rng() * undelivered));
  const power = nthUnused(c, pool, Math.floor(rng() * unused));
  if (tasks[k + TASK_STATE] === TaskState.delivering) state.slotsInUse[tasks[k + TASK_ORG] * POWERS.length + tasks[k + TASK_POWER]]--;
  tasks[k + TASK_POWER] = power;
  tasks[k + TASK_STATE] = TaskState.open;
  tasks[k + TASK_ORG] = -1;
  c.status = CaseStatus.conference;
}

/** Whether case `c` requires `power`. */
function requires(c: Case, power: number): boolean {
  for (let k = TASK_POWER; k < c.tasks.length; k += TASK_FIELDS) if (c.tasks[k] === power) return true;
  return false;
}

/** Offset in `c.tasks` of the `n`-th (0-based) task not yet delivered. */
function nthTask(c: Case, n: number): number {
  for (let k = 0; k < c.tasks.length; k += TASK_FIELDS) if (c.tasks[k + TASK_STATE] !== TaskState.delivered && n-- === 0) return k;
  return -1;
}

/** The `n`-th (0-based) power of `pool` that case `c` does not require. */
function nthUnused(c: Case, pool: number[], n: number): number {
  for (const power of pool) if (!requires(c, power) && n-- === 0) return power;
  return -1;
}
