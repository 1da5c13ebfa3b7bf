import { describe, expect, it } from 'vitest';
import { cumulativeIncidence } from '../../../src/index.js';
import { createRng } from '../../../src/random/rng.js';

describe('cumulativeIncidence (Aalen-Johansen)', () => {
  it('matches a hand-computed example with censoring and a competing cause', () => {
    // t=1: 4 at risk, one of cause 1: F = 1/4, S = 3/4. t=2: 3 at risk, cause 2: S = 1/2.
    // t=3: censored (at risk 2 → 1). t=4: 1 at risk, cause 1: F += (1/2)(1/1) = 3/4.
    expect(cumulativeIncidence([1, 2, 3, 4], [1, 2, 0, 1], 1, 4)).toBeCloseTo(0.75, 15);
    expect(cumulativeIncidence([1, 2, 3, 4], [1, 2, 0, 1], 1, 3)).toBeCloseTo(0.25, 15);
    expect(cumulativeIncidence([1, 2, 3, 4], [1, 2, 0, 1], 2, 4)).toBeCloseTo(0.25, 15);
  });

  it('counts a censoring tied with an event as still at risk at that time', () => {
    // t=2: 3 at risk (two censored at 2 are counted), one of cause 1: F = 1/3.
    expect(cumulativeIncidence([2, 2, 2], [1, 0, 0], 1, 5)).toBeCloseTo(1 / 3, 15);
    // Then the two censored leave: nothing more is estimated.
    expect(cumulativeIncidence([2, 2, 2, 7], [1, 0, 0, 1], 1, 5)).toBeCloseTo(0.25, 15);
  });

  it('equals the plain share when nothing is censored', () => {
    const seed = 20240601;
    const rng = createRng(seed);
    const n = 500;
    const times = Array.from({ length: n }, () => Math.floor(rng() * 100));
    const events = Array.from({ length: n }, () => 1 + Math.floor(rng() * 3));
    for (const at of [0, 10, 52, 99, 200]) {
      const share = times.filter((t, i) => t <= at && events[i] === 1).length / n;
      expect(cumulativeIncidence(times, events, 1, at), `seed ${seed}, at ${at}`).toBeCloseTo(share, 12);
    }
  });

  it('is NaN without observations and refuses mismatched inputs', () => {
    expect(cumulativeIncidence([], [], 1, 10)).toBeNaN();
    expect(() => cumulativeIncidence([1], [], 1, 10)).toThrow('cumulativeIncidence requires as many events as times');
  });
});
