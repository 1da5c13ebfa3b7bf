import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../src/methods/generateDesign.js';
import type { MorrisLayout } from '../../src/methods/morris/morrisDesign.js';
import { createRng } from '../../src/random/rng.js';
import { distinguishableFromDummy } from '../../studies/lib/distinguishableFromDummy.js';
import { effectSummary } from '../../studies/lib/effectSummary.js';
import { trajectoryEffects } from '../../src/methods/morris/trajectoryEffects.js';

const column = (e: Float64Array, k: number, i: number) => e.filter((_, j) => j % k === i);

describe('distinguishableFromDummy', () => {
  it('hand example: |EE| 2, 2, 2 against 1, 1, 1 gives excess 1 with interval [1, 1]', () => {
    expect(distinguishableFromDummy([2, -2, 2], [1, -1, 1])).toEqual({ n: 3, excess: 1, low: 1, high: 1, distinguishable: true });
  });

  it('a factor smaller than the dummy is not distinguishable', () => {
    const c = distinguishableFromDummy([0.1, 0.1], [1, -1]);
    expect(c.excess).toBeCloseTo(-0.9, 12);
    expect(c.distinguishable).toBe(false);
  });

  it('resamples trajectories jointly: a constant paired excess is certain even when both vary widely', () => {
    const dummy = [1, 5, 10, 0.5, 8];
    const factor = dummy.map((d) => d + 0.1);
    const c = distinguishableFromDummy(factor, dummy);
    expect(c.low).toBeCloseTo(0.1, 12);
    expect(c.high).toBeCloseTo(0.1, 12);
    expect(c.distinguishable).toBe(true);
    // separately, the two mu* intervals overlap: an unpaired comparison could not tell them apart
    expect(effectSummary(factor).muStarLow).toBeLessThan(effectSummary(dummy).muStarHigh);
  });

  it('keeps only trajectories where both effects are defined', () => {
    expect(distinguishableFromDummy([1, NaN, 3], [0, 5, NaN])).toMatchObject({ n: 1, excess: 1 });
    expect(distinguishableFromDummy([NaN], [1]).distinguishable).toBe(false);
  });

  it('on a noisy linear model, the active factor is distinguishable and the inert one is not', () => {
    const factors = ['x1', 'x2', 'dummy'].map((name) => ({ kind: 'range' as const, name, low: 0, high: 1 }));
    const design = generateDesign({ method: 'morris', trajectories: 30 }, factors, 5);
    const noise = createRng(9);
    // y = 2 x1 + noise; x2 is read but has a tiny effect of the size of the noise
    const Y = design.points.map((p) => 2 * Number(p.x1) + 0.01 * Number(p.x2) + 0.05 * (noise() - 0.5));
    const { effects } = trajectoryEffects(Y, design.layout as unknown as MorrisLayout);
    const dummy = column(effects, 3, 2);
    expect(distinguishableFromDummy(column(effects, 3, 0), dummy).distinguishable).toBe(true);
    expect(distinguishableFromDummy(column(effects, 3, 1), dummy).distinguishable).toBe(false);
  });

  it('unequal lengths throw', () => {
    expect(() => distinguishableFromDummy([1], [1, 2])).toThrow('equally many trajectories, got 1 and 2');
  });
});
