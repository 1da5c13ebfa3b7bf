import { POWERS } from '../domains.js';
import { TASK_ORG, TASK_POWER } from './Case.js';
import type { SimulationState } from './SimulationState.js';

/**
 * The downstream slot pool of organisation `org` for power `power` (an index into `POWERS`):
 * its index in `params.slots` (places the partner offers) and `state.slotsInUse` (places
 * taken), both row-major organisation × power.
 *
 * @example
 * state.params.slots[slotPool(org, power)] - state.slotsInUse[slotPool(org, power)]; // free places
 */
export function slotPool(org: number, power: number): number {
  return org * POWERS.length + power;
}

/** The slot pool of the task at offset `k` of a case's `tasks`: its partner's pool for its power. */
export function taskPool(tasks: readonly number[], k: number): number {
  return slotPool(tasks[k + TASK_ORG], tasks[k + TASK_POWER]);
}

/** Gives back the slot held by the delivering task at offset `k` of `tasks` (its delivery ends, fails or stops). */
export function releaseSlot(state: SimulationState, tasks: readonly number[], k: number): void {
  state.slotsInUse[taskPool(tasks, k)]--;
}
