import { type Case, CaseStatus, TASK_STATE, TASK_TICKET } from './Case.js';

/**
 * An ordered list of references to tasks of cases: the committed tasks waiting for a
 * downstream slot (in the order they were committed) or the deliveries under way (in the
 * order they started). Mechanisms walk it front to back once a week and keep what they keep
 * with `move` and `truncate`.
 *
 * An entry names a case, the offset of the task in `c.tasks` and the ticket the task carried
 * when it was listed. It is current while the case is open, the task still carries that
 * ticket (`TASK_TICKET`) and the task is in the state the list is for (`isCurrent`). A task
 * that is reopened, delivered or replaced, or whose case ends, leaves a stale entry behind,
 * which a later walk drops: nobody has to find and remove it. This is what lets the
 * interventions mechanism visit only the tasks that wait or are being delivered, instead of
 * every task of every open case every week.
 *
 * Storage is four parallel lists (case, offset, ticket, slot pool) that never shrink;
 * entries past the end hold no case, so that ended cases are not kept alive.
 *
 * @example
 * const list = new TaskQueue();
 * list.push(c, 0 * TASK_FIELDS, c.tasks[TASK_TICKET], taskPool(c.tasks, 0));
 * list.isCurrent(0, TaskState.committed); // true while task 0 of c waits, committed
 */
export class TaskQueue {
  private readonly cases: (Case | null)[] = [];
  private readonly offsets: number[] = [];
  private readonly tickets: number[] = [];
  /** The downstream slot pool (`slotPool`) of each entry's task when it was listed. */
  private readonly pools: number[] = [];
  private count = 0;

  /** Number of entries, stale ones included. */
  get length(): number {
    return this.count;
  }

  /** Appends the task at offset `offset` of `c.tasks`, listed under `ticket`, in slot pool `pool`. */
  push(c: Case, offset: number, ticket: number, pool: number): void {
    const at = this.count++;
    this.cases[at] = c;
    this.offsets[at] = offset;
    this.tickets[at] = ticket;
    this.pools[at] = pool;
  }

  /** The case of entry `i` (0 is the front). */
  caseAt(i: number): Case {
    return this.cases[i]!;
  }

  /** The offset in `caseAt(i).tasks` of the task of entry `i`. */
  offsetAt(i: number): number {
    return this.offsets[i];
  }

  /**
   * The slot pool of entry `i` when it was listed: while the entry is current, the pool of its
   * task (a task that changes partner or power is reopened first, which makes the entry stale).
   */
  poolAt(i: number): number {
    return this.pools[i];
  }

  /** Whether entry `i` still stands for its task, and the task is in state `taskState`. */
  isCurrent(i: number, taskState: number): boolean {
    const c = this.cases[i]!;
    const k = this.offsets[i];
    return c.status !== CaseStatus.ended && c.tasks[k + TASK_TICKET] === this.tickets[i] && c.tasks[k + TASK_STATE] === taskState;
  }

  /** Moves entry `from` to position `to` (≤ `from`): for compacting the list in place while walking it. */
  move(from: number, to: number): void {
    if (from === to) return;
    this.cases[to] = this.cases[from];
    this.offsets[to] = this.offsets[from];
    this.tickets[to] = this.tickets[from];
    this.pools[to] = this.pools[from];
  }

  /** Keeps the first `count` entries and drops the rest. */
  truncate(count: number): void {
    for (let i = count; i < this.count; i++) this.cases[i] = null;
    this.count = count;
  }
}
