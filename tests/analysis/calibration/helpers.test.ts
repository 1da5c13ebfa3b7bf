import { describe, expect, it } from 'vitest';
import { abcDistance } from '../../../src/analysis/calibration/abcDistance.js';
import { cholesky } from '../../../src/analysis/calibration/cholesky.js';
import { effectiveSampleSize } from '../../../src/analysis/calibration/effectiveSampleSize.js';
import { perturbationKernel } from '../../../src/analysis/calibration/perturbationKernel.js';
import { integerPrior } from '../../../src/analysis/calibration/integerPrior.js';
import { uniformPrior } from '../../../src/analysis/calibration/uniformPrior.js';
import { weightedCovariance } from '../../../src/analysis/calibration/weightedCovariance.js';
import { weightedQuantile } from '../../../src/analysis/calibration/weightedQuantile.js';
import { createRng } from '../../../src/random/rng.js';

describe('weightedQuantile', () => {
  it('is the type-5 (Hazen) quantile with equal weights, as numpy.quantile(x, p, method="hazen")', () => {
    // numpy: quantile([1, 2, 3, 4], [0.05, 0.5, 0.95], method='hazen') → 1, 2.5, 4; quantile([1, 2, 3, 4, 10], 0.3, method='hazen') → 2
    expect([0.05, 0.5, 0.95].map((p) => weightedQuantile([4, 2, 1, 3], [1, 1, 1, 1], p))).toEqual([1, 2.5, 4]);
    expect(weightedQuantile([1, 2, 3, 4, 10], [1, 1, 1, 1, 1], 0.3)).toBeCloseTo(2, 14);
  });
  it('places each value at the middle of its weight, and ignores zero weights', () => {
    // 1, 2, 3 sit at 0.25, 0.625, 0.875 of the weight 2 + 1 + 1: the median is 1 + (0.25 / 0.375) · 1
    expect(weightedQuantile([1, 2, 3], [2, 1, 1], 0.5)).toBeCloseTo(5 / 3, 14);
    expect(weightedQuantile([1, 2, 3], [0, 0, 1], 0.5)).toBe(3);
    expect(() => weightedQuantile([1], [0], 0.5)).toThrow('weightedQuantile requires a positive total weight');
  });
});

describe('weightedCovariance, cholesky, effectiveSampleSize', () => {
  it('match numpy.cov(x, aweights=w) and a hand factorisation', () => {
    // numpy: np.cov([[0, 1, 3], [1, 0, 2]], aweights=[0.5, 0.25, 0.25]) → [[2.4, 0.8], [0.8, 0.8]]
    const { mean, covariance } = weightedCovariance([[0, 1], [1, 0], [3, 2]], [0.5, 0.25, 0.25]);
    expect(mean).toEqual([1, 1]);
    expect(covariance[0][0]).toBeCloseTo(2.4, 14);
    expect(covariance[0][1]).toBeCloseTo(0.8, 14);
    expect(covariance[1][1]).toBeCloseTo(0.8, 14);
    expect(cholesky([[4, 2], [2, 2]])).toEqual([[2, 0], [1, 1]]);
    expect(cholesky([[1, 1], [1, 1]])).toBeUndefined();
    expect(effectiveSampleSize([0.25, 0.25, 0.25, 0.25])).toBe(4);
    expect(effectiveSampleSize([2, 0, 0])).toBe(1);
  });
});

describe('abcDistance', () => {
  it('is the weighted Euclidean distance in units of each target\'s scale; non-finite summaries never match', () => {
    const targets = [{ observed: 0.62, scale: 0.05 }, { observed: 10, scale: 2 }];
    expect(abcDistance([0.72, 10], targets)).toBeCloseTo(2, 12);
    expect(abcDistance([0.72, 14], targets)).toBeCloseTo(Math.sqrt(8), 12);
    expect(abcDistance([0.72, 14], [targets[0], { ...targets[1], weight: 0.25 }])).toBeCloseTo(Math.sqrt(5), 12);
    expect(abcDistance([NaN, 10], targets)).toBe(Infinity);
    expect(() => abcDistance([1], targets)).toThrow('abcDistance requires one summary per target, got 1 for 2');
  });
});

describe('perturbationKernel', () => {
  it('uses twice the weighted covariance, keeps proposals inside the support, and rounds integers', () => {
    const k = perturbationKernel([[0], [1], [2]], [1 / 3, 1 / 3, 1 / 3], [uniformPrior(-5, 5)]);
    expect(k.covariance[0][0]).toBeCloseTo(2, 14);
    const edge = perturbationKernel([[0, 1], [0.1, 2], [0.2, 2]], [0.2, 0.3, 0.5], [uniformPrior(0, 1), integerPrior(1, 3)]);
    const rng = createRng(5);
    for (let i = 0; i < 500; i++) {
      const [x, m] = edge.propose(rng);
      expect(x >= 0 && x <= 1 && Number.isInteger(m) && m >= 1 && m <= 3).toBe(true);
    }
  });
  it('gives the log of the weighted mixture of normal densities (without the normalising factor)', () => {
    const k = perturbationKernel([[0], [2]], [0.25, 0.75], [uniformPrior(-9, 9)]);
    const v = k.covariance[0][0]; // 2 · (reliability-weighted variance 0.75 / (1 − 0.625)) = 4
    expect(v).toBeCloseTo(4, 12);
    const expected = Math.log(0.25 * Math.exp(-(1 * 1) / (2 * v)) + 0.75 * Math.exp(-(1 * 1) / (2 * v)));
    expect(k.logMixtureDensity([1])).toBeCloseTo(expected, 12);
  });
});

describe('collabsim/internals', () => {
  it('exports the ABC-SMC core for the calibrate command to wire', async () => {
    const internals = await import('../../../src/internals.js');
    for (const name of ['abcSmc', 'abcGeneration', 'abcStopReason', 'abcProposal', 'abcSettings', 'ABC_DEFAULTS', 'abcDistance', 'perturbationKernel', 'posteriorSummary', 'priorFromSpec', 'uniformPrior', 'logUniformPrior', 'truncatedNormalPrior', 'integerPrior', 'weightedQuantile', 'effectiveSampleSize']) {
      expect(name in internals, name).toBe(true);
    }
  });
});
