import { type Case, CaseStatus, TASK_STATE, TASK_TICKET } from './Case.js';

/**
 * An ordered list of references to tasks of cases: the waiting list of one downstream slot
 * pool (first come, first served) or the deliveries under way (in the order they started).
 *
 * An entry names a case, the offset of the task in `c.tasks` and the ticket the task carried
 * when it was listed. It is current while the case is open, the task still carries that
 * ticket (`TASK_TICKET`) and the task is in the state the list is for (`isCurrent`). A task
 * that is reopened, delivered or replaced, or whose case ends, leaves a stale entry behind,
 * and stale entries are dropped when the list reaches them: nobody has to find and remove
 * them. This is what lets the interventions mechanism visit only the tasks that wait at a
 * free slot or are being delivered, instead of every task of every open case every week.
 *
 * Entries are kept in three parallel lists between `head` and `tail`. The lists never shrink:
 * dropping the front moves `head`, truncating moves `tail`, and storage past `tail` is
 * overwritten by later entries (shrinking and regrowing JS arrays every week had made the
 * garbage collector's share of a Top600 run triple). The live part is moved to the start once
 * more than half of the storage lies before `head`.
 *
 * @example
 * const queue = new TaskQueue();
 * queue.push(c, 0 * TASK_FIELDS, c.tasks[TASK_TICKET]);
 * queue.isCurrent(0, TaskState.committed); // true while task 0 of c waits, committed
 */
export class TaskQueue {
  private readonly cases: Case[] = [];
  private readonly offsets: number[] = [];
  private readonly tickets: number[] = [];
  private head = 0;
  private tail = 0;

  /** Number of entries, stale ones included. */
  get length(): number {
    return this.tail - this.head;
  }

  /** Appends the task at offset `offset` of `c.tasks`, listed under `ticket`. */
  push(c: Case, offset: number, ticket: number): void {
    const at = this.tail++;
    this.cases[at] = c;
    this.offsets[at] = offset;
    this.tickets[at] = ticket;
  }

  /** The case of entry `i` (0 is the front). */
  caseAt(i: number): Case {
    return this.cases[this.head + i];
  }

  /** The offset in `caseAt(i).tasks` of the task of entry `i`. */
  offsetAt(i: number): number {
    return this.offsets[this.head + i];
  }

  /** Whether entry `i` still stands for its task, and the task is in state `taskState`. */
  isCurrent(i: number, taskState: number): boolean {
    const at = this.head + i;
    const c = this.cases[at];
    const k = this.offsets[at];
    return c.status !== CaseStatus.ended && c.tasks[k + TASK_TICKET] === this.tickets[at] && c.tasks[k + TASK_STATE] === taskState;
  }

  /** Drops the front entry. */
  shift(): void {
    this.head++;
    if (this.head === this.tail) this.head = this.tail = 0;
    else if (this.head >= COMPACT_FROM && 2 * this.head > this.tail) this.compact();
  }

  /** Moves entry `from` to position `to` (≤ `from`): for compacting the list in place while walking it. */
  move(from: number, to: number): void {
    if (from === to) return;
    const a = this.head + from;
    const b = this.head + to;
    this.cases[b] = this.cases[a];
    this.offsets[b] = this.offsets[a];
    this.tickets[b] = this.tickets[a];
  }

  /** Keeps the first `count` entries and drops the rest. */
  truncate(count: number): void {
    this.tail = this.head + count;
    if (count === 0) this.head = this.tail = 0;
  }

  /** Moves the entries to the start of the storage. */
  private compact(): void {
    const count = this.length;
    for (let i = 0; i < count; i++) {
      this.cases[i] = this.cases[this.head + i];
      this.offsets[i] = this.offsets[this.head + i];
      this.tickets[i] = this.tickets[this.head + i];
    }
    this.head = 0;
    this.tail = count;
  }
}

/** Dropped front entries from which `shift` compacts the lists. */
const COMPACT_FROM = 32;
