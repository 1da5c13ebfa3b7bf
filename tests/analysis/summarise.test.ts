import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/analysis/summarise.js';
import { pairedDifference } from '../../src/analysis/pairedDifference.js';
import { replicationsNeeded } from '../../src/analysis/replicationsNeeded.js';
import { tInterval } from '../../src/analysis/tInterval.js';

describe('summarise', () => {
  it('matches R: t.test(1:5)$conf.int, sd(1:5), quantile(1:5, type = 7)', () => {
    const s = summarise(Object.freeze([5, 3, 1, 4, 2]));
    expect(s.n).toBe(5);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(1.58113883008419, 13);
    // R prints the interval as 1.036757 4.963243
    expect(s.ciLow).toBeCloseTo(1.036757, 6);
    expect(s.ciHigh).toBeCloseTo(4.963243, 6);
    expect([s.median, s.q05, s.q25, s.q75, s.q95]).toEqual([3, 1.2, 2, 4, 4.8]);
  });

  it('gives NaN spread and interval for one value, and other confidence levels', () => {
    const one = summarise([7]);
    expect(one).toMatchObject({ n: 1, mean: 7, median: 7, q05: 7 });
    expect(one.sd).toBeNaN();
    expect(one.ciLow).toBeNaN();
    // t table: t(0.995, 4) = 4.604
    const s99 = summarise([1, 2, 3, 4, 5], 0.99);
    expect(s99.ciHigh).toBeCloseTo(3 + (4.604 * Math.sqrt(2.5)) / Math.sqrt(5), 3);
  });

  it('rejects empty and non-finite input', () => {
    expect(() => summarise([])).toThrow('summarise requires at least one value');
    expect(() => summarise([1, NaN])).toThrow('summarise requires finite values, got NaN');
    expect(() => tInterval(0, 1, 5, 1)).toThrow('confidence must be between 0 and 1, got 1');
  });
});

describe('pairedDifference', () => {
  it('matches the paired t interval of c(5,6,7) − c(4,4,6)', () => {
    const d = pairedDifference([5, 6, 7], [4, 4, 6]);
    expect(d.n).toBe(3);
    expect(d.meanDifference).toBeCloseTo(4 / 3, 14);
    expect(d.sdDifference).toBeCloseTo(0.577350269189626, 13);
    // 4/3 ∓ t(0.975, 2) · sd / √3 with the table value t = 4.302653
    expect(d.ciLow).toBeCloseTo(-0.10088, 5);
    expect(d.ciHigh).toBeCloseTo(2.76755, 5);
    expect(d.effectSize).toBeCloseTo(4 / 3 / 0.577350269189626, 12);
  });

  it('handles equal differences and checks lengths', () => {
    const d = pairedDifference([2, 3], [1, 2]);
    expect([d.meanDifference, d.ciLow, d.ciHigh, d.sdDifference]).toEqual([1, 1, 1, 0]);
    expect(d.effectSize).toBeNaN();
    expect(() => pairedDifference([1], [1, 2])).toThrow(
      'pairedDifference requires samples of equal length, got 1 and 2',
    );
  });
});

describe('replicationsNeeded', () => {
  it('is the smallest n with t(0.975, n − 1)·sd/√n ≤ halfWidth', () => {
    // t(0.975, 17) = 2.1098 → 0.4973 ≤ 0.5; t(0.975, 16) = 2.1199 → 0.5141 > 0.5
    expect(replicationsNeeded(1, 0.5)).toBe(18);
    expect(replicationsNeeded(0, 0.5)).toBe(2);
    // sd 10, half-width 1: 385 by the normal approximation (1.96² · 100 = 384.1), t adds 2
    expect(replicationsNeeded(10, 1)).toBe(387);
    expect(() => replicationsNeeded(1, 0)).toThrow('replicationsNeeded requires a positive half-width, got 0');
  });
});
