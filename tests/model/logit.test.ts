import { describe, expect, it } from 'vitest';
import { shiftLogOdds, TRUST_CEILING, TRUST_FLOOR } from '../../src/model/logit.js';
import { logit } from './helpers.js';

describe('shiftLogOdds', () => {
  it('moves logit(T) by exactly delta: 0.5 shifted by ln 3 is 0.75', () => {
    expect(shiftLogOdds(0.5, Math.log(3))).toBeCloseTo(0.75, 15);
    expect(shiftLogOdds(0.5, -Math.log(3))).toBeCloseTo(0.25, 15);
    expect(shiftLogOdds(0.5, 0)).toBeCloseTo(0.5, 15);
    for (const t of [0.01, 0.2, 0.5, 0.8, 0.99]) {
      expect(logit(shiftLogOdds(t, 0.37)) - logit(t)).toBeCloseTo(0.37, 11);
    }
  });

  it('is undone by the opposite shift, and three shifts of λ undo one of −3λ', () => {
    for (const t of [0.05, 0.3, 0.6, 0.95]) {
      expect(shiftLogOdds(shiftLogOdds(t, -0.3), 0.3)).toBeCloseTo(t, 14);
      let x = shiftLogOdds(t, -0.3);
      for (let k = 0; k < 3; k++) x = shiftLogOdds(x, 0.1);
      expect(x).toBeCloseTo(t, 14);
    }
  });

  it('keeps trust inside [TRUST_FLOOR, TRUST_CEILING] and clamps inputs at the bounds', () => {
    expect(shiftLogOdds(0.5, 100)).toBe(TRUST_CEILING);
    expect(shiftLogOdds(0.5, -100)).toBe(TRUST_FLOOR);
    expect(shiftLogOdds(0, 0)).toBeCloseTo(TRUST_FLOOR, 15);
    expect(shiftLogOdds(1, 0)).toBeCloseTo(TRUST_CEILING, 15);
    expect(Number.isFinite(shiftLogOdds(0, 1))).toBe(true);
  });
});
