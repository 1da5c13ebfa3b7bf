import type { Rng } from '../../random/rng.js';
import { DOMAINS } from '../domains.js';
import type { SimulationState } from './SimulationState.js';

/**
 * A professional who has worked in other domains keeps a contact there: for each domain in
 * their experience, one tie of the network's initial strength to a professional in post at a
 * random partner of that domain (none when the network has no such partner or its posts are
 * all vacant). Work experience at another partner is also a relationship with it (Williams
 * 2002; van Meerkerk & Edelenbos 2014), so a hire with that experience can reach the partner
 * from day one.
 *
 * @example
 * tieToFormerDomains(state, seat, rng); // a hire who worked in care now knows someone at a care partner
 */
export function tieToFormerDomains(state: SimulationState, seat: number, rng: Rng): void {
  const w = state.workforce;
  for (let d = 0; d < DOMAINS.length; d++) {
    if (!((w.experience[seat] >> d) & 1)) continue;
    const org = randomOrgOfDomain(state, d, rng);
    const former = org < 0 ? -1 : randomHeldSeat(state, org, rng);
    if (former >= 0) state.ties.set(seat, former, state.params.initialTie, state.week);
  }
}

function randomOrgOfDomain(state: SimulationState, d: number, rng: Rng): number {
  let count = 0;
  for (let org = 0; org < state.params.orgCount; org++) if (state.params.domain[org] === d) count++;
  if (count === 0) return -1;
  let k = Math.floor(rng() * count);
  for (let org = 0; org < state.params.orgCount; org++) if (state.params.domain[org] === d && k-- === 0) return org;
  return -1;
}

/** A uniformly chosen seat of `org` whose post is filled now, or −1 when all are vacant. */
function randomHeldSeat(state: SimulationState, org: number, rng: Rng): number {
  const w = state.workforce;
  const seats = w.seatsOf[org];
  let held = 0;
  for (const s of seats) if (w.present[s] && w.posted[s]) held++;
  if (held === 0) return -1;
  let k = Math.floor(rng() * held);
  for (const s of seats) if (w.present[s] && w.posted[s] && k-- === 0) return s;
  return -1;
}
