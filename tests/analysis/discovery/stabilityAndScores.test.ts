import { describe, expect, it } from 'vitest';
import { featureScores, resampleStability } from '../../../src/discovery.js';
import { prim } from '../../../src/index.js';
import { createRng } from '../../../src/random/rng.js';

function knownBox(seed: number, n: number) {
  const rng = createRng(seed);
  const x: Record<string, number[]> = { x1: [], x2: [], x3: [], x4: [] };
  for (let i = 0; i < n; i++) for (const name of Object.keys(x)) x[name].push(rng());
  return { x, y: x.x1.map((v, i) => v < 0.3 && x.x2[i] > 0.6) };
}

describe('resampleStability', () => {
  it('finds the true factors in every resample and the noise rarely', () => {
    const { x, y } = knownBox(3, 1000);
    const result = prim(x, y);
    const rows = resampleStability(x, y, result, result.trajectory.length - 1, { resamples: 10, seed: 2 });
    const share = Object.fromEntries(rows.map((r) => [r.factor, r]));
    expect(rows.slice(0, 2).map((r) => r.factor).sort()).toEqual(['x1', 'x2']);
    for (const f of ['x1', 'x2']) {
      expect(share[f].reproduceDensity, f).toBe(1);
      expect(share[f].reproduceCoverage, f).toBeGreaterThanOrEqual(0.7);
    }
    for (const f of ['x3', 'x4']) expect(share[f].reproduceCoverage + share[f].reproduceDensity, f).toBeLessThanOrEqual(0.4);
    expect(resampleStability(x, y, result, 3, { resamples: 4, seed: 2 })).toEqual(resampleStability(x, y, result, 3, { resamples: 4, seed: 2 }));
  });
});

describe('featureScores (extra trees)', () => {
  it('ranks the two factors of the box first, and is seeded', () => {
    const { x, y } = knownBox(5, 1000);
    const scores = featureScores(x, y, { trees: 30, seed: 4 });
    expect(scores.slice(0, 2).map((s) => s.factor).sort()).toEqual(['x1', 'x2']);
    expect(scores[1].score).toBeGreaterThan(3 * scores[2].score);
    expect(scores.reduce((a, s) => a + s.score, 0)).toBeCloseTo(1, 12);
    expect(featureScores(x, y, { trees: 5, seed: 4 })).toEqual(featureScores(x, y, { trees: 5, seed: 4 }));
  });
});
