import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../../src/methods/generateDesign.js';
import type { Design, Factor } from '../../../src/experiment/designs/types.js';
import { oatEffects, type EffectRow } from '../../../src/methods/oat/oatEffects.js';
import { createRng } from '../../../src/random/rng.js';
import { deriveSeed } from '../../../src/random/deriveSeed.js';
import { standardNormal } from '../../../src/random/poisson.js';

const factors: Factor[] = [
  { kind: 'range', name: 'x1', low: 0, high: 2 },
  { kind: 'range', name: 'x2', low: -1, high: 3 },
  { kind: 'range', name: 'x3', low: 10, high: 20 },
];
const c = [1, -2, 0.5];

/** y = Σ cᵢ xᵢ (+ noise shared by all points of a replicate, like common random numbers) */
function run(design: Design, replicates: number, noise: (replicate: number, point: number) => number): EffectRow[] {
  const rows: EffectRow[] = [];
  design.points.forEach((p, point) => {
    for (let replicate = 0; replicate < replicates; replicate++) {
      const y = factors.reduce((sum, f, i) => sum + c[i] * (p[f.name] as number), 0);
      rows.push({ point, replicate, value: y + noise(replicate, point) });
    }
  });
  return rows;
}

describe('oatEffects on an oat design', () => {
  it('linear model: effect = cᵢ·(high − low) exactly, ranked by |effect|', () => {
    const design = generateDesign({ method: 'oat' }, factors, 1);
    const effects = oatEffects(design, run(design, 1, () => 0));
    expect(effects.map((e) => [e.factor, e.low, e.high, e.effect, e.rank])).toEqual([
      ['x1', 0, 2, 2, 3],
      ['x2', -1, 3, -8, 1],
      ['x3', 10, 20, 5, 2],
    ]);
    expect(effects[0].effectLow).toBeNaN(); // one replicate: no interval
    expect(effects[0].pairs).toBe(1);
  });

  it('pairs by replicate, so noise shared within a replicate cancels; standardized = effect / noise sd', () => {
    const design = generateDesign({ method: 'oat' }, factors, 1);
    const shared = (r: number) => 3 * standardNormal(createRng(deriveSeed(11, r)));
    const effects = oatEffects(design, run(design, 8, shared));
    effects.forEach((e, i) => {
      const exact = c[i] * ((factors[i] as { high: number }).high - (factors[i] as { low: number }).low);
      expect(e.effect).toBeCloseTo(exact, 10);
      expect(e.effectLow).toBeCloseTo(exact, 10);
      expect(e.effectHigh).toBeCloseTo(exact, 10);
    });
    // the pooled within-point sd equals the sd of the shared noise over replicates
    const values = Array.from({ length: 8 }, (_, r) => shared(r));
    const m = values.reduce((a, b) => a + b) / 8;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / 7);
    expect(effects[1].standardized).toBeCloseTo(-8 / sd, 10);
  });

  it('gives a t interval that covers the effect under independent noise', () => {
    const design = generateDesign({ method: 'oat' }, factors, 1);
    const independent = (r: number, p: number) => 0.5 * standardNormal(createRng(deriveSeed(5, p, r)));
    const effects = oatEffects(design, run(design, 30, independent));
    expect(effects[1].effectLow).toBeLessThan(-8);
    expect(effects[1].effectHigh).toBeGreaterThan(-8);
    expect(effects[1].pairs).toBe(30);
  });

  it('uses the first and last values of a values factor', () => {
    const region: Factor = { kind: 'values', name: 'region', values: ['north', 'south', 'west'] };
    const design = generateDesign({ method: 'oat', baseline: { region: 'south' } }, [region], 1);
    const level: Record<string, number> = { north: 1, south: 4, west: 10 };
    const rows = design.points.map((p, point) => ({ point, replicate: 0, value: level[p.region as string] }));
    expect(oatEffects(design, rows)[0]).toMatchObject({ low: 'north', high: 'west', effect: 9, rank: 1 });
  });

  it('rejects duplicate rows, unknown points and other designs', () => {
    const design = generateDesign({ method: 'oat' }, factors, 1);
    expect(() => oatEffects(design, [{ point: 0, replicate: 0, value: 1 }, { point: 0, replicate: 0, value: 2 }])).toThrow(
      'oatEffects has two rows for point 0 replicate 0',
    );
    expect(() => oatEffects(design, [{ point: 99, replicate: 0, value: 1 }])).toThrow(
      'oatEffects row has point 99, but the design has 7 points',
    );
    const lhs = generateDesign({ method: 'lhs', samples: 4 }, factors, 1);
    expect(() => oatEffects(lhs, [])).toThrow('oatEffects requires an oat or grid design, got lhs');
  });
});

describe('oatEffects on a grid design', () => {
  it('linear model: main effect = cᵢ·(high − low) exactly', () => {
    const design = generateDesign({ method: 'grid', levels: 3 }, factors, 1);
    const effects = oatEffects(design, run(design, 2, (r) => r));
    expect(effects.map((e) => e.effect)).toEqual([2, -8, 5]);
    expect(effects.map((e) => e.pairs)).toEqual([18, 18, 18]);
    expect(effects.map((e) => e.rank)).toEqual([3, 1, 2]);
  });

  it('averages over the other factors: y = x1·x2 on [0,1]² has main effect mean(x2) = 0.5', () => {
    const unit: Factor[] = [
      { kind: 'range', name: 'x1', low: 0, high: 1 },
      { kind: 'range', name: 'x2', low: 0, high: 1 },
    ];
    const design = generateDesign({ method: 'grid', levels: 3 }, unit, 1);
    const rows = design.points.map((p, point) => ({ point, replicate: 0, value: (p.x1 as number) * (p.x2 as number) }));
    const effects = oatEffects(design, rows);
    expect(effects[0].effect).toBeCloseTo(0.5, 15);
    expect(effects[1].effect).toBeCloseTo(0.5, 15);
    // the interval reflects how the x1 effect varies with x2 (0, 0.5, 1): t(0.975, 2) · 0.5/√3
    expect(effects[0].effectHigh - 0.5).toBeCloseTo((4.302653 * 0.5) / Math.sqrt(3), 5);
  });
});
