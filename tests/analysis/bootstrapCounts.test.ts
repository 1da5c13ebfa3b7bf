import { describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/analysis/bootstrap.js';
import { bootstrapCounts } from '../../src/analysis/bootstrapCounts.js';

describe('bootstrapCounts', () => {
  it('hands the statistic the same resamples as bootstrap with the same seed, as counts', () => {
    const n = 37;
    const fromIndices: number[][] = [];
    bootstrap(n, 20, 5, 1, (indices) => {
      const counts = new Array<number>(n).fill(0);
      for (const i of indices) counts[i]++;
      fromIndices.push(counts);
    });
    const fromCounts: number[][] = [];
    bootstrapCounts(n, 20, 5, 1, (counts) => void fromCounts.push([...counts]));
    expect(fromCounts).toEqual(fromIndices);
    expect(fromCounts.every((c) => c.reduce((a, b) => a + b, 0) === n)).toBe(true);
  });

  it('gives a weighted-sum statistic equal to the index bootstrap up to rounding', () => {
    const values = Array.from({ length: 50 }, (_, i) => Math.sin(i) * 10);
    const byIndex = bootstrap(50, 100, 9, 1, (indices, out) => {
      let s = 0;
      for (const i of indices) s += values[i];
      out[0] = s / 50;
    });
    const byCounts = bootstrapCounts(50, 100, 9, 1, (counts, out) => {
      let s = 0;
      for (let i = 0; i < 50; i++) s += counts[i] * values[i];
      out[0] = s / 50;
    });
    for (let r = 0; r < 100; r++) expect(byCounts[r]).toBeCloseTo(byIndex[r], 12);
  });

  it('refuses no observations or no resamples', () => {
    expect(() => bootstrapCounts(0, 10, 1, 1, () => {})).toThrow('bootstrap requires at least one observation, got 0');
    expect(() => bootstrapCounts(3, 0, 1, 1, () => {})).toThrow('bootstrap requires a whole number of resamples of at least 1, got 0');
  });
});
