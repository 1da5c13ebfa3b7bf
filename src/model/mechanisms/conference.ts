import type { Rng } from '../../random/rng.js';
import { effectiveTrust } from '../effectiveTrust.js';
import { bridgedFit, translationToward } from '../frameFit.js';
import { type Contact, newContact, reachPartner } from '../reachPartner.js';
import type { Mechanism } from '../Mechanism.js';
import { type Case, CaseStatus, TASK_FIELDS, TASK_POWER, TASK_STATE, TaskState } from '../state/Case.js';
import type { SimulationState } from '../state/SimulationState.js';
import { availableTime } from './sharing.js';
import { positionsByStatus } from '../state/positionsByStatus.js';
import { randomPresentSeat } from '../state/randomPresentSeat.js';
import { queueTrust } from './trust.js';
import { commitTask } from '../state/commitTask.js';
import { contact } from '../state/contact.js';

/** Hours each attending partner spends on one case at a conference. */
export const CONFERENCE_HOURS = 1;

/** Share of a place at the conference that following up a pending case takes. */
export const FOLLOW_UP_COST = 0.25;

/**
 * Willingness to commit of a partner who does not identify with the case at all (fit 0), as a
 * share of a partner who fully does: identification with the problem drives participation
 * (Noordegraaf et al. 2020; the security framing that keeps care and schools away).
 */
export const FIT_FLOOR = 0.2;

/** Trust loss (in λ⁻ units) of a partner's refusal, for the one who asked. */
export const REFUSAL_LOSS = 0.1;

/** Trust loss (in λ⁻ units) between attendees of a procedural conflict. */
export const CONFLICT_LOSS = 0.25;

/**
 * Step 6, case conference. In `nao` and `lead` networks the coordinator meets every
 * `meetingInterval` weeks (stretched up to twice by low regie) and discusses up to its
 * capacity of cases (coordinatorCapacity a week × weeks between meetings × (0.3 + 0.7·regie),
 * scaled by its staff present):
 * first pending cases it follows up (chance 0.5 + 0.5·regie each), then newly recognised ones.
 * In a `shared` network each recognised or pending case is taken up in a week with the
 * initiative probability. The chair is the owner's professional (with `network.caseDirector`,
 * the case's fixed director). At a discussion a procedural conflict (chance
 * 0.2·(1 − ruleClarity)) delays the case and costs trust; otherwise each open task is
 * requested from a partner holding the power: the request goes astray with
 * `astrayProbability` (role clarity, less what the chair knows of the partner); else the chair
 * reaches a delegate (`reachPartner`) and the partner commits with probability
 *
 *   P = (FIT_FLOOR + (1 − FIT_FLOOR)·fit) × (0.5 + 0.5·trust) × (0.5 + 0.5·alignment) × time
 *
 * where fit is bridged by chair and delegate (`caseFit`), trust blends the carried tie with
 * T[partner][owner] (`effectiveTrust`), and alignment = a + (1 − a)(0.4·U + 0.3·brokerage)
 * (urgency and a neutral broker make up for a goal that is not the partner's own; Ansell &
 * Gash 2008, Provan & Kenis 2008). A commitment keeps its fit (`TASK_FIT`), which shapes the
 * joint approach's quality (`planQuality`). A refusal costs the owner's trust in the partner.
 * Attendees strengthen their ties.
 */
export function conference(): Mechanism {
  const scratch: ConferenceScratch = { pending: [], recognised: [], attendees: [], contact: newContact() };
  return {
    name: 'conference',
    step(state, rng) {
      if (state.params.coordinator >= 0) coordinated(state, rng, scratch);
      else selfOrganised(state, rng, scratch);
    },
  };
}

/** Scratch lists of one `conference` mechanism, reused every week. */
interface ConferenceScratch {
  /** Positions in `state.open` of pending cases (in a shared network, pending and recognised ones together). */
  pending: number[];
  /** Positions in `state.open` of recognised cases. */
  recognised: number[];
  /** One discussion's attendees (seats). */
  attendees: number[];
  /** Whom the chair reaches at a partner (`reachPartner`). */
  contact: Contact;
}

