import { describe, expect, it } from 'vitest';
import { sobolMaxDimensions, sobolSequence } from '../../../src/methods/sobol/sobolSequence.js';
import { createRng } from '../../../src/random/rng.js';

// First 8 points of the unscrambled 5-dimensional Sobol' sequence with Joe & Kuo (2008)
// direction numbers, as produced by scipy.stats.qmc.Sobol(d=5, scramble=False) (reference
// array in Optuna's tests/samplers_tests/test_qmc.py).
const reference = [
  [0.0, 0.0, 0.0, 0.0, 0.0],
  [0.5, 0.5, 0.5, 0.5, 0.5],
  [0.75, 0.25, 0.25, 0.25, 0.75],
  [0.25, 0.75, 0.75, 0.75, 0.25],
  [0.375, 0.375, 0.625, 0.875, 0.375],
  [0.875, 0.875, 0.125, 0.375, 0.875],
  [0.625, 0.125, 0.875, 0.625, 0.625],
  [0.125, 0.625, 0.375, 0.125, 0.125],
];

describe('sobolSequence', () => {
  it('matches the published unscrambled Joe & Kuo sequence', () => {
    const columns = sobolSequence(8, 5);
    const rows = reference.map((_, i) => columns.map((c) => c[i]));
    expect(rows).toEqual(reference);
  });

  it('has one point in every elementary interval of width 1/n in each dimension', () => {
    const n = 256;
    for (const options of [{}, { scramble: createRng(5) }]) {
      const columns = sobolSequence(n, 128, options);
      for (const column of columns) {
        const cells = new Set(Array.from(column, (x) => Math.floor(x * n)));
        expect(cells.size).toBe(n);
      }
    }
  });

  it('is a (0,2)-net in base 2 for the first two dimensions (every 1/4 × 1/64 box of 256 points holds one)', () => {
    const [x, y] = sobolSequence(256, 2, { scramble: createRng(11) });
    const boxes = new Set(Array.from(x, (xi, i) => `${Math.floor(xi * 4)}/${Math.floor(y[i] * 64)}`));
    expect(boxes.size).toBe(256);
  });

  it('scrambles reproducibly by seed and differently for different seeds', () => {
    const a = sobolSequence(16, 3, { scramble: createRng(1) });
    const b = sobolSequence(16, 3, { scramble: createRng(1) });
    const c = sobolSequence(16, 3, { scramble: createRng(2) });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    for (const column of a) for (const x of column) expect(x >= 0 && x < 1).toBe(true);
  });

  it('supports 128 dimensions and rejects more', () => {
    expect(sobolMaxDimensions).toBe(128);
    expect(() => sobolSequence(4, 129)).toThrow('sobol sequence supports 1 to 128 dimensions, got 129');
  });
});
