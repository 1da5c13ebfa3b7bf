import { describe, expect, it } from 'vitest';
import { distinguishableFromDummy } from '../../src/analysis/distinguishableFromDummy.js';

describe('distinguishableFromDummy', () => {
  it('is true when the interval of index(factor) − index(dummy) over the resamples lies above 0', () => {
    // rows are resamples of (factor, dummy): differences 0.4, 0.4, 0.3
    expect(distinguishableFromDummy(Float64Array.from([0.5, 0.1, 0.6, 0.2, 0.4, 0.1]), 2, 0, 1)).toBe(true);
    // differences 0, 0.1, −0.1: the interval holds 0
    expect(distinguishableFromDummy(Float64Array.from([0.1, 0.1, 0.3, 0.2, 0.1, 0.2]), 2, 0, 1)).toBe(false);
    // a difference of exactly 0 in every resample (a factor without effect under common random numbers) is not above 0
    expect(distinguishableFromDummy(Float64Array.from([0, 0, 0, 0]), 2, 0, 1)).toBe(false);
  });

  it('pairs by resample: a factor above the dummy in every resample is distinguishable though their marginal intervals overlap', () => {
    const rows: number[] = [];
    for (let r = 0; r < 200; r++) {
      const level = 1 + r / 100; // both indices swing together from 1 to 3
      rows.push(level + 0.05, level, 0);
    }
    const replicates = Float64Array.from(rows);
    expect(distinguishableFromDummy(replicates, 3, 0, 1)).toBe(true);
    expect(distinguishableFromDummy(replicates, 3, 1, 0)).toBe(false);
  });

  it('reads the columns of a wider matrix and drops non-finite resamples; null when none is left', () => {
    expect(distinguishableFromDummy(Float64Array.from([9, 1, 0.2, 9, NaN, 0.2, 9, 2, 0.2]), 3, 1, 2)).toBe(true);
    expect(distinguishableFromDummy(Float64Array.from([NaN, 0, NaN, 0]), 2, 0, 1)).toBeNull();
  });

  it('uses the one-sided level of the confidence', () => {
    const differences = Float64Array.from(Array.from({ length: 100 }, (_, i) => [i - 4, 0]).flat()); // −4 … 95
    expect(distinguishableFromDummy(differences, 2, 0, 1, 0.95)).toBe(false); // 2.5% quantile −1.5
    expect(distinguishableFromDummy(differences, 2, 0, 1, 0.8)).toBe(true); // 10% quantile 5.9
  });
});
