import { describe, expect, it } from 'vitest';
import { binomialUpperTail } from '../../../src/analysis/binomialUpperTail.js';
import { sdQuantile, sdQuantileUnsorted } from '../../../src/analysis/discovery/sdQuantile.js';
import fc from 'fast-check';
import { DiscoveryError, primObjective, primTable } from '../../../src/discovery.js';
import { prim } from '../../../src/index.js';

describe('sdQuantile (sdtoolkit / EMA Workbench get_quantile)', () => {
  it('cuts midway between neighbours, stepping over ties', () => {
    expect(sdQuantile([1, 2, 3, 4, 5], 0.05)).toBe(1.5);
    expect(sdQuantile([1, 2, 3, 4, 5], 0.95)).toBe(4.5);
    expect(sdQuantile([1, 1, 1, 2, 3], 0.05)).toBe(1.5);
    expect(sdQuantile([1, 2, 3, 3, 3], 0.95)).toBe(2.5);
    expect(sdQuantile([7], 0.1)).toBe(7);
    expect(sdQuantile([2, 2, 2], 0.9)).toBe(2);
  });
});

describe('binomialUpperTail', () => {
  it('matches scipy.stats.binomtest(k, n, p, alternative="greater")', () => {
    // values from scipy 1.10.1
    const cases: [number, number, number, number][] = [
      [8, 10, 0.5, 0.0546875],
      [50, 51, 0.2, 4.616189618054771e-34],
      [3, 100, 0.01, 0.07937320225218046],
      [120, 150, 0.3, 1.4583735294566551e-36],
    ];
    for (const [k, n, p, want] of cases) expect(Math.abs(binomialUpperTail(k, n, p) - want) / want).toBeLessThan(1e-10);
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
  });
});

describe('primObjective', () => {
  it('scores as EMA Workbench', () => {
    expect(primObjective('original')(100, 20, 90, 20)).toBe(20 / 90);
    expect(primObjective('original')(100, 20, 0, 0)).toBe(-1);
    expect(primObjective('lenient1')(100, 20, 90, 20)).toBe((20 / 90 - 20 / 100) / 10);
    expect(primObjective('lenient2')(100, 20, 90, 20)).toBe((90 * (20 / 90 - 20 / 100)) / 10);
    expect(primObjective('lenient1')(100, 20, 90, 18)).toBe(0);
  });
});

describe('primTable', () => {
  it('infers types: text is categorical, whole numbers integer, else real', () => {
    const table = primTable({ a: [1, 2, 3], b: [0.5, 1, 2], c: ['x', 'y', 'x'] }, [1, 0, 0]);
    expect(table.columns.map((c) => c.type)).toEqual(['integer', 'real', 'categorical']);
    expect(table.columns[2].categories).toEqual(['x', 'y']);
    expect(primTable({ a: [1, 2, 3] }, [1, 0, 0], { a: 'real' }).columns[0].type).toBe('real');
  });

  it('rejects input it cannot work with, saying what it found', () => {
    const bad = (fn: () => unknown, message: RegExp) => expect(fn).toThrowError(message);
    bad(() => primTable({ a: [1, 2] }, [1, 0, 0]), /factor "a" has 2 values; y has 3/);
    bad(() => primTable({ a: [1, 2, 3] }, [0, 0, 0]), /no case of interest among the 3 rows/);
    bad(() => primTable({ a: [1, 2, 3] }, [1, 1, 1]), /all 3 rows are cases of interest/);
    bad(() => primTable({ a: [1, NaN, 3] }, [1, 0, 0]), /factor "a" is real; found null at row 1/);
    bad(() => primTable({ a: [1, 2, 3] }, [1, 2, 0]), /y must hold 0 and 1 .*found 2 at row 1/);
    bad(() => prim({ a: [1, 2, 3] }, [1, 0, 0], { peelAlpha: 0.7 }), /peelAlpha must be above 0 and at most 0.5; found 0.7/);
    expect(() => primTable({}, [1, 0])).toThrowError(DiscoveryError);
  });
});

describe('prim with a categorical factor', () => {
  it('peels the category without cases of interest', () => {
    const g = Array.from({ length: 300 }, (_, i) => ['a', 'b', 'c'][i % 3]);
    const v = Array.from({ length: 300 }, (_, i) => (i * 7919) % 300);
    const y = g.map((label, i) => label === 'b' && v[i] < 200);
    const { box } = prim({ g, v }, y);
    expect(box.limits[0].categories).toEqual(['b']);
    expect(box.density).toBe(1);
  });
});

describe('sdQuantileUnsorted', () => {
  it('gives exactly sdQuantile of the sorted values, ties and all', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 40 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), (ints, q) => {
        const values = ints.map((v) => v / 2);
        const sorted = [...values].sort((a, b) => a - b);
        expect(sdQuantileUnsorted(Float64Array.from(values), q)).toBe(sdQuantile(sorted, q));
      }),
      { seed: 18, numRuns: 2000 },
    );
  });
});
