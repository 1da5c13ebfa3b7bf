import { describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/analysis/bootstrap.js';
import { percentileInterval } from '../../src/analysis/percentileInterval.js';
import { replicateNoiseShare } from '../../src/analysis/replicateNoiseShare.js';

const values = [2, 4, 4, 4, 5, 5, 7, 9];
const meanOf = (indices: Int32Array, out: Float64Array) => {
  let sum = 0;
  for (let i = 0; i < indices.length; i++) sum += values[indices[i]];
  out[0] = sum / indices.length;
};

describe('bootstrap', () => {
  it('is reproducible by seed and centred on the statistic', () => {
    const a = bootstrap(values.length, 2000, 1, 1, meanOf);
    expect(bootstrap(values.length, 2000, 1, 1, meanOf)).toEqual(a);
    expect(bootstrap(values.length, 2000, 2, 1, meanOf)).not.toEqual(a);
    const average = a.reduce((s, v) => s + v, 0) / a.length;
    expect(average).toBeCloseTo(5, 1);
    // bootstrap sd of the mean ≈ population sd / √n = 2 / √8 (Efron & Tibshirani 1993, §5)
    const sd = Math.sqrt(a.reduce((s, v) => s + (v - average) ** 2, 0) / (a.length - 1));
    expect(Math.abs(sd - 2 / Math.sqrt(8))).toBeLessThan(0.05);
  });

  it('draws every index in range', () => {
    const seen = new Set<number>();
    bootstrap(5, 200, 3, 1, (indices, out) => {
      for (const i of indices) seen.add(i);
      out[0] = 0;
    });
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(() => bootstrap(0, 10, 1, 1, meanOf)).toThrow('bootstrap requires at least one observation, got 0');
  });
});

describe('percentileInterval', () => {
  it('takes type-7 quantiles of one column and drops non-finite replicates', () => {
    expect(percentileInterval(Float64Array.from([5, 1, 3, 2, 4]), 0.5)).toEqual([2, 4]);
    const twoColumns = Float64Array.from([1, 10, 2, NaN, 3, 30]);
    expect(percentileInterval(twoColumns, 0.5, 2, 1)).toEqual([15, 25]);
    expect(percentileInterval(Float64Array.from([NaN]), 0.9)).toEqual([NaN, NaN]);
  });
});

describe('replicateNoiseShare', () => {
  it('is within-point over total sum of squares', () => {
    expect(replicateNoiseShare([[1, 1], [3, 3]])).toBe(0);
    expect(replicateNoiseShare([[1, 3], [1, 3]])).toBe(1);
    // within SS = 2 + 2 = 4, grand mean 2.5, total SS = 2.25 + 0.25 + 0.25 + 2.25... of [1,2,3,4]
    expect(replicateNoiseShare([[1, 2], [3, 4]])).toBeCloseTo(1 / 5, 15);
    expect(replicateNoiseShare([[2], [2]])).toBeNaN();
  });
});
