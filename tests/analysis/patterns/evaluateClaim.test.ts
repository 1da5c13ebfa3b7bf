import { describe, expect, it } from 'vitest';
import { evaluateClaim } from '../../../src/analysis/patterns/evaluateClaim.js';

// Reference: differences [1, 2, 1] have mean 4/3, sd 0.57735, se 0.33333; t(0.975, 2) = 4.302653,
// t(0.95, 2) = 2.919986 (R: qt(0.975, 2), qt(0.95, 2)).
const from = [4, 4, 6];
const to = [5, 6, 7];
const T975 = 4.302653;
const T95 = 2.919986;
const SE = 0.57735027 / Math.sqrt(3);

describe('evaluateClaim', () => {
  it('increase: the 95% paired t-interval of to − from lies above 0 (or above min)', () => {
    const v = evaluateClaim({ shape: 'comparison', expect: 'increase' }, [from, to]);
    expect(v.effect).toBeCloseTo(4 / 3, 10);
    expect(v.low).toBeCloseTo(4 / 3 - T975 * SE, 5);
    expect(v.high).toBeCloseTo(4 / 3 + T975 * SE, 5);
    expect(v).toMatchObject({ n: 3, interval: '95%', pass: false, rule: '95% interval above 0' }); // low ≈ −0.10
    const wider = evaluateClaim({ shape: 'comparison', expect: 'increase' }, [[1, 2, 3, 4], [2, 3.2, 4.1, 5.3]]);
    expect(wider.pass).toBe(true);
    expect(evaluateClaim({ shape: 'comparison', expect: 'increase', min: 2 }, [[1, 2, 3, 4], [2, 3.2, 4.1, 5.3]]).pass).toBe(false);
  });

  it('decrease is increase read the other way', () => {
    const v = evaluateClaim({ shape: 'comparison', expect: 'decrease' }, [[2, 3.2, 4.1, 5.3], [1, 2, 3, 4]]);
    expect(v.pass).toBe(true);
    expect(v.high).toBeLessThan(0);
  });

  it('equivalent: TOST, the 90% interval inside ±margin', () => {
    const v = evaluateClaim({ shape: 'comparison', expect: 'equivalent', margin: 3 }, [from, to]);
    expect(v.low).toBeCloseTo(4 / 3 - T95 * SE, 5);
    expect(v.high).toBeCloseTo(4 / 3 + T95 * SE, 5);
    expect(v).toMatchObject({ interval: '90%', pass: true });
    expect(evaluateClaim({ shape: 'comparison', expect: 'equivalent', margin: 2 }, [from, to]).pass).toBe(false); // high ≈ 2.31
  });

  it('range on one arm: the 95% interval of the mean inside [low, high]', () => {
    const values = [0.5, 0.6, 0.7, 0.6];
    const v = evaluateClaim({ shape: 'level', expect: 'range', range: [0.4, 0.8] }, [values]);
    expect(v.effect).toBeCloseTo(0.6, 12);
    expect(v.pass).toBe(true);
    expect(evaluateClaim({ shape: 'level', expect: 'range', range: [0.55, 0.8] }, [values]).pass).toBe(false);
  });

  it('interaction: the difference of the two gains, replicate by replicate', () => {
    // gains at by.from: [1, 1, 1]; at by.to: [3, 4, 3] → effects [2, 3, 2]
    const v = evaluateClaim({ shape: 'interaction', expect: 'increase' }, [[0, 0, 0], [1, 1, 1], [0, 0, 1], [3, 4, 4]]);
    expect(v.effect).toBeCloseTo(7 / 3, 12);
    expect(v.pass).toBe(true);
  });

  it('ordered: every adjacent pair in the claimed direction; the weakest pair is shown', () => {
    const a = [1, 2, 3, 4];
    const b = [2, 3, 4, 5.1];
    const c = [5, 6, 7, 8];
    const up = evaluateClaim({ shape: 'sequence', expect: 'ordered' }, [a, b, c]);
    expect(up.pass).toBe(true);
    expect(up.effect).toBeCloseTo(1.025, 12); // b − a, not c − b (3)
    expect(evaluateClaim({ shape: 'sequence', expect: 'ordered', order: 'descending' }, [c, b, a]).pass).toBe(true);
    expect(evaluateClaim({ shape: 'sequence', expect: 'ordered' }, [a, c, b]).pass).toBe(false);
  });

  it('leaves out replicates without a finite value in every arm, and fails with fewer than two', () => {
    const v = evaluateClaim({ shape: 'comparison', expect: 'increase' }, [[1, NaN, 2, 3, 4], [2, 5, NaN, 4.1, 5.3]]);
    expect(v.n).toBe(3);
    const none = evaluateClaim({ shape: 'comparison', expect: 'increase' }, [[1, NaN], [NaN, 2]]);
    expect(none).toMatchObject({ n: 0, pass: false });
  });
});
