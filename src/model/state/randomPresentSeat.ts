import type { Rng } from '../../random/rng.js';
import type { SimulationState } from './SimulationState.js';

/** A uniformly chosen seat of `org` whose holder is present, or −1 when all are vacant. */
export function randomPresentSeat(state: SimulationState, org: number, rng: Rng): number {
  const present = state.presentStaff[org];
  if (present === 0) return -1;
  const w = state.workforce;
  let k = Math.floor(rng() * present);
  const seats = w.seatsOf[org];
  const { posted, present: here } = w;
  for (let i = 0; i < seats.length; i++) {
    const seat = seats[i];
    if ((posted[seat] & here[seat]) !== 0 && k-- === 0) return seat;
  }
  return -1;
}
