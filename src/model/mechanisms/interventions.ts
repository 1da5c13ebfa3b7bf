import type { Rng } from '../../random/rng.js';
import type { Mechanism } from '../Mechanism.js';
import { type Case, CaseStatus, TASK_FIELDS, TASK_ORG, TASK_POWER, TASK_STATE, TASK_TICKET, TASK_UNTIL, TaskState } from '../state/Case.js';
import { positionsByStatus } from '../state/positionsByStatus.js';
import { releaseSlot } from '../state/slotPool.js';
import type { SimulationState } from '../state/SimulationState.js';
import { queueTrust } from './trust.js';

/**
 * Step 7, interventions. Each week, in this order:
 *
 * 1. Needs change: with probability `volatility` an active case (status conference or later)
 *    has one undelivered required power replaced by another from its type's pool
 *    (changeable problems); the task reopens and a slot it held is freed.
 * 2. Deliveries under way, in the order they started, spend `deliveryHours` of their
 *    partner's network time. A partner whose hours are overrun breaches a delivery with
 *    probability ½ · overload share: the task reopens, the slot is freed, and every other
 *    partner involved (and the owner) loses trust in it. A delivery that has held its slot
 *    for `deliveryWeeks` is delivered and frees the slot.
 * 3. Committed tasks wait for a free downstream slot (treatment place, housing, ...) of
 *    their partner and power on the waiting list, in the order they were committed
 *    (`commitTask`): each free slot goes to the longest-waiting task for it. A delivery that
 *    starts spends this week's hours and faces the breach draw at once, so a slot freed in
 *    step 2 serves the next task in the same week.
 */
export function interventions(): Mechanism {
  /** Positions of active cases in `state.open` (reused every week). */
  const active: number[] = [];
  return {
    name: 'interventions',
    step(state, rng) {
      changeNeedsOfActiveCases(state, rng, active);
      advanceDeliveries(state, rng);
      startWaitingTasks(state, rng);
    },
  };
}

/** Step 1: each active case's needs change with probability `volatility`. `active` is scratch space. */
function changeNeedsOfActiveCases(state: SimulationState, rng: Rng, active: number[]): void {
  const volatility = state.params.volatility;
  const open = state.open;
  const count = positionsByStatus(open, CaseStatus.conference, CaseStatus.intervention, active);
  for (let i = 0; i < count; i++) if (rng() < volatility) changeNeeds(state, open[active[i]], rng);
}

/** Step 2: every delivery under way spends its hours, may be breached, and ends when due. */
function advanceDeliveries(state: SimulationState, rng: Rng): void {
  const deliveries = state.deliveries;
  const count = deliveries.length;
  let kept = 0;
  for (let i = 0; i < count; i++) {
    if (!deliveries.isCurrent(i, TaskState.delivering)) continue;
    if (advance(state, deliveries.caseAt(i), deliveries.offsetAt(i), rng)) deliveries.move(i, kept++);
  }
  deliveries.truncate(kept);
}

/**
 * Step 3: free slots go to waiting tasks in the order they were committed. One walk over the
 * waiting list serves every slot pool first come, first served: a task that finds its pool
 * full stays, in its place, and no later task of that pool can start in this walk either.
 */
function startWaitingTasks(state: SimulationState, rng: Rng): void {
  const slots = state.params.slots;
  const slotsInUse = state.slotsInUse;
  const deliveryWeeks = state.scenario.parameters.deliveryWeeks;
  const waiting = state.waiting;
  const count = waiting.length;
  let kept = 0;
  for (let i = 0; i < count; i++) {
    // A task whose pool is full waits on without a look at its case (a stale entry with it
    // waits too, and is dropped once its pool has room).
    const pool = waiting.poolAt(i);
    if (slotsInUse[pool] >= slots[pool]) {
      waiting.move(i, kept++);
      continue;
    }
    if (!waiting.isCurrent(i, TaskState.committed)) continue;
    const c = waiting.caseAt(i);
    const k = waiting.offsetAt(i);
    const tasks = c.tasks;
    slotsInUse[pool]++;
    tasks[k + TASK_STATE] = TaskState.delivering;
    tasks[k + TASK_UNTIL] = state.week + deliveryWeeks;
    state.deliveries.push(c, k, tasks[k + TASK_TICKET], pool);
    advance(state, c, k, rng);
  }
  waiting.truncate(kept);
}

/**
 * One week of the delivery of the task at offset `k` of `c.tasks`: spends the hours, then
 * breaches or completes it. True while the delivery goes on.
 */
function advance(state: SimulationState, c: Case, k: number, rng: Rng): boolean {
  const tasks = c.tasks;
  const org = tasks[k + TASK_ORG];
  const used = (state.usedHours[org] += state.scenario.parameters.deliveryHours);
  const cap = state.capacityHours[org];
  const overload = cap <= 0 ? 1 : Math.max(0, used - cap) / used;
  if (overload > 0 && rng() < 0.5 * overload) {
    breach(state, c, k);
    return false;
  }
  if (state.week < tasks[k + TASK_UNTIL]) return true;
  releaseSlot(state, tasks, k);
  tasks[k + TASK_STATE] = TaskState.delivered;
  tasks[k + TASK_TICKET] = 0;
  return false;
}

/** The partner delivering the task at offset `k` of `c.tasks` fails to deliver it. */
function breach(state: SimulationState, c: Case, k: number): void {
  const org = c.tasks[k + TASK_ORG];
  releaseSlot(state, c.tasks, k);
  c.tasks[k + TASK_STATE] = TaskState.open;
  c.tasks[k + TASK_ORG] = -1;
  c.tasks[k + TASK_TICKET] = 0;
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
  const required = requiredPowers(c);
  let unused = 0;
  for (const power of pool) if (!((required >> power) & 1)) unused++;
  let undelivered = 0;
  for (let k = TASK_STATE; k < tasks.length; k += TASK_FIELDS) if (tasks[k] !== TaskState.delivered) undelivered++;
  if (unused === 0 || undelivered === 0) return;
  const k = nthTask(c, Math.floor(rng() * undelivered));
  const power = nthUnused(required, pool, Math.floor(rng() * unused));
  if (tasks[k + TASK_STATE] === TaskState.delivering) releaseSlot(state, tasks, k);
  tasks[k + TASK_POWER] = power;
  tasks[k + TASK_STATE] = TaskState.open;
  tasks[k + TASK_ORG] = -1;
  tasks[k + TASK_TICKET] = 0;
  c.status = CaseStatus.conference;
}

/** The powers case `c` requires, as a bit mask (bit p for `POWERS[p]`). */
function requiredPowers(c: Case): number {
  let mask = 0;
  for (let k = TASK_POWER; k < c.tasks.length; k += TASK_FIELDS) mask |= 1 << c.tasks[k];
  return mask;
}

/** Offset in `c.tasks` of the `n`-th (0-based) task not yet delivered. */
function nthTask(c: Case, n: number): number {
  for (let k = 0; k < c.tasks.length; k += TASK_FIELDS) if (c.tasks[k + TASK_STATE] !== TaskState.delivered && n-- === 0) return k;
  return -1;
}

/** The `n`-th (0-based) power of `pool` that is not in the bit mask `required`. */
function nthUnused(required: number, pool: number[], n: number): number {
  for (const power of pool) if (!((required >> power) & 1) && n-- === 0) return power;
  return -1;
}
