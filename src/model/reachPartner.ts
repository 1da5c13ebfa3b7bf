import type { Rng } from '../random/rng.js';
import { randomPresentSeat } from './state/randomPresentSeat.js';
import { TIE_PRUNE_BELOW } from './state/TieStore.js';
import type { SimulationState } from './state/SimulationState.js';

/**
 * How a professional reaches a partner organisation: the person they address there, the
 * strength of the relationship that carries the request, and who (if anyone) vouched.
 */
export interface Contact {
  /** The partner's professional addressed (a seat), −1 when the partner has nobody present. */
  seat: number;
  /** Strength of the relationship that carries the request, in [0, 1]. */
  tie: number;
  /** The colleague who introduced and vouched (a seat), −1 for a direct tie or a cold call. */
  broker: number;
}

/**
 * Who professional `seat` addresses at organisation `org`, and with what relationship:
 *
 * 1. **Direct**: their strongest tie to a present professional of `org`.
 * 2. **Brokered**: otherwise, through a present contact b of their own (any partner) who knows
 *    someone at `org`: b introduces them and vouches. The request carries
 *    tie = π_b · min(s(seat, b), s(b, d)), the weaker link of the path scaled by the broker's
 *    perspective-taking π_b: a broker vouches credibly to the degree that they understand both
 *    sides (boundary spanners as brokers and "reticulists", Williams 2002; brokerage across
 *    structural holes, Burt 2005). The best such path is used.
 * 3. **Cold call**: otherwise a random present professional of `org`, with tie 0.
 *
 * Cost: O(ties of seat × ties of each contact), at most `maxTies`² look-ups. The answer is
 * written into `out` (default: a new object), so a mechanism that keeps one allocates nothing.
 *
 * @example
 * const { seat: delegate, tie } = reachPartner(state, chair, partner, rng);
 */
export function reachPartner(state: SimulationState, seat: number, org: number, rng: Rng, out: Contact = newContact()): Contact {
  const known = strongestTie(state, seat, org);
  if (known >= 0) return setContact(out, state.ties.other(known, seat), state.ties.strengthAt(known, state.week), -1);
  if (bestBrokeredPath(state, seat, org, out).seat >= 0) return out;
  return setContact(out, randomPresentSeat(state, org, rng), 0, -1);
}

/** A contact to be filled by `reachPartner` (mechanisms keep one and pass it as `out`). */
export function newContact(): Contact {
  return { seat: -1, tie: 0, broker: -1 };
}

function setContact(out: Contact, seat: number, tie: number, broker: number): Contact {
  out.seat = seat;
  out.tie = tie;
  out.broker = broker;
  return out;
}

/** Writes into `best` the brokered path of highest carried tie from `seat` to a present professional of `org` (seat −1 when none). */
function bestBrokeredPath(state: SimulationState, seat: number, org: number, best: Contact): Contact {
  const { ties, week } = state;
  const w = state.workforce;
  setContact(best, -1, 0, -1);
  const slots = ties.tiesOf(seat);
  const contacts = ties.neighboursOf(seat);
  for (let k = 0; k < slots.length; k++) {
    const broker = contacts[k];
    if (!w.present[broker] || !w.posted[broker] || w.org[broker] === org) continue;
    const first = ties.strengthAt(slots[k], week) * w.perspective[broker];
    if (first <= best.tie) continue;
    const onward = strongestTie(state, broker, org);
    if (onward < 0) continue;
    const carried = Math.min(first, ties.strengthAt(onward, week) * w.perspective[broker]);
    if (carried > best.tie) {
      best.seat = ties.other(onward, broker);
      best.tie = carried;
      best.broker = broker;
    }
  }
  return best;
}

/**
 * The tie slot of `seat`'s strongest tie to a present professional of `org` (a tie that has faded
 * below `TIE_PRUNE_BELOW` no longer counts),
 * or −1 when there is none. Callers that need the strength read it from the slot
 * (`ties.strengthAt`) rather than looking the pair up again.
 */
export function strongestTie(state: SimulationState, seat: number, org: number): number {
  const w = state.workforce;
  const ties = state.ties;
  let best = -1;
  let bestStrength = 0;
  const slots = ties.tiesOf(seat);
  const others = ties.neighboursOf(seat);
  const { org: orgOf, present, posted } = w;
  for (let k = 0; k < slots.length; k++) {
    const other = others[k];
    if (orgOf[other] !== org || (present[other] & posted[other]) === 0) continue;
    const slot = slots[k];
    const s = ties.strengthAt(slot, state.week);
    if (s >= TIE_PRUNE_BELOW && s > bestStrength) {
      bestStrength = s;
      best = slot;
    }
  }
  return best;
}
