import { describe, expect, it } from 'vitest';
import { builtinModels, getBuiltinModel } from '../../../src/experiment/models/builtinModels.js';
import { ishigamiIndices } from '../../../src/experiment/models/ishigami.js';
import { sobolGIndices } from '../../../src/experiment/models/sobolG.js';
import { createRng } from '../../../src/random/rng.js';

const rng = createRng(1);

describe('built-in models', () => {
  it('are registered by name', () => {
    expect(Object.keys(builtinModels)).toEqual(['ishigami', 'sobol-g', 'linear', 'normal-mean']);
    expect(getBuiltinModel('sobol-g').factors).toHaveLength(8);
    expect(() => getBuiltinModel('nope')).toThrow('unknown model nope, expected one of ishigami, sobol-g, linear, normal-mean');
    expect(() => getBuiltinModel('toString')).toThrow('unknown model toString');
  });

  it('ishigami evaluates y = sin x1 + a sin² x2 + b x3⁴ sin x1', () => {
    const m = getBuiltinModel('ishigami');
    expect(m.run({ x1: Math.PI / 2, x2: 0, x3: 0 }, rng).y).toBeCloseTo(1, 15);
    expect(m.run({ x1: Math.PI / 2, x2: Math.PI / 2, x3: 2 }, rng).y).toBeCloseTo(1 + 7 + 1.6, 12);
    expect(m.run({ x1: Math.PI / 2, x2: Math.PI / 2, x3: 2 }, rng, { a: 1, b: 0 }).y).toBeCloseTo(2, 12);
    expect(() => m.run({ x1: 'a', x2: 0, x3: 0 }, rng)).toThrow('ishigami model requires a finite number for x1, got a');
  });

  it('sobol-g evaluates the product of (|4x − 2| + a)/(1 + a)', () => {
    const m = getBuiltinModel('sobol-g');
    expect(m.run({ x1: 1, x2: 0 }, rng, { a: [0, 1] }).y).toBeCloseTo(2 * 1.5, 15);
    expect(m.run({ x1: 0.5, x2: 0.5 }, rng, { a: [1, 1] }).y).toBeCloseTo(0.25, 15);
    expect(() => m.run({ x1: 1 }, rng, { a: 'x' })).toThrow('sobol-g model constant a must be a non-empty array of numbers');
  });

  it('linear evaluates Σ cᵢ xᵢ', () => {
    const m = getBuiltinModel('linear');
    expect(m.run({ x1: 1, x2: 1, x3: 1 }, rng).y).toBe(2);
    expect(m.run({ x1: 2, x2: 3 }, rng, { c: [10, 1] }).y).toBe(23);
  });

  it('normal-mean gives y ~ N(mu, sigma²/n) and the sample sd s, from the run\'s generator', () => {
    const m = getBuiltinModel('normal-mean');
    const constants = { sigma: 2, n: 4 };
    expect(m.factorsFor!(constants).map((f) => f.name)).toEqual(['mu']);
    expect(m.factorsFor!({ n: 4 }).map((f) => f.name)).toEqual(['mu', 'sigma']);
    expect(m.run({ mu: 1 }, createRng(7), constants)).toEqual(m.run({ mu: 1 }, createRng(7), constants));
    // 20,000 runs: the mean of y has sd 1/√20000 = 0.007, its variance (1) a relative sd of 1%
    const ys: number[] = [];
    let s2 = 0;
    for (let i = 0; i < 20_000; i++) {
      const out = m.run({ mu: 1 }, createRng(1000 + i), constants);
      ys.push(out.y);
      s2 += (out.s * out.s) / 20_000;
    }
    const mean = ys.reduce((a, b) => a + b, 0) / ys.length;
    const variance = ys.reduce((a, y) => a + (y - mean) ** 2, 0) / (ys.length - 1);
    expect(Math.abs(mean - 1)).toBeLessThan(0.03);
    expect(Math.abs(variance / 1 - 1)).toBeLessThan(0.05);
    expect(Math.abs(s2 / 4 - 1)).toBeLessThan(0.03); // E[s²] = sigma²
    expect(m.run({ mu: 1, sigma: 3 }, createRng(1), { n: 1 }).s).toBe(0);
    expect(() => m.run({ mu: 1 }, createRng(1), { sigma: 1, n: 1.5 })).toThrow('normal-mean model constant n must be a whole number ≥ 1, got 1.5');
  });
});

describe('analytic indices', () => {
  it('ishigami (a = 7, b = 0.1) matches the published values', () => {
    // the standard reference values for a = 7, b = 0.1 (Sobol' & Levitan 1999 closed form,
    // as tabulated in the sensitivity-analysis literature and SALib's regression tests)
    const { S1, ST } = ishigamiIndices(7, 0.1);
    [0.3139, 0.4424, 0].forEach((v, i) => expect(S1[i]).toBeCloseTo(v, 4));
    [0.5576, 0.4424, 0.2437].forEach((v, i) => expect(ST[i]).toBeCloseTo(v, 4));
  });

  it('sobol G matches hand-computed values and sums to 1 without interactions', () => {
    // a = (0, 1): V1 = 1/3, V2 = 1/12, V = (4/3)(13/12) − 1 = 4/9
    const { S1, ST } = sobolGIndices([0, 1]);
    expect(S1[0]).toBeCloseTo(0.75, 14);
    expect(S1[1]).toBeCloseTo(0.1875, 14);
    expect(ST[0]).toBeCloseTo(0.8125, 14);
    expect(ST[1]).toBeCloseTo(0.25, 14);
    // one factor: S1 = ST = 1
    const one = sobolGIndices([2]);
    expect(one.S1[0]).toBeCloseTo(1, 14);
    expect(one.ST[0]).toBeCloseTo(1, 14);
    // a = (0, 0): V1 = V2 = 1/3, V = (4/3)² − 1 = 7/9, S1 = 3/7, ST = (1/3)(4/3)/(7/9) = 4/7
    const equal = sobolGIndices([0, 0]);
    equal.S1.forEach((v) => expect(v).toBeCloseTo(3 / 7, 14));
    equal.ST.forEach((v) => expect(v).toBeCloseTo(4 / 7, 14));
  });
});
