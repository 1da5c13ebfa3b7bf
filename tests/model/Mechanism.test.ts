import { describe, expect, it } from 'vitest';
// through the public index only, as a researcher's script would
import { createSimulation, defaultMechanisms, insertMechanism, type Mechanism, replaceMechanism, simulate } from '../../src/index.js';
import { small } from './helpers.js';

const ORDER = ['urgency', 'workforce', 'capacity', 'arrivals', 'sharing', 'conference', 'interventions', 'outcomes', 'trust', 'learning', 'narrative'];

describe('defaultMechanisms', () => {
  it('is the schedule of the design brief, a fresh array each call', () => {
    expect(defaultMechanisms().map((m) => m.name)).toEqual(ORDER);
    expect(defaultMechanisms()).not.toBe(defaultMechanisms());
  });

  it('builds every mechanism afresh, so simulations share no scratch buffers', () => {
    const a = defaultMechanisms();
    const b = defaultMechanisms();
    a.forEach((m, i) => expect(m).not.toBe(b[i]));
  });
});

describe('replaceMechanism and insertMechanism', () => {
  const noop: Mechanism = { name: 'quiet', step: () => {} };

  it('replace by name in a copy', () => {
    const list = defaultMechanisms();
    const out = replaceMechanism(list, 'trust', noop);
    expect(out.map((m) => m.name)).toEqual(ORDER.map((n) => (n === 'trust' ? 'quiet' : n)));
    expect(list.map((m) => m.name)).toEqual(ORDER);
  });

  it('insert right after the named mechanism in a copy', () => {
    const list = defaultMechanisms();
    const out = insertMechanism(list, 'narrative', noop);
    expect(out.map((m) => m.name)).toEqual([...ORDER, 'quiet']);
    expect(insertMechanism(list, 'urgency', noop).map((m) => m.name).slice(0, 3)).toEqual(['urgency', 'quiet', 'workforce']);
    expect(list).toHaveLength(11);
  });

  it('throw for an unknown name, listing the known ones', () => {
    expect(() => replaceMechanism(defaultMechanisms(), 'turst', noop)).toThrow('no mechanism named "turst"; known: urgency, workforce,');
    expect(() => insertMechanism(defaultMechanisms(), 'nope', noop)).toThrow('no mechanism named "nope"');
  });
});

describe('a researcher changes the model without editing the library', () => {
  it('a trust rule that never changes trust keeps meanOrgTrust at its initial level', () => {
    const frozenTrust: Mechanism = {
      name: 'trust',
      step(state) {
        state.trustEvents.clear(); // drop the week's trust events unapplied
      },
    };
    const scenario = small({ preconditions: { mutualTrust: 0.5, learning: 1 } });
    const result = simulate(scenario, { seed: 3, weeks: 60, mechanisms: replaceMechanism(defaultMechanisms(), 'trust', frozenTrust) });
    expect(result.weekly.every((row) => row.meanOrgTrust === 0.5)).toBe(true);
    expect(result.summary.casesResolved + result.summary.breaches).toBeGreaterThan(0); // events did happen
    // with the default rule trust moves
    const moving = simulate(scenario, { seed: 3, weeks: 60 });
    expect(moving.weekly.some((row) => row.meanOrgTrust !== 0.5)).toBe(true);
  });

  it('an added mechanism sees every week, after the one it follows, with initialize called once', () => {
    const seen: string[] = [];
    const recorder: Mechanism = {
      name: 'recorder',
      initialize: (state) => seen.push(`init@${state.week}`),
      step: (state) => seen.push(`week ${state.week}: ${state.open.length} open`),
    };
    const sim = createSimulation(small(), { seed: 1, mechanisms: insertMechanism(defaultMechanisms(), 'outcomes', recorder) });
    expect(seen).toEqual(['init@0']);
    for (let k = 0; k < 5; k++) sim.step();
    expect(seen).toHaveLength(6);
    expect(seen.slice(1).map((s) => s.split(':')[0])).toEqual(['week 1', 'week 2', 'week 3', 'week 4', 'week 5']);
    expect(sim.mechanisms.map((m) => m.name)).toContain('recorder');
  });
});
