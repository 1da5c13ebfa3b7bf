/** Case status codes, in the order a case normally moves through them. */
export const CaseStatus = {
  /** Signals exist but too few have been combined: nobody sees the case yet. */
  latent: 0,
  /** Enough signals combined; waiting for a case conference. */
  recognised: 1,
  /** Discussed; some required powers not yet committed. */
  conference: 2,
  /** Every required power committed; interventions under way. */
  intervention: 3,
  /** Resolved, closed without effect or escalated: the case has left `state.open`. */
  ended: 4,
} as const;

/** Task state codes for one required power of a case. */
export const TaskState = {
  /** Nobody committed yet. */
  open: 0,
  /** The request went astray (wrong partner, duplicate, nobody); waits for the next conference. */
  astray: 1,
  /** A partner committed and waits for a free downstream slot. */
  committed: 2,
  /** A partner is delivering, holding one slot until `taskUntil`. */
  delivering: 3,
  /** Delivered. */
  delivered: 4,
} as const;

/** Offset of a signal's holder organisation in `Case.signals` (signal k starts at `k · SIGNAL_FIELDS`). */
export const SIGNAL_ORG = 0;
/** Offset of a signal's holder (a seat) in `Case.signals`. */
export const SIGNAL_SEAT = 1;
/** Offset of the week the holder noticed the signal in `Case.signals`. */
export const SIGNAL_WEEK = 2;
/** Offset of the shared flag in `Case.signals`: 1 once passed to the owner (or held by the owner itself), else 0. */
export const SIGNAL_SHARED = 3;
/** Numbers per signal in `Case.signals`. */
export const SIGNAL_FIELDS = 4;

/** Offset of a task's power (index into `POWERS`) in `Case.tasks` (task t starts at `t · TASK_FIELDS`). */
export const TASK_POWER = 0;
/** Offset of a task's `TaskState` in `Case.tasks`. */
export const TASK_STATE = 1;
/** Offset of the organisation that committed to a task (−1 for none) in `Case.tasks`. */
export const TASK_ORG = 2;
/** Offset of the week a task's delivery ends in `Case.tasks`. */
export const TASK_UNTIL = 3;
/**
 * Offset in `Case.tasks` of the ticket of the task's entry on the waiting list or among the
 * deliveries under way (0 when it has none); see `TaskQueue` and `commitTask`.
 */
export const TASK_TICKET = 4;
/**
 * Offset in `Case.tasks` of the fit of the committed partner's contribution with the joint
 * approach: the frame fit, bridged by the chair and the delegate, at the time it committed
 * (0 while uncommitted).
 */
export const TASK_FIT = 5;
/** Numbers per task in `Case.tasks`. */
export const TASK_FIELDS = 6;

/**
 * A person or situation that needs a multi-agency approach (docs/model.md §2).
 *
 * Signals and tasks are stored flat, a fixed number of entries each (`SIGNAL_FIELDS`,
 * `TASK_FIELDS`), in one array per case rather than one array per field (a case lives for
 * months of simulated time; fewer long-lived arrays means less for the garbage collector to
 * copy). Append with `appendSignal` and `appendTask`; read a field at its named offset.
 *
 * @example
 * const c = state.open[0];
 * for (let t = 0; t < taskCount(c); t++) c.tasks[t * TASK_FIELDS + TASK_STATE]; // a TaskState
 */
export interface Case {
  id: number;
  /** 0 crime, 1 radicalisation, 2 both (index into `CASE_TYPES`). */
  type: number;
  /** Severity in [0, 1]; the case escalates when it reaches 1. */
  severity: number;
  /** How security-framed the network describes the case, on the frame axis, set at arrival. */
  label: number;
  status: number;
  arrivalWeek: number;
  recognisedWeek: number;
  conferenceWeek: number;
  /** The partner that took the initiative (shared networks), or the coordinator. */
  owner: number;
  /** The case's director (a seat of the owner) when the network has fixed directors, else −1. */
  director: number;
  /** Week the director took the case on (a later holder of the seat is not the director). */
  directorSince: number;
  /** The signals, `SIGNAL_FIELDS` numbers each (`SIGNAL_ORG`, `SIGNAL_SEAT`, …). */
  signals: number[];
  /**
   * Signals passed to the owner so far (including the owner's own): the number of signals whose
   * `SIGNAL_SHARED` flag is 1 (sharing relies on this to stop at the last unshared signal).
   */
  sharedCount: number;
  /**
   * The required powers, `TASK_FIELDS` numbers each (`TASK_POWER`, `TASK_STATE`, …). A task
   * becomes committed through `commitTask`, which also puts it on the waiting list. Tasks change
   * only at and after the case's first conference, so a latent or recognised case has only
   * open tasks (outcomes relies on this; the property tests check it).
   */
  tasks: number[];
  /** Indexes of the organisations that committed to the case (for trust updates), no repeats. */
  involved: number[];
}

/**
 * Appends a signal to case `c`: held by professional `seat` of organisation `org`, noticed in
 * `week`, `shared` 1 when already passed to the owner (or held by the owner itself), else 0.
 * Does not update `c.sharedCount`. Fields are written in offset order, so the list stays packed.
 *
 * @example
 * appendSignal(c, 2, 17, state.week, 0); // police seat 17 noticed the case this week
 */
export function appendSignal(c: Case, org: number, seat: number, week: number, shared: number): void {
  const k = c.signals.length;
  c.signals[k + SIGNAL_ORG] = org;
  c.signals[k + SIGNAL_SEAT] = seat;
  c.signals[k + SIGNAL_WEEK] = week;
  c.signals[k + SIGNAL_SHARED] = shared;
}

/**
 * Appends an open, uncommitted task for power `power` (index into `POWERS`) to a case's task
 * list: no organisation, no delivery end, no ticket. Fields are written in offset order, so the
 * list stays packed.
 *
 * @example
 * appendTask(c.tasks, 3); // c now also requires power 3
 */
export function appendTask(tasks: number[], power: number): void {
  const k = tasks.length;
  tasks[k + TASK_POWER] = power;
  tasks[k + TASK_STATE] = TaskState.open;
  tasks[k + TASK_ORG] = -1;
  tasks[k + TASK_UNTIL] = 0;
  tasks[k + TASK_TICKET] = 0;
  tasks[k + TASK_FIT] = 0;
}

/** Number of signals case `c` holds. */
export function signalCount(c: Case): number {
  return c.signals.length / SIGNAL_FIELDS;
}

/** Number of required powers of case `c`. */
export function taskCount(c: Case): number {
  return c.tasks.length / TASK_FIELDS;
}

/** One field of every task of `c` as a new array, in task order: `taskField(c, TASK_STATE)` (for reading, not hot loops). */
export function taskField(c: Case, field: number): number[] {
  return column(c.tasks, TASK_FIELDS, field);
}

/** One field of every signal of `c` as a new array, in signal order: `signalField(c, SIGNAL_ORG)` (for reading, not hot loops). */
export function signalField(c: Case, field: number): number[] {
  return column(c.signals, SIGNAL_FIELDS, field);
}

/** Entry `field` of every record in a flat list of records `stride` numbers long. */
function column(list: number[], stride: number, field: number): number[] {
  const out: number[] = [];
  for (let k = field; k < list.length; k += stride) out.push(list[k]);
  return out;
}
