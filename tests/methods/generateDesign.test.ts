import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateDesign } from '../../src/methods/generateDesign.js';
import type { Factor, RangeFactor } from '../../src/experiment/designs/types.js';
import type { SaltelliLayout } from '../../src/methods/sobol/saltelliDesign.js';
import type { MorrisLayout } from '../../src/methods/morris/morrisDesign.js';
import type { OatStep } from '../../src/methods/oat/oatDesign.js';

const x: RangeFactor = { kind: 'range', name: 'x', low: 0, high: 10 };
const staff: RangeFactor = { kind: 'range', name: 'staff', low: 2, high: 12, integer: true };
const region: Factor = { kind: 'values', name: 'region', values: ['north', 'south', 'west'] };
const unit = (name: string): RangeFactor => ({ kind: 'range', name, low: 0, high: 1 });

describe('grid design', () => {
  it('is the full factorial with evenly spaced levels, last factor fastest', () => {
    const d = generateDesign({ method: 'grid', levels: 3 }, [x, region], 1);
    expect(d.points).toHaveLength(9);
    expect(d.points.slice(0, 4)).toEqual([
      { x: 0, region: 'north' },
      { x: 0, region: 'south' },
      { x: 0, region: 'west' },
      { x: 5, region: 'north' },
    ]);
    expect(d.points.at(-1)).toEqual({ x: 10, region: 'west' });
  });

  it('defaults to 3 levels and rounds integer factors', () => {
    const d = generateDesign({ method: 'grid' }, [staff], 1);
    expect(d.points).toEqual([{ staff: 2 }, { staff: 7 }, { staff: 12 }]);
    const four = generateDesign({ method: 'grid', levels: 4 }, [staff], 1);
    expect(four.points.map((p) => p.staff)).toEqual([2, 5, 9, 12]);
  });

  it('rejects fewer than two levels', () => {
    expect(() => generateDesign({ method: 'grid', levels: 1 }, [x], 1)).toThrow(
      'grid design requires levels to be a whole number of at least 2, got 1',
    );
  });
});

describe('oat design', () => {
  it('starts at the baseline and moves one factor at a time to each end or value', () => {
    const d = generateDesign({ method: 'oat' }, [x, region], 1);
    expect(d.points).toEqual([
      { x: 5, region: 'north' },
      { x: 0, region: 'north' },
      { x: 10, region: 'north' },
      { x: 5, region: 'south' },
      { x: 5, region: 'west' },
    ]);
    expect(d.layout.steps as OatStep[]).toEqual([
      { factor: null, side: 'baseline' },
      { factor: 'x', side: 'low' },
      { factor: 'x', side: 'high' },
      { factor: 'region', side: 'value' },
      { factor: 'region', side: 'value' },
    ]);
  });

  it('uses a given baseline and checks it', () => {
    const d = generateDesign({ method: 'oat', baseline: { x: 2, region: 'west' } }, [x, region], 1);
    expect(d.points[0]).toEqual({ x: 2, region: 'west' });
    expect(d.points).toHaveLength(5);
    expect(() => generateDesign({ method: 'oat', baseline: { x: 20 } }, [x], 1)).toThrow(
      'oat design baseline x must be a number from 0 to 10, got 20',
    );
    expect(() => generateDesign({ method: 'oat', baseline: { y: 1 } }, [x], 1)).toThrow(
      'oat design baseline has unknown factor y',
    );
  });
});

