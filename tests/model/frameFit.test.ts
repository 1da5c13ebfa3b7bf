import { describe, expect, it } from 'vitest';
import { bridgedFit, frameFit, translation } from '../../src/model/frameFit.js';
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
  it('is half the perspective-taking, plus 0.15 for any cross-partner experience and 0.15 more in the receiver domain', () => {
    expect(translation(0.6, true, true)).toBeCloseTo(0.6, 15);
    expect(translation(0.6, true, false)).toBeCloseTo(0.45, 15);
    expect(translation(0.6, false, false)).toBeCloseTo(0.3, 15);
    expect(translation(0, false, false)).toBe(0);
    expect(translation(1, true, true)).toBeCloseTo(0.8, 15);
  });
});

describe('bridgedFit', () => {
  it('is frameFit under the narrative breadth with the seat’s translation toward the partner', () => {
    const { state } = makeState(small());
    const w = state.workforce;
    const seat = 0;
    const toward = 1;
    w.perspective[seat] = 0.6;
    w.experience[seat] = 1 << state.params.domain[toward];
    const expected = frameFit(0.2, 0.9, state.narrative.breadth, translation(0.6, true, true));
    expect(bridgedFit(state, 0.2, 0.9, seat, toward)).toBe(expected);
  });
});
