import { describe, expect, it } from 'vitest';
import { pointMeans } from '../../studies/lib/pointMeans.js';
import { trajectoryEffects } from '../../src/methods/morris/trajectoryEffects.js';

const layout = {
  factorNames: ['a', 'b'],
  trajectorySize: 3,
  changed: [null, 'a', 'b', null, 'b', 'a'],
  step: [0, 0.5, -0.5, 0, 0.5, 0.5],
};

describe('trajectoryEffects', () => {
  it('effects per full range, arranged by trajectory (hand-computed)', () => {
    // trajectory 0: 1 → 3 (a +0.5): 4; 3 → 2 (b −0.5): 2. trajectory 1: 0 → 1 (b +0.5): 2; 1 → 0 (a +0.5): −2
    const result = trajectoryEffects([1, 3, 2, 0, 1, 0], layout);
    expect(result.trajectories).toBe(2);
    expect(Array.from(result.effects)).toEqual([4, 2, -2, 2]);
  });

  it('an undefined output leaves NaN in the effects that use it', () => {
    const { effects } = trajectoryEffects([1, NaN, 2, 0, 1, 0], layout);
    expect(Array.from(effects)).toEqual([NaN, NaN, -2, 2]);
  });

  it('rejects outputs of the wrong length', () => {
    expect(() => trajectoryEffects([1, 2], layout)).toThrow('trajectoryEffects requires 6 outputs, got 2');
  });
});

describe('pointMeans', () => {
  it('averages replicates per point, skipping undefined runs', () => {
    expect(Array.from(pointMeans([1, 3, NaN, 4, NaN, NaN], 2))).toEqual([2, 4, NaN]);
  });

  it('rejects a count that is not a multiple of the replicates', () => {
    expect(() => pointMeans([1, 2, 3], 2)).toThrow('pointMeans requires a multiple of 2 values, got 3');
  });
});
