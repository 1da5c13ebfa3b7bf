import { type Case, TASK_FIT, TASK_ORG, TASK_STATE, TASK_TICKET, TaskState } from './Case.js';
import type { SimulationState } from './SimulationState.js';
import { taskPool } from './slotPool.js';

/**
 * Partner `org` commits to the task at offset `k` of `c.tasks` with a contribution of fit `fit`
 * (`TASK_FIT`, default 1): the task becomes committed and joins the end of the waiting list (`state.waiting`) under a new ticket. The
 * interventions mechanism starts waiting tasks first come, first served as slots of their
 * partner and power free up. A mechanism that commits partners to tasks must do so through
 * this function: a task marked committed by hand is never delivered.
 *
 * @example
 * commitTask(state, c, 0 * TASK_FIELDS, police);
 * c.tasks[TASK_STATE]; // TaskState.committed
 */
export function commitTask(state: SimulationState, c: Case, k: number, org: number, fit = 1): void {
  const tasks = c.tasks;
  tasks[k + TASK_STATE] = TaskState.committed;
  tasks[k + TASK_ORG] = org;
  tasks[k + TASK_FIT] = fit;
  const ticket = ++state.lastTicket;
  tasks[k + TASK_TICKET] = ticket;
  state.waiting.push(c, k, ticket, taskPool(tasks, k));
}
