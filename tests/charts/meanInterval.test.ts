import { describe, expect, it } from 'vitest';
import { meanInterval, studentT975 } from '../../src/charts/meanInterval.js';

describe('meanInterval', () => {
  it('matches t(0.975) from the NIST table and the expansion beyond 30 df', () => {
    // NIST/SEMATECH e-Handbook 1.4.2.3 (and R qt(0.975, df))
    expect(studentT975(1)).toBeCloseTo(12.706, 3);
    expect(studentT975(10)).toBeCloseTo(2.228, 3);
    expect(studentT975(40)).toBeCloseTo(2.021075, 5);
    expect(studentT975(60)).toBeCloseTo(2.000298, 5);
    expect(studentT975(120)).toBeCloseTo(1.97993, 5);
    expect(studentT975(100000)).toBeCloseTo(1.959988, 5);
  });

  it('computes mean ± t·s/√n', () => {
    const r = meanInterval([1, 2, 3, 4]);
    expect(r.mean).toBe(2.5);
    expect(r.n).toBe(4);
    expect(r.low).toBeCloseTo(2.5 - (3.182446 * Math.sqrt(5 / 3)) / 2, 6);
    expect(r.high).toBeCloseTo(2.5 + (3.182446 * Math.sqrt(5 / 3)) / 2, 6);
  });

  it('collapses to the mean for one value and refuses none', () => {
    expect(meanInterval([0.4])).toEqual({ mean: 0.4, low: 0.4, high: 0.4, n: 1 });
    expect(() => meanInterval([])).toThrow('meanInterval requires at least one value');
  });
});
