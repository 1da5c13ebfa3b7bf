import { describe, expect, it } from 'vitest';
import { domainIndex } from '../../../src/model/domains.js';
import { tieToFormerDomains } from '../../../src/model/state/tieToFormerDomains.js';
import type { SimulationState } from '../../../src/model/state/SimulationState.js';
import { makeState, scripted, small } from '../helpers.js';

const POLICE = 1;
const CARE = 3;
const YOUTH = 4;

const noDraw = () => {
  throw new Error('drew a random number');
};

/** The seat's ties as [other seat, strength at the current week], sorted by seat. */
function tiesOf(state: SimulationState, seat: number): [number, number][] {
  return state.ties
    .tiesOf(seat)
    .map((slot): [number, number] => [state.ties.other(slot, seat), state.ties.strengthAt(slot, state.week)])
    .sort((a, b) => a[0] - b[0]);
}

function clearTies(state: SimulationState) {
  for (let seat = 0; seat < state.workforce.org.length; seat++) state.ties.turnOver(seat, 0, 0, state.week, noDraw);
}

describe('tieToFormerDomains', () => {
  it('gives one tie of strength initialTie per former domain, to a professional of a partner of that domain', () => {
    const { state } = makeState(small({ preconditions: { mutualTrust: 0.5 } }));
    clearTies(state);
    state.week = 40;
    const tie0 = state.params.initialTie;
    expect(tie0).toBeCloseTo(0.4, 15); // 0.1 + 0.6 · 0.5
    const seat = state.workforce.seatsOf[POLICE][0];
    state.workforce.experience[seat] = (1 << domainIndex('care')) | (1 << domainIndex('youth'));
    // draws: the care partner (the only one), its colleague floor(0.99 · 4) = 3; the youth partner, floor(0.5 · 3) = 1
    tieToFormerDomains(state, seat, scripted(0.1, 0.99, 0.1, 0.5));
    const care = state.workforce.seatsOf[CARE][3];
    const youth = state.workforce.seatsOf[YOUTH][1];
    expect(tiesOf(state, seat)).toEqual([care, youth].sort((a, b) => a - b).map((s) => [s, tie0]));
    // made at the current week: the strength is read unfaded now
    expect(state.ties.get(seat, care, 40)).toBe(tie0);
  });

  it('picks one of several partners of the domain at random', () => {
    const { state } = makeState({
      network: { form: 'shared' },
      organisations: [
        { id: 'police', domain: 'security', staff: 2 },
        { id: 'care-a', domain: 'care', staff: 2 },
        { id: 'care-b', domain: 'care', staff: 3 },
      ],
    });
    clearTies(state);
    const seat = state.workforce.seatsOf[0][0];
    state.workforce.experience[seat] = 1 << domainIndex('care');
    tieToFormerDomains(state, seat, scripted(0.6, 0)); // floor(0.6 · 2) = 1: care-b, its first professional
    expect(tiesOf(state, seat)).toEqual([[state.workforce.seatsOf[2][0], state.params.initialTie]]);
    clearTies(state);
    tieToFormerDomains(state, seat, scripted(0.4, 0.99)); // care-a, its second professional
    expect(tiesOf(state, seat)).toEqual([[state.workforce.seatsOf[1][1], state.params.initialTie]]);
  });

  it('makes no tie (and draws nothing) without experience or for a domain the network lacks', () => {
    const { state } = makeState(small());
    clearTies(state);
    const seat = state.workforce.seatsOf[POLICE][0];
    state.workforce.experience[seat] = 0;
    tieToFormerDomains(state, seat, noDraw);
    state.workforce.experience[seat] = 1 << domainIndex('education'); // no education partner in `small`
    tieToFormerDomains(state, seat, noDraw);
    expect(state.ties.tiesOf(seat)).toHaveLength(0);
  });

  it('is applied to the initial staff: everyone with experience in a domain knows someone at a partner of it', () => {
    const { state } = makeState(small({ preconditions: { crossExperience: 1 } }), 3);
    const w = state.workforce;
    const domain = state.params.domain;
    let checked = 0;
    for (let seat = 0; seat < w.org.length; seat++) {
      for (let d = 0; d < 32; d++) {
        if (!((w.experience[seat] >> d) & 1)) continue;
        checked++;
        const partners = state.ties.neighboursOf(seat).filter((other) => domain[w.org[other]] === d);
        expect(partners.length, `seat ${seat}, domain ${d}`).toBeGreaterThan(0);
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
