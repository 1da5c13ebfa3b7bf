import { describe, expect, it } from 'vitest';
import { domainIndex } from '../../src/model/domains.js';
import { bridgedFit, bridging, frameFit, translation } from '../../src/model/frameFit.js';
import type { SimulationState } from '../../src/model/state/SimulationState.js';
import { makeState, small } from './helpers.js';

describe('frameFit', () => {
  it('is the Gaussian kernel exp(−½(d/breadth)²)', () => {
    expect(frameFit(0.2, 0.5, 0.6, 0)).toBeCloseTo(Math.exp(-0.125), 15);
    expect(frameFit(0.2, 0.9, 0.15, 0)).toBeCloseTo(Math.exp(-0.5 * (0.7 / 0.15) ** 2), 18);
    expect(frameFit(0.2, 0.9, 0.15, 0)).toBeCloseTo(1.9e-5, 6);
  });

  it('is 1 when frames coincide, symmetric, and falls with distance', () => {
    expect(frameFit(0.4, 0.4, 0.3, 0)).toBe(1);
    expect(frameFit(0.1, 0.7, 0.3, 0)).toBe(frameFit(0.7, 0.1, 0.3, 0));
    expect(frameFit(0.1, 0.5, 0.3, 0)).toBeLessThan(frameFit(0.2, 0.5, 0.3, 0));
    expect(frameFit(0.1, 0.5, 0.6, 0)).toBeGreaterThan(frameFit(0.1, 0.5, 0.3, 0));
  });

  it('shrinks the distance by the translation share', () => {
    // d = 0.6 · (1 − 0.5) = 0.3, z = 0.3 / 0.3 = 1
    expect(frameFit(0.2, 0.8, 0.3, 0.5)).toBeCloseTo(Math.exp(-0.5), 15);
    expect(frameFit(0.2, 0.8, 0.3, 0.5)).toBeCloseTo(frameFit(0.35, 0.65, 0.3, 0), 15);
  });
});

describe('translation', () => {
  it('is 0.6 × perspective-taking, plus 0.2 for any cross-partner experience and 0.2 more in the receiver domain', () => {
    expect(translation(0.5, true, true)).toBeCloseTo(0.7, 15); // the doc example
    expect(translation(0.6, true, true)).toBeCloseTo(0.76, 15);
    expect(translation(0.6, true, false)).toBeCloseTo(0.56, 15);
    expect(translation(0.6, false, false)).toBeCloseTo(0.36, 15);
    expect(translation(0, false, false)).toBe(0);
    expect(translation(0, true, true)).toBeCloseTo(0.4, 15);
    expect(translation(1, true, true)).toBeCloseTo(1, 15);
  });
});

/** A state whose professionals have all been in post for decades (familiarity 1 within 1e-8). */
function veterans(): SimulationState {
  const { state } = makeState(small());
  state.workforce.hiredWeek.fill(-1e6); // 1 − familiarity < 1e-8
  state.workforce.experience.fill(0);
  return state;
}

const OFFICE = 0;
const CARE = 3;

describe('bridging', () => {
  it('combines both sides as 1 − (1 − t_a)(1 − t_b), each counting experience in the other’s domain', () => {
    const state = veterans();
    const w = state.workforce;
    const a = w.seatsOf[OFFICE][0];
    const b = w.seatsOf[CARE][0];
    // the doc example: a coordinator (0.6) who worked in care, a care worker (0.4) without experience
    w.perspective[a] = 0.6;
    w.experience[a] = 1 << domainIndex('care');
    w.perspective[b] = 0.4;
    // t_a = 0.36 + 0.2 + 0.2 = 0.76, t_b = 0.24: 1 − 0.24 · 0.76 = 0.8176
    expect(bridging(state, a, b)).toBeCloseTo(0.8176, 8);
    expect(bridging(state, b, a)).toBeCloseTo(0.8176, 8); // symmetric
    // experience elsewhere (security) earns only the 0.2 for having worked at another partner
    w.experience[a] = 1 << domainIndex('security');
    // t_a = 0.56: 1 − 0.44 · 0.76 = 0.6656
    expect(bridging(state, a, b)).toBeCloseTo(0.6656, 8);
    // nobody bridges: 0
    w.perspective[a] = 0;
    w.perspective[b] = 0;
    w.experience[a] = 0;
    expect(bridging(state, a, b)).toBe(0);
    // one side alone: its own translation
    w.perspective[b] = 0.5;
    expect(bridging(state, a, b)).toBeCloseTo(0.3, 8);
  });

  it('scales each side by its familiarity 1 − 0.7·exp(−tenure/26)', () => {
    const state = veterans();
    const w = state.workforce;
    const a = w.seatsOf[OFFICE][0];
    const b = w.seatsOf[CARE][0];
    w.perspective[a] = 0.5;
    w.perspective[b] = 0.5;
    state.week = 30;
    w.hiredWeek[a] = 30; // first day: familiarity 0.3
    w.hiredWeek[b] = 4; // 26 weeks: familiarity 1 − 0.7/e
    const fa = 0.3;
    const fb = 1 - 0.7 * Math.exp(-1);
    // t_a = 0.3 · 0.3 = 0.09, t_b = fb · 0.3
    expect(bridging(state, a, b)).toBeCloseTo(1 - (1 - fa * 0.3) * (1 - fb * 0.3), 15);
    expect(bridging(state, a, b)).toBeCloseTo(0.29269823879, 10); // 1 − 0.91 · (1 − 0.3 · 0.74248439118)
  });
});

describe('bridgedFit', () => {
  it('is frameFit under the narrative breadth with the distance the two seats bridge', () => {
    const state = veterans();
    const w = state.workforce;
    const a = w.seatsOf[OFFICE][0];
    const b = w.seatsOf[CARE][0];
    w.perspective[a] = 0.6;
    w.experience[a] = 1 << domainIndex('care');
    w.perspective[b] = 0.4;
    state.narrative.breadth = 0.3;
    // bridged 0.8176 (above): d = 0.7 · 0.1824 = 0.12768, z = 0.4256
    expect(bridgedFit(state, 0.2, 0.9, a, b)).toBeCloseTo(Math.exp(-0.5 * 0.4256 ** 2), 8);
    expect(bridgedFit(state, 0.2, 0.9, a, b)).toBe(frameFit(0.2, 0.9, 0.3, bridging(state, a, b)));
  });
});
