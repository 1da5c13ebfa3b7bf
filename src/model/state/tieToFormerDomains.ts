import type { Rng } from '../../random/rng.js';
import { DOMAINS } from '../domains.js';
import type { SimulationState } from './SimulationState.js';

/**
 * A professional who has worked in other domains keeps a contact there: for each domain in
 * their experience, one tie of the network's initial strength to a professional of a random
 * partner of that domain (none when the network has no such partner). Work experience at
 * another partner is also a relationship with it (Williams 2002; van Meerkerk & Edelenbos
 * 2014), so a hire with that experience can reach the partner from day one.
 *
 * @example
 * tieToFormerDomains(state, seat, rng); // a hire who worked in care now knows someone at a care partner
 */
export function tieToFormerDomains(state: SimulationState, seat: number, rng: Rng): void {
  const w = state.workforce;
  for (let d = 0; d < DOMAINS.length; d++) {
    if (!((w.experience[seat] >> d) & 1)) continue;
    const org = randomOrgOfDomain(state, d, rng);
    const colleagues = org < 0 ? [] : w.seatsOf[org];
    if (colleagues.length > 0) state.ties.set(seat, colleagues[Math.floor(rng() * colleagues.length)], state.params.initialTie, state.week);
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
