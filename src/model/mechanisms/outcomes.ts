import type { Rng } from '../../random/rng.js';
import type { Mechanism } from '../Mechanism.js';
import { type Case, CaseStatus, TASK_FIELDS, TASK_FIT, TASK_STATE, TaskState } from '../state/Case.js';
import { CaseEnd } from '../state/CaseEndings.js';
import { recordEnd } from '../state/recordEnd.js';
import type { SimulationState } from '../state/SimulationState.js';
import { releaseSlot } from '../state/slotPool.js';
import { queueTrust } from './trust.js';

/** Trust loss (in λ⁻ units) among partners involved in a case that escalates (blame). */
export const BLAME_LOSS = 0.5;

/** Severity growth is halved while interventions are being delivered. */
export const DELIVERY_DAMPING = 0.5;

/**
 * Chance that a case whose required powers were all delivered is resolved successfully:
 * 0.9 · (1 − severity²) — help at low severity mostly works, late help helps less and help
 * at the brink (severity 1) does not.
 */
export const successProbability = (severity: number): number => 0.9 * (1 - severity * severity);

/** Effect of a contribution that does not fit the joint approach at all (fit 0), relative to one that fits fully. */
export const PLAN_FLOOR = 0.2;

/**
 * The quality of a case's joint approach: the mean over its tasks of
 * PLAN_FLOOR + (1 − PLAN_FLOOR) · fit, where fit is how well the partner identified with the
 * case when it committed (`TASK_FIT`). Interventions of partners who understood the case in
 * their own terms work together; contributions delivered from a frame that does not fit the
 * case work less well (Noordegraaf et al. 2020: the joint approach needs professionals who take
 * each other's perspective; Williams 2002).
 *
 * @example
 * planQuality(c); // 1 when every partner fully identified with the case
 */
export function planQuality(c: Case): number {
  const tasks = c.tasks;
  let sum = 0;
  let count = 0;
  for (let k = 0; k < tasks.length; k += TASK_FIELDS) {
    sum += PLAN_FLOOR + (1 - PLAN_FLOOR) * tasks[k + TASK_FIT];
    count++;
  }
  return count === 0 ? 1 : sum / count;
}

/**
 * Step 8, outcomes. Open cases worsen by `0.002 + 0.028 · escalationSpeed` severity a week
 * (half that while interventions are delivered). A case reaching severity 1 escalates: an
 * incident that raises urgency next week, pulls the narrative toward security framing and
 * costs trust among the partners involved (blame); a case that escalates before anyone
 * recognised it was missed. A case whose required powers are all delivered closes: resolved
 * with probability `successProbability(severity) · planQuality(c)`, which builds trust between every pair of
 * partners involved (small wins, Ansell & Gash 2008), else closed without effect. A case
 * closed without effect is blamed on the others in proportion to distrust: each involved
 * partner i loses BLAME_LOSS · (1 − T[i][j]) λ⁻ of trust in each other involved partner j —
 * where trust is high, failure is read as the hardness of the problem; where it is low, as
 * the others' fault (the vicious cycle of Vangen & Huxham 2003). A case that ends (escalated or
 * closed) leaves `state.open` with status `CaseStatus.ended`, which also takes its tasks off the
 * waiting list and the deliveries under way (`TaskQueue`).
 */
export function outcomes(): Mechanism {
  return {
    name: 'outcomes',
    step(state, rng) {
      const growth = state.params.severityGrowth;
      const dampedGrowth = growth * DELIVERY_DAMPING;
      const open = state.open;
      const count = open.length;
      let kept = 0;
      for (let q = 0; q < count; q++) {
        const c = open[q];
        const tasks = c.tasks;
        // Tasks change only at and after a conference, so a latent or recognised case has only
        // open tasks: its task states need not be read (the property tests check this invariant).
        let delivering = false; // some task is being delivered
        let delivered = true; // every task is delivered
        if (c.status >= CaseStatus.conference) {
          for (let k = TASK_STATE; k < tasks.length; k += TASK_FIELDS) {
            if (tasks[k] === TaskState.delivering) delivering = true;
            if (tasks[k] !== TaskState.delivered) delivered = false;
          }
        }
        const severity = c.severity + (delivering ? dampedGrowth : growth);
        c.severity = severity;
        if (severity >= 1) escalate(state, c);
        else if (delivered && c.status === CaseStatus.intervention) close(state, c, rng);
        else {
          if (kept !== q) open[kept] = c; // a case kept in place is not written again
          kept++;
        }
      }
      while (open.length > kept) open.pop(); // drop the ended cases, now at the end
    },
  };
}

function escalate(state: SimulationState, c: Case): void {
  c.severity = 1;
  recordEnd(state, c, CaseEnd.escalated);
  state.thisWeek.escalated++;
  state.incidents++;
  if (c.status === CaseStatus.latent) state.thisWeek.missed++;
  c.status = CaseStatus.ended;
  const tasks = c.tasks;
  for (let k = 0; k < tasks.length; k += TASK_FIELDS) {
    if (tasks[k + TASK_STATE] === TaskState.delivering) releaseSlot(state, tasks, k);
  }
  for (const i of c.involved) for (const j of c.involved) if (i !== j) queueTrust(state, i, j, -BLAME_LOSS);
}

function close(state: SimulationState, c: Case, rng: Rng): void {
  c.status = CaseStatus.ended;
  const success = rng() < successProbability(c.severity) * planQuality(c);
  recordEnd(state, c, success ? CaseEnd.resolved : CaseEnd.closedWithoutEffect);
  if (success) {
    state.thisWeek.resolved++;
    state.thisWeek.weeksToResolution += state.week - c.arrivalWeek;
    for (const i of c.involved) for (const j of c.involved) if (i !== j) queueTrust(state, i, j, 1);
  } else {
    state.thisWeek.closedWithoutEffect++;
    const n = state.params.orgCount;
    for (const i of c.involved) {
      for (const j of c.involved) if (i !== j) queueTrust(state, i, j, -BLAME_LOSS * (1 - state.trust[i * n + j]));
    }
  }
}
