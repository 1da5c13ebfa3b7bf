import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../../src/methods/generateDesign.js';
import { linear } from '../../../src/experiment/models/linear.js';
import { ishigami } from '../../../src/experiment/models/ishigami.js';
import type { RangeFactor } from '../../../src/experiment/designs/types.js';
import { morrisEffects } from '../../../src/methods/morris/morrisEffects.js';
import { createRng } from '../../../src/random/rng.js';

describe('morrisEffects', () => {
  it('linear model: μ = cᵢ·range, μ* = |cᵢ|·range, σ = 0 exactly (any levels, any seed)', () => {
    const c = [1, -2, 3];
    const factors: RangeFactor[] = [
      { kind: 'range', name: 'x1', low: 0, high: 2 },
      { kind: 'range', name: 'x2', low: -1, high: 3 },
      { kind: 'range', name: 'x3', low: 10, high: 20 },
    ];
    const ranges = [2, 4, 10];
    for (const [levels, seed] of [[4, 1], [6, 2], [8, 3]]) {
      const design = generateDesign({ method: 'morris', trajectories: 10, levels }, factors, seed);
      const rng = createRng(seed);
      const Y = design.points.map((p) => linear.run(p, rng, { c }).y);
      const effects = morrisEffects(Y, design.layout, { bootstrap: 100, seed });
      effects.forEach((e, i) => {
        expect(e.factor).toBe(`x${i + 1}`);
        expect(e.mu).toBeCloseTo(c[i] * ranges[i], 10);
        expect(e.muStar).toBeCloseTo(Math.abs(c[i]) * ranges[i], 10);
        expect(e.sigma).toBeCloseTo(0, 10);
        expect(e.muStarLow).toBeCloseTo(e.muStar, 10);
        expect(e.muStarHigh).toBeCloseTo(e.muStar, 10);
      });
    }
  });

  it('Ishigami: intervals around μ*, σ > 0 for the non-linear factors, reproducible bootstrap', () => {
    const design = generateDesign({ method: 'morris', trajectories: 40, levels: 4 }, ishigami.factors, 7);
    const rng = createRng(7);
    const Y = design.points.map((p) => ishigami.run(p, rng).y);
    const effects = morrisEffects(Y, design.layout, { bootstrap: 500, seed: 1 });
    for (const e of effects) {
      expect(e.muStarLow).toBeLessThanOrEqual(e.muStar);
      expect(e.muStarHigh).toBeGreaterThanOrEqual(e.muStar);
      expect(e.sigma).toBeGreaterThan(0);
    }
    // x3 acts only through its interaction with x1, so its μ* is large although S1 = 0:
    // μ* screens for total effect (Campolongo et al. 2007), it is not a first-order measure
    expect(effects[2].muStar).toBeGreaterThan(0.1 * effects[0].muStar);
    expect(morrisEffects(Y, design.layout, { bootstrap: 50, seed: 3 })).toEqual(
      morrisEffects(Y, design.layout, { bootstrap: 50, seed: 3 }),
    );
    const none = morrisEffects(Y, design.layout, { bootstrap: 0 });
    expect(none[0].muStarLow).toBeNaN();
  });

  it('checks outputs and layout', () => {
    const design = generateDesign({ method: 'morris', trajectories: 4 }, ishigami.factors, 1);
    expect(() => morrisEffects([1, 2], design.layout)).toThrow('morrisEffects requires 16 outputs, got 2');
    expect(() => morrisEffects([1], {})).toThrow('morrisEffects requires the layout of a morris design');
  });
});