describe('lhs design', () => {
  it('puts exactly one sample in each stratum of each factor (any size, any seed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 2 ** 31 }), (n, seed) => {
        const d = generateDesign({ method: 'lhs', samples: n }, [unit('a'), unit('b'), unit('c')], seed);
        expect(d.points).toHaveLength(n);
        for (const name of ['a', 'b', 'c']) {
          const strata = new Set(d.points.map((p) => Math.floor((p[name] as number) * n)));
          expect(strata.size).toBe(n);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('stays in range, rounds integer factors, and depends only on the seed', () => {
    const d = generateDesign({ method: 'lhs', samples: 30 }, [x, staff], 9);
    for (const p of d.points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(10);
      expect(Number.isInteger(p.staff)).toBe(true);
    }
    expect(generateDesign({ method: 'lhs', samples: 30 }, [x, staff], 9)).toEqual(d);
    expect(generateDesign({ method: 'lhs', samples: 30 }, [x, staff], 10)).not.toEqual(d);
  });

  it('rejects values factors and bad counts', () => {
    expect(() => generateDesign({ method: 'lhs', samples: 10 }, [x, region], 1)).toThrow(
      'lhs design requires range factors, but region is a values factor',
    );
    expect(() => generateDesign({ method: 'lhs', samples: 0 }, [x], 1)).toThrow(
      'lhs design requires samples to be a whole number of at least 1, got 0',
    );
  });
});

describe('sobol (Saltelli) design', () => {
  const factors = [unit('a'), unit('b'), unit('c')];

  it('has N·(k+2) points, or N·(2k+2) with second order', () => {
    expect(generateDesign({ method: 'sobol', samples: 64 }, factors, 1).points).toHaveLength(64 * 5);
    expect(
      generateDesign({ method: 'sobol', samples: 64, secondOrder: true }, factors, 1).points,
    ).toHaveLength(64 * 8);
  });

  it('builds AB_i from A with column i from B, and BA_i from B with column i from A', () => {
    const d = generateDesign({ method: 'sobol', samples: 32, secondOrder: true }, factors, 3);
    const layout = d.layout as unknown as SaltelliLayout;
    expect(layout.blockSize).toBe(8);
    expect(layout.block.map((s) => `${s.matrix}${s.factor ?? ''}`)).toEqual([
      'A', 'ABa', 'ABb', 'ABc', 'BAa', 'BAb', 'BAc', 'B',
    ]);
    for (let j = 0; j < 32; j++) {
      const rows = d.points.slice(j * 8, j * 8 + 8);
      const A = rows[0];
      const B = rows[7];
      factors.forEach((f, i) => {
        for (const g of factors) {
          expect(rows[1 + i][g.name]).toBe(g.name === f.name ? B[g.name] : A[g.name]);
          expect(rows[4 + i][g.name]).toBe(g.name === f.name ? A[g.name] : B[g.name]);
        }
      });
    }
  });

  it('takes A and B from the unscrambled sequence when scrambling is off', () => {
    const d = generateDesign({ method: 'sobol', samples: 8, scramble: false }, [unit('a')], 1);
    // dimensions 1 and 2 of the Joe & Kuo sequence (see sobolSequence.test.ts)
    expect(d.points.filter((_, p) => p % 3 === 0).map((p) => p.a)).toEqual([
      0, 0.5, 0.75, 0.25, 0.375, 0.875, 0.625, 0.125,
    ]);
    expect(d.points.filter((_, p) => p % 3 === 2).map((p) => p.a)).toEqual([
      0, 0.5, 0.25, 0.75, 0.375, 0.875, 0.125, 0.625,
    ]);
  });

  it('scales to ranges, and is reproducible by seed', () => {
    const d = generateDesign({ method: 'sobol', samples: 16 }, [x, staff], 4);
    for (const p of d.points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThan(10);
      expect(Number.isInteger(p.staff)).toBe(true);
    }
    expect(generateDesign({ method: 'sobol', samples: 16 }, [x, staff], 4)).toEqual(d);
    expect(generateDesign({ method: 'sobol', samples: 16 }, [x, staff], 5)).not.toEqual(d);
  });

  it('requires a power of two and range factors', () => {
    expect(() => generateDesign({ method: 'sobol', samples: 1000 }, factors, 1)).toThrow(
      'sobol design requires samples to be a power of two, got 1000',
    );
    expect(() => generateDesign({ method: 'sobol', samples: 8 }, [region], 1)).toThrow(
      'sobol design requires range factors, but region is a values factor',
    );
    const many = Array.from({ length: 65 }, (_, i) => unit(`f${i}`));
    expect(() => generateDesign({ method: 'sobol', samples: 8 }, many, 1)).toThrow(
      'sobol design supports at most 64 factors, got 65',
    );
  });

  it('works for 40 factors', () => {
    const forty = Array.from({ length: 40 }, (_, i) => unit(`f${i}`));
    expect(generateDesign({ method: 'sobol', samples: 8 }, forty, 1).points).toHaveLength(8 * 42);
  });
});

describe('morris design', () => {
  const factors = [unit('a'), x, unit('c')];

  it('has r·(k+1) points and each step changes exactly one factor by ±Δ of its range', () => {
    for (const levels of [4, 6]) {
      const d = generateDesign({ method: 'morris', trajectories: 12, levels }, factors, 8);
      const layout = d.layout as unknown as MorrisLayout;
      const delta = levels / (2 * (levels - 1));
      expect(layout.delta).toBeCloseTo(delta, 15);
      expect(d.points).toHaveLength(12 * 4);
      for (let p = 0; p < d.points.length; p++) {
        if (p % 4 === 0) {
          expect(layout.changed[p]).toBeNull();
          continue;
        }
        const changed = factors.filter((f) => d.points[p][f.name] !== d.points[p - 1][f.name]);
        expect(changed.map((f) => f.name)).toEqual([layout.changed[p]]);
        const f = changed[0] as RangeFactor;
        const move = ((d.points[p][f.name] as number) - (d.points[p - 1][f.name] as number)) / (f.high - f.low);
        expect(move).toBeCloseTo(layout.sign[p] * delta, 12);
        expect(layout.step[p]).toBeCloseTo(move, 12);
      }
      // every factor moves exactly once per trajectory, values on the p-level grid
      for (let t = 0; t < 12; t++) {
        const moved = layout.changed.slice(t * 4 + 1, t * 4 + 4).sort();
        expect(moved).toEqual(['a', 'c', 'x']);
      }
      for (const p of d.points) {
        const level = (p.a as number) * (levels - 1);
        expect(Math.abs(level - Math.round(level))).toBeLessThan(1e-9);
      }
    }
  });

  it('keeps the most spread-out trajectories when given candidates, reproducibly', () => {
    const d = generateDesign({ method: 'morris', trajectories: 5, candidates: 20 }, factors, 2);
    expect(d.points).toHaveLength(20);
    expect(generateDesign({ method: 'morris', trajectories: 5, candidates: 20 }, factors, 2)).toEqual(d);
    expect(generateDesign({ method: 'morris', trajectories: 5 }, factors, 3)).not.toEqual(
      generateDesign({ method: 'morris', trajectories: 5 }, factors, 2),
    );
  });

  it('validates levels and factors', () => {
    expect(() => generateDesign({ method: 'morris', trajectories: 4, levels: 5 }, factors, 1)).toThrow(
      'morris design requires levels to be an even whole number of at least 2, got 5',
    );
    expect(() => generateDesign({ method: 'morris', trajectories: 4 }, [region], 1)).toThrow(
      'morris design requires range factors, but region is a values factor',
    );
    const narrow: RangeFactor = { kind: 'range', name: 'n', low: 3, high: 3, integer: true };
    expect(() => generateDesign({ method: 'morris', trajectories: 4, levels: 4 }, [narrow], 1)).toThrow(
      'morris design factor n has a range too narrow for 4 levels',
    );
  });
});

describe('list design', () => {
  it('keeps valid points in factor order', () => {
    const d = generateDesign({ method: 'list', points: [{ region: 'west', x: 1 }] }, [x, region], 1);
    expect(d.points).toEqual([{ x: 1, region: 'west' }]);
    expect(Object.keys(d.points[0])).toEqual(['x', 'region']);
  });

  it('names the point and factor of a bad value', () => {
    const list = (points: Record<string, number | string>[]) =>
      () => generateDesign({ method: 'list', points }, [x, staff, region], 1);
    expect(list([{ x: 1, staff: 3, region: 'east' }])).toThrow(
      'list design point 0 factor region must be one of north, south, west, got east',
    );
    expect(list([{ x: 1, staff: 3, region: 'west' }, { x: 11, staff: 3, region: 'west' }])).toThrow(
      'list design point 1 factor x must be a number from 0 to 10, got 11',
    );
    expect(list([{ x: 1, staff: 3.5, region: 'west' }])).toThrow(
      'list design point 0 factor staff must be a whole number from 2 to 12, got 3.5',
    );
    expect(list([{ x: 1, region: 'west' }])).toThrow('list design point 0 is missing factor staff');
    expect(list([{ x: 1, staff: 3, region: 'west', y: 2 }])).toThrow('list design point 0 has unknown factor y');
  });
});

describe('generateDesign', () => {
  it('validates factors and method', () => {
    expect(() => generateDesign({ method: 'grid' }, [x, { ...x }], 1)).toThrow('grid design has factor x more than once');
    expect(() => generateDesign({ method: 'grid' }, [{ ...x, low: 3, high: 1 }], 1)).toThrow(
      'grid design factor x has low 3 above high 1',
    );
    expect(() => generateDesign({ method: 'oat' }, [], 1)).toThrow('oat design requires at least one factor');
    expect(() => generateDesign({ method: 'nope' } as never, [x], 1)).toThrow(
      'design method must be one of grid, oat, lhs, sobol, morris, list, got nope',
    );
  });

  it('does not modify its inputs', () => {
    const factors = Object.freeze([Object.freeze({ ...x }), Object.freeze({ ...region })]) as Factor[];
    const spec = Object.freeze({ method: 'oat' as const });
    expect(() => generateDesign(spec, factors, 1)).not.toThrow();
  });
});
