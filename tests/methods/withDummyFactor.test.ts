import { describe, expect, it } from 'vitest';
import type { Factor } from '../../src/experiment/designs/types.js';
import { generateDesign } from '../../src/methods/generateDesign.js';
import type { MorrisLayout } from '../../src/methods/morris/morrisDesign.js';
import type { SaltelliLayout } from '../../src/methods/sobol/saltelliDesign.js';

const factors: Factor[] = [
  { kind: 'range', name: 'x1', low: 0, high: 1 },
  { kind: 'range', name: 'x2', low: 10, high: 20 },
];

describe('dummy: true in morris and sobol designs', () => {
  it('morris: every trajectory moves the dummy once, as the last column; the factors stay the experiment\'s', () => {
    const design = generateDesign({ method: 'morris', trajectories: 5, dummy: true }, factors, 7);
    const layout = design.layout as unknown as MorrisLayout;
    expect(design.factors).toEqual(factors);
    expect(layout.factorNames).toEqual(['x1', 'x2', 'dummy']);
    expect(layout.dummy).toBe('dummy');
    expect(design.points).toHaveLength(5 * 4);
    for (let t = 0; t < 5; t++) expect(layout.changed.slice(t * 4, t * 4 + 4).filter((c) => c === 'dummy')).toHaveLength(1);
    for (const point of design.points) expect(point.dummy).toBeGreaterThanOrEqual(0);
  });

  it('sobol: the Saltelli block swaps the dummy like any factor', () => {
    const design = generateDesign({ method: 'sobol', samples: 8, dummy: true }, factors, 7);
    const layout = design.layout as unknown as SaltelliLayout;
    expect(design.factors).toEqual(factors);
    expect(layout.block.map((s) => s.factor)).toEqual([null, 'x1', 'x2', 'dummy', null]);
    expect(design.points).toHaveLength(8 * 5);
    const [a, , , abDummy, b] = design.points.slice(0, 5);
    expect(abDummy).toEqual({ ...a, dummy: b.dummy });
  });

  it('without dummy (false or absent) the design is exactly as before', () => {
    for (const method of ['morris', 'sobol'] as const) {
      const spec = method === 'morris' ? { method, trajectories: 4 } : { method, samples: 8 };
      const plain = generateDesign(spec, factors, 3);
      expect(generateDesign({ ...spec, dummy: false }, factors, 3)).toEqual(plain);
      expect(plain.layout).not.toHaveProperty('dummy');
      expect(Object.keys(plain.points[0])).toEqual(['x1', 'x2']);
    }
  });

  it('refuses a factor already named dummy', () => {
    const named: Factor[] = [...factors, { kind: 'range', name: 'dummy', low: 0, high: 1 }];
    expect(() => generateDesign({ method: 'morris', trajectories: 4, dummy: true }, named, 1)).toThrow(
      'morris design has dummy: true and a factor named dummy; rename that factor or set dummy: false',
    );
    expect(() => generateDesign({ method: 'sobol', samples: 8, dummy: true }, named, 1)).toThrow(/sobol design has dummy: true/);
    expect(generateDesign({ method: 'morris', trajectories: 4 }, named, 1).points).toHaveLength(16);
  });
});
