import { describe, expect, it } from 'vitest';
import { prim } from '../../../src/index.js';
import { createRng } from '../../../src/random/rng.js';

/** Uniform factors x1…x5; cases of interest exactly where x1 < 0.3 and x2 > 0.6. */
function knownBox(seed: number, n = 2000) {
  const rng = createRng(seed);
  const x: Record<string, number[]> = { x1: [], x2: [], x3: [], x4: [], x5: [] };
  for (let i = 0; i < n; i++) for (const name of Object.keys(x)) x[name].push(rng());
  return { x, y: x.x1.map((v, i) => v < 0.3 && x.x2[i] > 0.6) };
}

describe('prim on a known box (x1 < 0.3 and x2 > 0.6, noise x3…x5)', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`recovers the box (seed ${seed})`, () => {
      const { x, y } = knownBox(seed);
      const { box } = prim(x, y);
      const limit = Object.fromEntries(box.limits.map((l) => [l.factor, l]));
      expect(box.density, `seed ${seed}`).toBe(1);
      expect(box.coverage, `seed ${seed}`).toBeGreaterThan(0.9);
      expect(limit.x1.high, `seed ${seed}`).toBeGreaterThan(0.27);
      expect(limit.x1.high, `seed ${seed}`).toBeLessThan(0.3);
      expect(limit.x2.low, `seed ${seed}`).toBeGreaterThan(0.6);
      expect(limit.x2.low, `seed ${seed}`).toBeLessThan(0.63);
      expect(box.limits.filter((l) => l.restricted).map((l) => l.factor), `seed ${seed}`).toEqual(['x1', 'x2']);
      expect(limit.x1.qpHigh!).toBeLessThan(1e-10);
      expect(limit.x2.qpLow!).toBeLessThan(1e-10);
    });
  }

  it('is deterministic and does not change its input', () => {
    const { x, y } = knownBox(9, 500);
    const frozen = JSON.stringify({ x, y });
    expect(JSON.stringify(prim(x, y))).toBe(JSON.stringify(prim(x, y)));
    expect(JSON.stringify({ x, y })).toBe(frozen);
  });

  it('takes rows as well as columns', () => {
    const { x, y } = knownBox(4, 300);
    const rows = x.x1.map((_, i) => Object.fromEntries(Object.keys(x).map((k) => [k, x[k][i]])));
    expect(prim(rows, y).trajectory).toEqual(prim(x, y).trajectory);
  });
});
