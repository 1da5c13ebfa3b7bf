import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../../src/methods/generateDesign.js';
import { ishigami, ishigamiIndices } from '../../../src/experiment/models/ishigami.js';
import { sobolG, sobolGIndices } from '../../../src/experiment/models/sobolG.js';
import type { SweepModel } from '../../../src/experiment/models/types.js';
import type { Factor } from '../../../src/experiment/designs/types.js';
import { sobolIndices } from '../../../src/methods/sobol/sobolIndices.js';
import { createRng } from '../../../src/random/rng.js';

function evaluate(model: SweepModel, factors: Factor[], samples: number, seed: number, constants?: Record<string, unknown>, secondOrder = false) {
  const design = generateDesign({ method: 'sobol', samples, secondOrder }, factors, seed);
  const rng = createRng(seed);
  const Y = Float64Array.from(design.points, (p) => model.run(p, rng, constants).y);
  return { design, Y };
}

// Tolerances measured over seeds 1–20 (docs/analysis.md, "Measured accuracy"); each is about
// three times the largest error seen there.
describe('sobolIndices', () => {
  it('does not depend on a constant offset of the output (outputs are centred first)', () => {
    const { design, Y } = evaluate(ishigami, ishigami.factors, 1024, 5);
    const shifted = Y.map((y) => y + 1000);
    const plain = sobolIndices(Y, design.layout, { bootstrap: 100, seed: 5 });
    const offset = sobolIndices(shifted, design.layout, { bootstrap: 100, seed: 5 });
    offset.factors.forEach((f, i) => {
      expect(f.S1).toBeCloseTo(plain.factors[i].S1, 8);
      expect(f.ST).toBeCloseTo(plain.factors[i].ST, 8);
      expect(f.S1High - f.S1Low).toBeCloseTo(plain.factors[i].S1High - plain.factors[i].S1Low, 8);
    });
  });

  it('Ishigami at N = 8192: every S1 and ST within 0.02 of the closed form, intervals cover it', () => {
    const truth = ishigamiIndices(7, 0.1);
    for (const seed of [1, 2, 3]) {
      const { design, Y } = evaluate(ishigami, ishigami.factors, 8192, seed);
      const result = sobolIndices(Y, design.layout, { bootstrap: 300, seed });
      result.factors.forEach((f, i) => {
        const context = `seed ${seed} factor ${f.factor}`;
        expect(Math.abs(f.S1 - truth.S1[i]), context).toBeLessThanOrEqual(0.02);
        expect(Math.abs(f.ST - truth.ST[i]), context).toBeLessThanOrEqual(0.02);
        expect(f.S1Low <= truth.S1[i] && truth.S1[i] <= f.S1High, context).toBe(true);
        expect(f.STLow <= truth.ST[i] && truth.ST[i] <= f.STHigh, context).toBe(true);
      });
      expect(result.pairs).toEqual([]);
    }
  });

  it('Ishigami second order at N = 8192: S2(x1,x3) = V13/V within 0.02, other pairs 0 within 0.02', () => {
    const truth = ishigamiIndices(7, 0.1);
    const { design, Y } = evaluate(ishigami, ishigami.factors, 8192, 4, undefined, true);
    const result = sobolIndices(Y, design.layout, { bootstrap: 200, seed: 4 });
    const expected: Record<string, number> = { 'x1,x2': 0, 'x1,x3': truth.ST[2], 'x2,x3': 0 };
    expect(result.pairs.map((p) => `${p.factorA},${p.factorB}`)).toEqual(Object.keys(expected));
    for (const p of result.pairs) {
      const value = expected[`${p.factorA},${p.factorB}`];
      expect(Math.abs(p.S2 - value), `${p.factorA},${p.factorB}`).toBeLessThanOrEqual(0.02);
      expect(p.S2Low <= value && value <= p.S2High).toBe(true);
    }
  });

  it('Sobol G with the default a (k = 8) at N = 4096: S1 and ST within 0.025', () => {
    const truth = sobolGIndices();
    for (const seed of [1, 2]) {
      const { design, Y } = evaluate(sobolG, sobolG.factors, 4096, seed);
      const result = sobolIndices(Y, design.layout, { bootstrap: 0 });
      result.factors.forEach((f, i) => {
        expect(Math.abs(f.S1 - truth.S1[i]), `seed ${seed} ${f.factor}`).toBeLessThanOrEqual(0.025);
        expect(Math.abs(f.ST - truth.ST[i]), `seed ${seed} ${f.factor}`).toBeLessThanOrEqual(0.025);
      });
      expect(result.factors[0].S1Low).toBeNaN();
    }
  });

  it('Sobol G with a = (0, 0, 0.5, 2, 5) at N = 4096: S1 and ST within 0.04', () => {
    const a = [0, 0, 0.5, 2, 5];
    const truth = sobolGIndices(a);
    const factors = sobolG.factors.slice(0, 5);
    for (const seed of [1, 2]) {
      const { design, Y } = evaluate(sobolG, factors, 4096, seed, { a });
      const result = sobolIndices(Y, design.layout, { bootstrap: 0 });
      result.factors.forEach((f, i) => {
        expect(Math.abs(f.S1 - truth.S1[i]), `seed ${seed} ${f.factor}`).toBeLessThanOrEqual(0.04);
        expect(Math.abs(f.ST - truth.ST[i]), `seed ${seed} ${f.factor}`).toBeLessThanOrEqual(0.04);
      });
    }
  });

  it('bootstraps 3 factors at N = 65 536 with 1000 resamples, reproducibly (how fast: bench/guards.ts)', () => {
    const n = 65536;
    const layout = {
      samples: n,
      secondOrder: false,
      scramble: true,
      blockSize: 5,
      factorNames: ['a', 'b', 'c'],
      block: [
        { matrix: 'A', factor: null },
        { matrix: 'AB', factor: 'a' },
        { matrix: 'AB', factor: 'b' },
        { matrix: 'AB', factor: 'c' },
        { matrix: 'B', factor: null },
      ],
    };
    const rng = createRng(99);
    const Y = Float64Array.from({ length: n * 5 }, () => rng());
    const first = sobolIndices(Y, layout, { bootstrap: 1000, seed: 5 });
    expect(sobolIndices(Y, layout, { bootstrap: 20, seed: 5 })).toEqual(
      sobolIndices(Y, layout, { bootstrap: 20, seed: 5 }),
    );
    expect(first.factors[0].S1Low).toBeLessThan(first.factors[0].S1High);
  });

  it('checks the layout and the number of outputs', () => {
    const { design, Y } = evaluate(ishigami, ishigami.factors, 8, 1);
    expect(() => sobolIndices(Y.subarray(1), design.layout)).toThrow(
      'sobolIndices requires 40 outputs (8 samples × 5 points), got 39',
    );
    expect(() => sobolIndices(Y, {})).toThrow('sobolIndices requires the layout of a sobol design');
  });
});
