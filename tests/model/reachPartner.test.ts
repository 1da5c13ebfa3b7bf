import { describe, expect, it } from 'vitest';
import { reachPartner } from '../../src/model/reachPartner.js';
import type { SimulationState } from '../../src/model/state/SimulationState.js';
import { makeState, scripted, small } from './helpers.js';

const POLICE = 1;
const MUNICIPALITY = 2;
const CARE = 3;
const YOUTH = 4;

/** A `small` state at week 0 with no ties at all. */
function withoutTies(): SimulationState {
  const { state, rng } = makeState(small());
  for (let seat = 0; seat < state.workforce.org.length; seat++) state.ties.turnOver(seat, 0, 0, 0, rng);
  return state;
}

/** A generator that fails the test when drawn from. */
const noDraw = () => {
  throw new Error('reachPartner drew a random number');
};

describe('reachPartner', () => {
  it('uses the strongest direct tie to a present professional of the partner, without a draw', () => {
    const state = withoutTies();
    const w = state.workforce;
    const asker = w.seatsOf[POLICE][0];
    const [c1, c2] = w.seatsOf[CARE];
    state.ties.set(asker, c1, 0.3, 0);
    state.ties.set(asker, c2, 0.6, 0);
    expect(reachPartner(state, asker, CARE, noDraw)).toEqual({ seat: c2, tie: 0.6, broker: -1 });
    w.present[c2] = 0; // gone: the next strongest
    expect(reachPartner(state, asker, CARE, noDraw)).toEqual({ seat: c1, tie: 0.3, broker: -1 });
  });

  it('otherwise goes through the broker of the best path, carrying π_broker · min(s1, s2)', () => {
    const state = withoutTies();
    const w = state.workforce;
    const asker = w.seatsOf[POLICE][0];
    const m = w.seatsOf[MUNICIPALITY][0];
    const y = w.seatsOf[YOUTH][0];
    const [c1, c2] = w.seatsOf[CARE];
    w.perspective[m] = 0.5;
    w.perspective[y] = 1;
    state.ties.set(asker, m, 0.8, 0);
    state.ties.set(m, c1, 0.6, 0); // via m: 0.5 · min(0.8, 0.6) = 0.3
    state.ties.set(asker, y, 0.2, 0);
    state.ties.set(y, c2, 0.9, 0); // via y: 1 · min(0.2, 0.9) = 0.2
    const via = reachPartner(state, asker, CARE, noDraw);
    expect(via.seat).toBe(c1);
    expect(via.broker).toBe(m);
    expect(via.tie).toBeCloseTo(0.3, 15);
    // the better broker has left: the other path
    w.present[m] = 0;
    const other = reachPartner(state, asker, CARE, noDraw);
    expect(other.seat).toBe(c2);
    expect(other.broker).toBe(y);
    expect(other.tie).toBeCloseTo(0.2, 15);
  });

  it('brokers through a contact’s strongest tie and reads faded strengths at the current week', () => {
    const state = withoutTies();
    const w = state.workforce;
    const asker = w.seatsOf[POLICE][0];
    const m = w.seatsOf[MUNICIPALITY][0];
    const [c1, c2] = w.seatsOf[CARE];
    w.perspective[m] = 0.8;
    state.ties.set(asker, m, 0.5, 0);
    state.ties.set(m, c1, 0.9, 0);
    state.ties.set(m, c2, 0.7, 0);
    state.week = 10;
    const keep = (1 - state.scenario.parameters.tieFade) ** 10;
    const via = reachPartner(state, asker, CARE, noDraw);
    expect(via.seat).toBe(c1);
    expect(via.broker).toBe(m);
    expect(via.tie).toBeCloseTo(0.8 * 0.5 * keep, 14); // the weaker link, 0.5, times π = 0.8
  });

  it('otherwise cold-calls a random present professional with tie 0; −1 when nobody is present', () => {
    const state = withoutTies();
    const w = state.workforce;
    const asker = w.seatsOf[POLICE][0];
    const present = state.presentStaff[CARE];
    expect(present).toBe(4);
    expect(reachPartner(state, asker, CARE, scripted(0.6))).toEqual({ seat: state.presentSeats[CARE][Math.floor(0.6 * present)], tie: 0, broker: -1 });
    // a contact without a tie to the partner is no broker
    state.ties.set(asker, w.seatsOf[MUNICIPALITY][0], 0.9, 0);
    expect(reachPartner(state, asker, CARE, scripted(0))).toEqual({ seat: state.presentSeats[CARE][0], tie: 0, broker: -1 });
    state.presentStaff[CARE] = 0;
    expect(reachPartner(state, asker, CARE, scripted(0.5)).seat).toBe(-1);
  });
});