function coordinated(state: SimulationState, rng: Rng, scratch: ConferenceScratch): void {
  const p = state.params;
  if (state.week % p.meetingInterval !== 0) return;
  const coordinator = p.coordinator;
  const posts = p.posts[coordinator];
  if (posts === 0 || state.presentStaff[coordinator] === 0) return;
  let room = ((p.conferenceCapacity * state.presentStaff[coordinator]) / posts);
  // Pending and newly recognised cases are found first (discussing a case changes no other
  // case's status), then followed up and discussed in arrival order while there is room.
  const open = state.open;
  const pending = scratch.pending;
  const pendingCount = positionsByStatus(open, CaseStatus.conference, CaseStatus.conference, pending);
  const recognised = scratch.recognised;
  const recognisedCount = positionsByStatus(open, CaseStatus.recognised, CaseStatus.recognised, recognised);
  for (let i = 0; i < pendingCount && room > 0; i++) {
    if (rng() < p.followUp) {
      discuss(state, open[pending[i]], rng, scratch);
      room -= FOLLOW_UP_COST;
    }
  }
  for (let i = 0; i < recognisedCount && room > 0; i++) {
    discuss(state, open[recognised[i]], rng, scratch);
    room--;
  }
}

function selfOrganised(state: SimulationState, rng: Rng, scratch: ConferenceScratch): void {
  const open = state.open;
  const candidates = scratch.pending;
  const count = positionsByStatus(open, CaseStatus.recognised, CaseStatus.conference, candidates);
  for (let i = 0; i < count; i++) if (rng() < state.params.initiative) discuss(state, open[candidates[i]], rng, scratch);
}

/** One discussion of case `c` at a conference, with the mechanism's scratch space (who attends, whom the chair reaches). */
function discuss(state: SimulationState, c: Case, rng: Rng, scratch: ConferenceScratch): void {
  const attendees = scratch.attendees;
  const p = state.params;
  const n = p.orgCount;
  const owner = c.owner;
  if (c.status === CaseStatus.recognised) {
    c.status = CaseStatus.conference;
    c.conferenceWeek = state.week;
  }
  const chair = pickChair(state, c, rng);
  if (chair < 0) return;
  state.usedHours[owner] += CONFERENCE_HOURS;
  attendees[0] = chair;
  let present = 1;
  const conflict = rng() < p.conflictProbability;
  if (conflict) state.thisWeek.conflicts++;
  const tasks = c.tasks;
  // A conflict delays the whole case: no task is requested. Only open and astray tasks are.
  for (let k = 0; k < tasks.length && !conflict; k += TASK_FIELDS) {
    if (tasks[k + TASK_STATE] > TaskState.astray) continue;
    const partner = pickHolder(state, tasks[k + TASK_POWER], rng);
    if (partner < 0) continue;
    if (rng() < astrayProbability(state, chair, partner)) {
      tasks[k + TASK_STATE] = TaskState.astray;
      state.thisWeek.astray++;
      continue;
    }
    const { seat: delegate, tie } = reachPartner(state, chair, partner, rng, scratch.contact);
    if (delegate < 0) continue;
    attendees[present++] = delegate;
    state.usedHours[partner] += CONFERENCE_HOURS;
    const fit = caseFit(state, c, partner, chair, delegate);
    if (rng() < commitProbability(state, c, partner, chair, delegate, tie, fit)) {
      commitTask(state, c, k, partner, fit);
      if (!c.involved.includes(partner)) c.involved.push(partner);
      state.thisWeek.accepted[p.domain[partner]]++;
    } else {
      tasks[k + TASK_STATE] = TaskState.open;
      state.thisWeek.refused[p.domain[partner]]++;
      if (partner !== owner) queueTrust(state, owner, partner, -REFUSAL_LOSS);
    }
  }
  if (conflict) {
    for (const org of c.involved) {
      if (org !== owner) {
        queueTrust(state, owner, org, -CONFLICT_LOSS);
        queueTrust(state, org, owner, -CONFLICT_LOSS);
      }
    }
  } else {
    meet(state, attendees, present);
  }
  if (!c.involved.includes(owner) && owner >= 0 && owner < n && c.involved.length > 0) c.involved.push(owner);
  let committed = true;
  for (let k = TASK_STATE; k < tasks.length; k += TASK_FIELDS) if (tasks[k] < TaskState.committed) committed = false;
  if (committed) c.status = CaseStatus.intervention;
}

