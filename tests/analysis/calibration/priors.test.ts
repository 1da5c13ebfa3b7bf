import { describe, expect, it } from 'vitest';
import { integerPrior } from '../../../src/analysis/calibration/integerPrior.js';
import { logUniformPrior } from '../../../src/analysis/calibration/logUniformPrior.js';
import { normalCdf, normalUpperTail } from '../../../src/analysis/calibration/normalCdf.js';
import type { Prior } from '../../../src/analysis/calibration/Prior.js';
import { priorFromSpec } from '../../../src/analysis/calibration/priorFromSpec.js';
import { truncatedNormalPrior } from '../../../src/analysis/calibration/truncatedNormalPrior.js';
import { uniformPrior } from '../../../src/analysis/calibration/uniformPrior.js';
import { normalQuantile } from '../../../src/analysis/normalQuantile.js';
import { createRng } from '../../../src/random/rng.js';
import { moments } from './normalMean.js';

const SEED = 17;
const DRAWS = 20_000;

function sampleMoments(prior: Prior, seed = SEED): { mean: number; sd: number; min: number; max: number } {
  const rng = createRng(seed);
  const xs = Array.from({ length: DRAWS }, () => prior.sample(rng));
  const mean = xs.reduce((a, b) => a + b, 0) / DRAWS;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (DRAWS - 1));
  return { mean, sd, min: Math.min(...xs), max: Math.max(...xs) };
}

describe('normalCdf', () => {
  it('inverts normalQuantile to its stated 1.2e-7 relative accuracy, tails included', () => {
    for (const p of [1e-12, 1e-6, 0.001, 0.025, 0.3, 0.5, 0.7, 0.975, 0.999]) {
      const z = normalQuantile(p);
      expect(Math.abs(normalCdf(z) - p) / p, `p = ${p}`).toBeLessThan(1.2e-7);
      expect(Math.abs(normalUpperTail(-z) - p) / p, `p = ${p}`).toBeLessThan(1.2e-7);
    }
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
  });
});

describe('priors', () => {
  // Continuous priors: the density integrates to 1 over the range (Simpson), and 20,000
  // draws reproduce the exact mean and sd (moments of the density) within 4 standard errors.
  const continuous: [string, Prior, { mean: number; sd: number }][] = [
    ['uniform(2, 6)', uniformPrior(2, 6), { mean: 4, sd: 4 / Math.sqrt(12) }],
    // log-uniform on [1, 100]: mean (b − a) / ln(b / a), E[x²] = (b² − a²) / (2 ln(b / a))
    ['log-uniform(1, 100)', logUniformPrior(1, 100), { mean: 99 / Math.log(100), sd: Math.sqrt(9999 / (2 * Math.log(100)) - (99 / Math.log(100)) ** 2) }],
    // standard normal on [0, ∞) ≈ [0, 10]: the half-normal, mean √(2/π), sd √(1 − 2/π)
    ['normal(0, 1) on [0, 10]', truncatedNormalPrior(0, 1, 0, 10), { mean: Math.sqrt(2 / Math.PI), sd: Math.sqrt(1 - 2 / Math.PI) }],
    ['normal(0.5, 0.3) on [0, 1]', truncatedNormalPrior(0.5, 0.3, 0, 1), moments((x) => Math.exp(-0.5 * ((x - 0.5) / 0.3) ** 2), 0, 1)],
    // a range far in the upper tail, where Φ rounds to 1: sampled on the upper-tail scale
    ['normal(0, 1) on [6, 7]', truncatedNormalPrior(0, 1, 6, 7), moments((x) => Math.exp(-0.5 * x * x), 6, 7)],
  ];
  it.each(continuous)('%s: density integrates to 1; sampling matches its moments', (_, prior, exact) => {
    const steps = 200_000;
    const h = (prior.upper - prior.lower) / steps;
    let integral = 0;
    for (let i = 0; i <= steps; i++) {
      const c = i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2;
      integral += c * prior.density(prior.lower + i * h);
    }
    expect((integral * h) / 3).toBeCloseTo(1, 6);
    const s = sampleMoments(prior);
    expect(Math.abs(s.mean - exact.mean), `seed ${SEED}`).toBeLessThan((4 * exact.sd) / Math.sqrt(DRAWS));
    expect(Math.abs(s.sd / exact.sd - 1), `seed ${SEED}`).toBeLessThan(4 / Math.sqrt(2 * DRAWS) + 0.01);
    expect(s.min).toBeGreaterThanOrEqual(prior.lower);
    expect(s.max).toBeLessThanOrEqual(prior.upper);
  });

  it('have zero density outside the support and a consistent log density', () => {
    for (const [, prior] of continuous) {
      expect(prior.contains(prior.lower - 1e-9)).toBe(false);
      expect(prior.contains(prior.upper + 1e-9)).toBe(false);
      expect(prior.density(prior.upper + 1)).toBe(0);
      expect(prior.logDensity(prior.lower - 1)).toBe(-Infinity);
      const mid = (prior.lower + prior.upper) / 2;
      expect(prior.contains(mid)).toBe(true);
      expect(Math.exp(prior.logDensity(mid))).toBeCloseTo(prior.density(mid), 12);
    }
    expect(uniformPrior(0, 4).density(1)).toBe(0.25);
    expect(logUniformPrior(1, 100).density(10)).toBeCloseTo(1 / (10 * Math.log(100)), 14);
  });

  it('integer: each whole value has probability 1 / count, and only whole values are drawn', () => {
    const p = integerPrior(1, 4);
    expect([0, 1, 2, 2.5, 4, 5].map((x) => p.density(x))).toEqual([0, 0.25, 0.25, 0, 0.25, 0]);
    expect(p.contains(2.5)).toBe(false);
    const rng = createRng(SEED);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < DRAWS; i++) {
      const x = p.sample(rng);
      expect(Number.isInteger(x)).toBe(true);
      counts[x - 1]++;
    }
    // each count is binomial(20000, 1/4): sd 61; 4 sd is 245
    for (const c of counts) expect(Math.abs(c - DRAWS / 4), `seed ${SEED}`).toBeLessThan(245);
  });

  it('round-trip through their file form, and reject bad ranges with a message', () => {
    for (const spec of [
      { prior: 'uniform', range: [0, 1] },
      { prior: 'log-uniform', range: [0.01, 1] },
      { prior: 'normal', mean: 0.5, sd: 0.1, range: [0, 1] },
      { prior: 'integer', range: [2, 9] },
    ] as const) {
      expect(priorFromSpec(spec).spec).toEqual(spec);
    }
    expect(() => uniformPrior(1, 1)).toThrow('uniform prior requires a finite range with lower < upper, got [1, 1]');
    expect(() => logUniformPrior(0, 1)).toThrow('log-uniform prior requires a positive lower bound, got 0');
    expect(() => integerPrior(0.5, 3)).toThrow('integer prior requires whole-number bounds, got [0.5, 3]');
    expect(() => truncatedNormalPrior(0, -1, 0, 1)).toThrow('normal prior requires a positive sd, got -1');
    expect(() => truncatedNormalPrior(0, 1, 50, 60)).toThrow('normal prior requires a range with some mass');
    expect(() => priorFromSpec({ prior: 'beta', range: [0, 1] } as never)).toThrow('prior must be uniform, log-uniform, normal or integer, got beta');
  });
});
