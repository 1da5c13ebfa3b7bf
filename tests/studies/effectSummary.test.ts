import { describe, expect, it } from 'vitest';
import { effectSummary } from '../../studies/lib/effectSummary.js';

describe('effectSummary', () => {
  it('mu, mu* and sigma by hand: effects 1 and -3 give -1, 2 and sqrt(8)', () => {
    const s = effectSummary([1, -3]);
    expect(s.n).toBe(2);
    expect(s.mu).toBe(-1);
    expect(s.muStar).toBe(2);
    expect(s.sigma).toBeCloseTo(Math.sqrt(8), 12);
  });

  it('equal effects give a zero-width interval at the value', () => {
    const s = effectSummary([-2, -2, -2]);
    expect([s.muLow, s.muHigh, s.muStarLow, s.muStarHigh]).toEqual([-2, -2, 2, 2]);
  });

  it('two effects 0 and 1: resampled means are 0, 0.5 or 1 (each end with chance 1/4), so the 95% interval is [0, 1]', () => {
    const s = effectSummary([0, 1], { resamples: 4000, seed: 3 });
    expect([s.muLow, s.muHigh]).toEqual([0, 1]);
  });

  it('drops non-finite effects and returns NaN when none is left', () => {
    expect(effectSummary([NaN, 4, Infinity]).mu).toBe(4);
    expect(effectSummary([NaN]).mu).toBeNaN();
  });
});
