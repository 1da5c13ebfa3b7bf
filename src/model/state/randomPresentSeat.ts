import type { Rng } from '../../random/rng.js';
import type { SimulationState } from './SimulationState.js';

/**
 * A uniformly chosen seat of `org` whose holder is present this week (from
 * `state.presentSeats`, which the capacity mechanism rebuilds), or −1 when all are vacant.
 */
export function randomPresentSeat(state: SimulationState, org: number, rng: Rng): number {
  const present = state.presentStaff[org];
  if (present === 0) return -1;
  return state.presentSeats[org][Math.floor(rng() * present)];
}
