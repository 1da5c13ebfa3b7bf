import type { Rng } from '../../random/rng.js';
import { poisson } from '../../random/poisson.js';
import { CASE_TYPES } from '../domains.js';
import type { Mechanism } from '../Mechanism.js';
import { appendSignal, appendTask, type Case, CaseStatus, SIGNAL_FIELDS, SIGNAL_ORG } from '../state/Case.js';
import { CaseRecord } from '../state/CaseRecord.js';
import { freshList } from '../state/freshList.js';
import { positionsByStatus } from '../state/positionsByStatus.js';
import { randomPresentSeat } from '../state/randomPresentSeat.js';
import type { SimulationState } from '../state/SimulationState.js';

/** How far each case type's label sits from the narrative centre: crime, radicalisation, both. */
export const LABEL_OFFSET: readonly number[] = [0.1, -0.05, 0.05];

/** Weekly chance, relative to the detection probability, that a latent case's signal surfaces late. */
export const LATE_DETECTION = 0.1;

/**
 * Step 4, arrivals. New cases arrive as a Poisson process (mean `caseRate` a week). Each case
 * gets a type (by `caseMix`), a starting severity uniform in [0.1, 0.4], 2 + Binomial(2,
 * layering) required powers drawn without replacement from its type's pool, and a label: the
 * narrative centre, shifted by type and pulled toward security framing by urgency above its
 * baseline. Every partner whose domain would see the type holds a signal with probability
 * detection × (1 − 0.5 · elusiveness); signals of latent cases also surface later, more as
 * the case worsens.
 */
export function arrivals(): Mechanism {
  const scratch: ArrivalsScratch = { powerBag: [], latent: [], detectionByType: new Float64Array(CASE_TYPES.length) };
  return {
    name: 'arrivals',
    step(state, rng) {
      surfaceLateSignals(state, rng, scratch);
      const count = poisson(rng, state.params.caseRate);
      for (let k = 0; k < count; k++) state.open.push(newCase(state, rng, scratch.powerBag));
      state.thisWeek.arrived += count;
    },
  };
}

/** Scratch buffers of one `arrivals` mechanism, reused every week. */
interface ArrivalsScratch {
  /** The pool of powers a new case's tasks are drawn from (`drawTasks`). */
  powerBag: number[];
  /** Positions of latent cases in `state.open` (`surfaceLateSignals`). */
  latent: number[];
  /** Sums of `detection` over the partners that see each case type (`surfaceLateSignals`). */
  detectionByType: Float64Array;
}

function newCase(state: SimulationState, rng: Rng, powerBag: number[]): Case {
  const p = state.params;
  const u = rng();
  const type = u < p.caseMixCumulative[0] ? 0 : u < p.caseMixCumulative[1] ? 1 : 2;
  const severity = 0.1 + 0.3 * rng();
  const label = caseLabel(state, type);
  const c = new CaseRecord(state.nextCaseId++, type, severity, label, state.week, p.coordinator, drawTasks(p.casePowers[type], p.layering, rng, powerBag));
  for (let org = 0; org < p.orgCount; org++) {
    if ((p.seesMask[org] >> type) & 1 && rng() < p.detection[org] * p.detectionFactor) addSignal(state, c, org, rng);
  }
  return c;
}

/** The label of a new case of `type`: how security-framed the network describes it. */
function caseLabel(state: SimulationState, type: number): number {
  const centre = state.narrative.centre;
  const excess = Math.max(0, state.urgency - state.params.baselineUrgency);
  const label = centre + LABEL_OFFSET[type] + 0.2 * excess * (1 - centre);
  return label < 0 ? 0 : label > 1 ? 1 : label;
}

/**
 * The tasks of a new case: 2 + Binomial(2, layering) distinct powers from `pool` (fewer if the
 * pool is smaller), each open, uncommitted. `bag` is scratch space for the pool.
 */
function drawTasks(pool: number[], layering: number, rng: Rng, bag: number[]): number[] {
  let count = 2 + (rng() < layering ? 1 : 0) + (rng() < layering ? 1 : 0);
  count = Math.min(count, pool.length);
  let left = pool.length;
  for (let k = 0; k < left; k++) bag[k] = pool[k];
  const tasks = freshList();
  for (let k = 0; k < count; k++) {
    const i = Math.floor(rng() * left);
    appendTask(tasks, bag[i]);
    bag[i] = bag[--left];
  }
  return tasks;
}

/** Gives `org` a signal of case `c`, held by one of its present professionals. */
export function addSignal(state: SimulationState, c: Case, org: number, rng: Rng): void {
  const seat = randomPresentSeat(state, org, rng);
  if (seat < 0) return;
  if (c.owner < 0) c.owner = org;
  const own = org === c.owner ? 1 : 0;
  appendSignal(c, org, seat, state.week, own);
  c.sharedCount += own;
}

/**
 * Late signals of latent cases. Each partner that would see the case but holds no signal
 * notices it this week with probability detection × (1 − 0.5·elusiveness) × LATE_DETECTION ×
 * (0.5 + severity). Drawn with one uniform number per case: u is compared with the running
 * sum of the partners' chances, so at most one partner notices a case in a week (the chances
 * are small, below 0.05 each, so the difference from independent draws is negligible).
 */
function surfaceLateSignals(state: SimulationState, rng: Rng, scratch: ArrivalsScratch): void {
  const p = state.params;
  const seen = scratch.detectionByType.fill(0);
  for (let org = 0; org < p.orgCount; org++) {
    for (let type = 0; type < seen.length; type++) if ((p.seesMask[org] >> type) & 1) seen[type] += p.detection[org];
  }
  const open = state.open;
  const latent = scratch.latent;
  const count = positionsByStatus(open, CaseStatus.latent, CaseStatus.latent, latent);
  for (let i = 0; i < count; i++) {
    const c = open[latent[i]];
    const scale = p.detectionFactor * LATE_DETECTION * (0.5 + c.severity);
    let u = rng();
    // Nobody notices when u is past the sum of all chances: skip the walk (the margin covers
    // rounding, so the walk below would have found nobody either).
    if (u >= seen[c.type] * scale * (1 + 1e-9)) continue;
    for (let org = 0; org < p.orgCount; org++) {
      if (!((p.seesMask[org] >> c.type) & 1)) continue;
      u -= p.detection[org] * scale;
      if (u < 0) {
        if (!holdsSignal(c, org)) addSignal(state, c, org, rng);
        break;
      }
    }
  }
}

/** Whether a professional of `org` holds a signal of case `c`. */
function holdsSignal(c: Case, org: number): boolean {
  for (let k = SIGNAL_ORG; k < c.signals.length; k += SIGNAL_FIELDS) if (c.signals[k] === org) return true;
  return false;
}