/**
 * The owner's professional who chairs the discussion of `c` (−1 when nobody is present): with
 * fixed case directors (`network.caseDirector`) the case's director while still in post, else a
 * newly assigned one; otherwise a random present professional of the owner.
 */
function pickChair(state: SimulationState, c: Case, rng: Rng): number {
  if (c.owner < 0) return -1;
  if (!state.scenario.network.caseDirector) return randomPresentSeat(state, c.owner, rng);
  const w = state.workforce;
  const d = c.director;
  if (d >= 0 && w.present[d] && w.posted[d] && w.hiredWeek[d] <= c.directorSince) return d;
  c.director = randomPresentSeat(state, c.owner, rng);
  c.directorSince = state.week;
  return c.director;
}

/** A partner holding power `power` with staff present, weighted by present staff; −1 if none. */
function pickHolder(state: SimulationState, power: number, rng: Rng): number {
  const holders = state.params.holders[power];
  const staff = state.presentStaff;
  let total = 0;
  for (let i = 0; i < holders.length; i++) total += staff[holders[i]];
  if (total === 0) return -1;
  let k = rng() * total;
  for (let i = 0; i < holders.length; i++) {
    k -= staff[holders[i]];
    if (k < 0) return holders[i];
  }
  return -1;
}

/**
 * Probability that `partner`, represented by `delegate`, commits to a task of case `c` when
 * asked by `chair`; trust blends the chair–delegate tie with the partner's trust in the owner.
 * `tie` and `fit` are the chair–delegate tie strength and the bridged fit when the caller already
 * knows them (default: computed here).
 */
export function commitProbability(
  state: SimulationState,
  c: Case,
  partner: number,
  chair: number,
  delegate: number,
  tie = state.ties.get(chair, delegate, state.week),
  fit = caseFit(state, c, partner, chair, delegate),
): number {
  const p = state.params;
  const trust = c.owner === partner ? 1 : effectiveTrust(state, tie, partner, c.owner);
  const a = p.goalAlignment[partner];
  const alignment = a + (1 - a) * (0.4 * state.urgency + 0.3 * p.brokerage);
  return (FIT_FLOOR + (1 - FIT_FLOOR) * fit) * (0.5 + 0.5 * trust) * (0.5 + 0.5 * Math.min(1, alignment)) * availableTime(state, partner);
}

/**
 * How well `partner` identifies with case `c` when `chair` brings it to `delegate`: the frame
 * fit of the partner with the case label under the narrative, with the distance bridged by
 * both professionals (`bridgedFit`).
 */
export function caseFit(state: SimulationState, c: Case, partner: number, chair: number, delegate: number): number {
  return bridgedFit(state, state.params.frame[partner], c.label, chair, delegate);
}

/**
 * Probability that the chair's request for a task goes astray (wrong partner or person,
 * duplicate, nobody): the network's `astrayProbability` (role clarity), less the share the
 * chair removes by knowing the partner's organisation — who does what there, how to ask —
 * which is their `translation` toward it, scaled by their `familiarity` with the network (a
 * boundary spanner as "reticulist" who knows who's who, Williams 2002).
 *
 *   P = astray · (1 − translationToward(chair, the partner's domain))
 */
export function astrayProbability(state: SimulationState, chair: number, partner: number): number {
  return state.params.astrayProbability * (1 - translationToward(state, chair, state.params.domain[partner]));
}

/** The first `count` attendees meet: every pair from different organisations strengthens its tie. */
function meet(state: SimulationState, attendees: number[], count: number): void {
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) contact(state, attendees[i], attendees[j], 1);
  }
}
