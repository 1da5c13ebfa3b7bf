import type { Rng } from '../../random/rng.js';
import type { NormalizedScenario } from '../../scenario/normalizedTypes.js';
import { DOMAINS, POWERS } from '../domains.js';
import { deriveParameters } from '../preconditions/deriveParameters.js';
import { emptyCounters } from './Counters.js';
import { addSeat } from './addSeat.js';
import { CaseEndings } from './CaseEndings.js';
import { hireProfessional } from './hireProfessional.js';
import { tieToFormerDomains } from './tieToFormerDomains.js';
import type { SimulationState } from './SimulationState.js';
import { TaskQueue } from './TaskQueue.js';
import { TieStore } from './TieStore.js';
import { TrustEventQueue } from './TrustEventQueue.js';
import { emptyTieSummary, summariseTies } from './summariseTies.js';

/**
 * Ties each professional starts with to professionals of other partners: a young network,
 * whose relationships still have to grow (Raab et al. 2015: effective safety houses were
 * at least three years old).
 */
export const INITIAL_TIES = 1;

/**
 * Builds the state at week 0: every post filled by a professional drawn from the hiring
 * profile, in their network role from week 0 (the network starts now, so nobody knows it yet:
 * familiarity grows from here, and a warm-up gives an established network its years of it);
 * each professional with
 * `INITIAL_TIES` ties to random professionals of other partners and one to a professional in
 * each domain they have worked in, at strengths around the `mutualTrust` level; organisational
 * trust at that level; urgency at its baseline; the narrative at its anchor.
 */
export function createInitialState(scenario: NormalizedScenario, rng: Rng): SimulationState {
  const params = deriveParameters(scenario);
  const n = params.orgCount;
  const state: SimulationState = {
    scenario,
    params,
    week: 0,
    workforce: { org: [], posted: [], present: [], perspective: [], perspectiveCeiling: [], experience: [], hiredWeek: [], vacantUntil: [], seatsOf: [] },
    ties: new TieStore(scenario.parameters.tieFade, scenario.parameters.maxTies),
    tieSummary: emptyTieSummary(n),
    trust: new Float64Array(n * n),
    startingTrust: params.initialTrust,
    trustDamage: new Float64Array(n * n),
    trustEvents: new TrustEventQueue(),
    urgency: params.baselineUrgency,
    narrative: { centre: params.narrativeAnchor, breadth: params.narrativeBreadth },
    presentStaff: new Int32Array(n),
    presentSeats: Array.from({ length: n }, (): number[] => []),
    capacityHours: new Float64Array(n),
    usedHours: new Float64Array(n),
    slotsInUse: new Int32Array(n * POWERS.length),
    waiting: new TaskQueue(),
    deliveries: new TaskQueue(),
    lastTicket: 0,
    open: [],
    nextCaseId: 0,
    incidents: 0,
    endings: new CaseEndings(scenario.parameters.successAge),
    thisWeek: emptyCounters(DOMAINS.length),
    total: emptyCounters(DOMAINS.length),
  };
  const w = state.workforce;
  for (let org = 0; org < n; org++) {
    w.seatsOf.push([]);
    for (let k = 0; k < params.posts[org]; k++) {
      const seat = addSeat(w, org, 0);
      hireProfessional(state, seat, 0, rng);
      state.presentSeats[org][state.presentStaff[org]++] = seat;
    }
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) state.trust[i * n + j] = i === j ? 1 : params.initialTrust;
  seedTies(state, rng);
  summariseTies(state);
  return state;
}

function seedTies(state: SimulationState, rng: Rng): void {
  const w = state.workforce;
  const seats = w.org.length;
  const tie0 = state.params.initialTie;
  if (seats < 2) return;
  for (let seat = 0; seat < seats; seat++) {
    for (let k = 0; k < INITIAL_TIES; k++) {
      const other = Math.floor(rng() * seats);
      const strength = Math.min(1, tie0 * (0.5 + rng()));
      if (w.org[other] !== w.org[seat]) state.ties.set(seat, other, strength, 0);
    }
    tieToFormerDomains(state, seat, rng);
  }
}

