import type { Rng } from '../../random/rng.js';
import type { Mechanism } from '../Mechanism.js';
import { addSeat } from '../state/addSeat.js';
import { hireProfessional } from '../state/hireProfessional.js';
import { tieToFormerDomains } from '../state/tieToFormerDomains.js';
import type { SimulationState } from '../state/SimulationState.js';

/** Strength factor of a tie passed on to a successor at handover. */
export const HANDOVER_STRENGTH = 0.5;

/**
 * Step 2, workforce. Each professional leaves with the weekly probability derived from the
 * organisation's annual turnover; the post stays vacant for a uniform 0.5–1.5 × `vacancyWeeks`;
 * each of the leaver's ties passes to the successor with probability `handover` at half
 * strength, the rest are lost, and the organisational trust the leaver carried is partly lost
 * too (Carley 1992: turnover erodes what the organisation knows and whom it knows). Posts follow the organisation's current number of posts (manpower events).
 */
export function workforce(): Mechanism {
  return {
    name: 'workforce',
    step(state, rng) {
      const w = state.workforce;
      const p = state.params;
      const week = state.week;
      for (let org = 0; org < p.orgCount; org++) matchPosts(state, org, rng);
      for (let seat = 0; seat < w.org.length; seat++) {
        if (!w.posted[seat]) continue;
        const org = w.org[seat];
        if (w.present[seat]) {
          if (rng() < p.weeklyLeave[org]) leave(state, seat, p.handover[org], rng);
        } else if (week >= w.vacantUntil[seat]) {
          hireProfessional(state, seat, week, rng);
          tieToFormerDomains(state, seat, rng);
        }
      }
    },
  };
}

/**
 * The professional in `seat` leaves now; the post becomes vacant. Ties pass on with
 * probability `handover`; the trust the leaver carried between their organisation and the
 * others is partly lost with them (`forgetTrust`).
 */
export function leave(state: SimulationState, seat: number, handover: number, rng: Rng): void {
  const w = state.workforce;
  const vacancy = state.params.vacancyWeeks[w.org[seat]];
  state.ties.turnOver(seat, handover, HANDOVER_STRENGTH, state.week, rng);
  forgetTrust(state, w.org[seat], handover);
  w.present[seat] = 0;
  w.vacantUntil[seat] = state.week + Math.max(1, Math.round(vacancy * (0.5 + rng())));
  state.thisWeek.departures++;
}

/** Opens (vacant) or removes posts until the organisation has `params.posts[org]` of them. */
function matchPosts(state: SimulationState, org: number, rng: Rng): void {
  const w = state.workforce;
  const seats = w.seatsOf[org];
  const target = state.params.posts[org];
  let posted = 0;
  for (const seat of seats) posted += w.posted[seat];
  if (posted === target) return;
  for (let k = 0; k < seats.length && posted < target; k++) {
    const seat = seats[k];
    if (w.posted[seat]) continue;
    w.posted[seat] = 1;
    w.present[seat] = 0;
    w.vacantUntil[seat] = state.week + Math.max(1, Math.round(state.params.vacancyWeeks[org]));
    posted++;
  }
  while (posted < target) {
    addSeat(w, org, state.week + Math.max(1, Math.round(state.params.vacancyWeeks[org])));
    posted++;
  }
  for (let k = seats.length - 1; k >= 0 && posted > target; k--) {
    const seat = seats[k];
    if (!w.posted[seat]) continue;
    if (w.present[seat]) leave(state, seat, 0, rng);
    w.posted[seat] = 0;
    posted--;
  }
}

/** Share of an organisation's trust gains carried by its people rather than its procedures. */
export const PERSONAL_TRUST_SHARE = 0.5;

/**
 * Trust built up in a network is partly carried by people (Carley 1992: organisational memory
 * is spread over members and leaves with them). When one of the `posts` professionals of
 * organisation i leaves, the trust between i and every other partner j that stands above the
 * network's starting level T₀ falls back toward it by the leaver's share:
 *
 *   T[i][j] ← T[i][j] − s · max(0, T[i][j] − T₀),  T[j][i] likewise,
 *   s = PERSONAL_TRUST_SHARE · (1 − handover) / posts_i
 *
 * Distrust below T₀ does not leave with a person: bad experiences are remembered
 * institutionally (Slovic 1993); like every experience they fade only slowly, for the whole
 * organisation (`fadeExperiences`). With high turnover and poor handover a network keeps
 * losing what it gained.
 */
export function forgetTrust(state: SimulationState, org: number, handover: number): void {
  const p = state.params;
  const n = p.orgCount;
  const share = (PERSONAL_TRUST_SHARE * (1 - handover)) / Math.max(1, p.posts[org]);
  if (share <= 0) return;
  const start = state.startingTrust;
  for (let j = 0; j < n; j++) {
    if (j === org) continue;
    const ij = org * n + j;
    const ji = j * n + org;
    if (state.trust[ij] > start) state.trust[ij] -= share * (state.trust[ij] - start);
    if (state.trust[ji] > start) state.trust[ji] -= share * (state.trust[ji] - start);
  }
}
