import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisonFiles } from '../../../src/analysis/results/comparisonFiles.js';
import { compareResults } from '../../../src/analysis/results/compareResults.js';
import { readResults, type ResultsData } from '../../../src/results/readResults.js';
import { pairedDifference } from '../../../src/analysis/pairedDifference.js';
import { replicationsNeeded } from '../../../src/analysis/replicationsNeeded.js';
import { moduleExperiment } from '../../experiment/fixtures/moduleExperiment.js';
import { builtinExperiment, sweep, tempRoot } from './fixtures.js';

const root = tempRoot('compare');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const oat = { method: 'oat' } as const; // 7 points, the same for every seed
let base: ResultsData;
let steeper: ResultsData;
let otherSeed: ResultsData;
let noisy: ResultsData;

beforeAll(async () => {
  const linear = (c: number[], seed = 9) =>
    builtinExperiment({ model: 'linear', constants: { c }, seed, replications: 3, design: oat });
  [base, steeper, otherSeed, noisy] = await Promise.all([
    sweep(linear([1, -2, 3]), join(root, 'base')).then((d) => readResults(d)),
    sweep(linear([1, -2, 5]), join(root, 'steeper')).then((d) => readResults(d)),
    sweep(linear([1, -2, 3], 10), join(root, 'other-seed')).then((d) => readResults(d)),
    sweep(moduleExperiment('noisy', { method: 'grid', levels: 3 }, { replications: 12 }), join(root, 'noisy')).then((d) =>
      readResults(d, { metrics: ['y'] }),
    ),
  ]);
});

describe('compareResults', () => {
  it('pairs two scenarios by point and replicate: the difference is exact for the linear model', () => {
    const c = compareResults(steeper, base);
    expect(c).toMatchObject({ pairing: 'point and replicate', pointA: null, pointB: null, width: null });
    // y differs by 2·x3 at every point; the mean over the design is 2·mean(x3)
    const x3 = steeper.design.points.map((p) => p.x3 as number);
    const expected = (2 * x3.reduce((s, v) => s + v, 0)) / x3.length;
    expect(c.rows[0]).toMatchObject({ metric: 'y', n: 3, pairs: 21, excluded: 0 });
    expect(c.rows[0].difference).toBeCloseTo(expected, 12);
    expect(c.rows[0].meanA - c.rows[0].meanB).toBeCloseTo(c.rows[0].difference, 12);
    expect(c.rows[0].ciHigh - c.rows[0].ciLow).toBeCloseTo(0, 12);
  });

  it('cancels the shared noise when comparing two design points of one folder', () => {
    // noisy: y = 2x + u, u drawn from the replicate's seed, shared by every point;
    // grid points 0 … 5 are (x, label) = (0, a), (0, b), (0.5, a), (0.5, b), (1, a), (1, b)
    const c = compareResults(noisy, noisy, { pointA: 2, pointB: 0, width: 0.05 });
    expect(c).toMatchObject({ pairing: 'replicate', pointA: 2, pointB: 0, width: 0.05 });
    expect(c.rows[0]).toMatchObject({ n: 12, pairs: 12, excluded: 0 });
    expect(c.rows[0].difference).toBeCloseTo(1, 12);
    expect(c.rows[0].sdDifference).toBeCloseTo(0, 12);
    expect(c.rows[0].replicationsNeeded).toBe(2);
  });

  it('gives the paired t-interval, effect size and replications needed of pairedDifference', () => {
    // two single-point results whose differences are not constant (a synthetic stochastic model)
    const a = [5.1, 6.3, 4.8, 7.2, 5.9, 6.6, 5.0, 6.1];
    const b = [4.2, 5.9, 4.9, 6.1, 5.2, 5.1, 4.4, 5.8];
    const c = compareResults(single('a', a), single('b', b), { width: 0.1 });
    const d = pairedDifference(a, b);
    expect(c.rows[0]).toMatchObject({ n: 8, pairs: 8, excluded: 0, sdDifference: d.sdDifference });
    expect(c.rows[0].difference).toBeCloseTo(d.meanDifference, 12);
    expect(c.rows[0].ciLow).toBeCloseTo(d.ciLow, 12);
    expect(c.rows[0].ciHigh).toBeCloseTo(d.ciHigh, 12);
    expect(c.rows[0].effectSize).toBeCloseTo(d.effectSize, 12);
    expect(c.rows[0].replicationsNeeded).toBe(replicationsNeeded(d.sdDifference, 0.1));
    const csv = comparisonFiles(c)['compare.csv'].split('\n');
    expect(csv[0]).toBe('metric,n,pairs,excluded,meanA,meanB,difference,ciLow,ciHigh,sdDifference,effectSize,halfWidth,replicationsNeeded');
  });

  it('leaves out and counts pairs with a failed run', () => {
    const a = single('a', [1, 2, 3, 4]);
    const b = single('b', [1, 1, 1, 1]);
    // replicate 2 of b failed: its row is missing
    const keep = [0, 1, 3];
    const failed = { ...b, point: Int32Array.from(keep.map(() => 0)), replicate: Int32Array.from(keep), seed: Float64Array.from(keep.map((r) => 100 + r)), values: { y: Float64Array.from([1, 1, 1]) } };
    expect(compareResults(a, failed).rows[0]).toMatchObject({ n: 3, pairs: 3, excluded: 1, difference: 4 / 3 });
  });

  it('refuses runs whose seeds differ, and designs it cannot pair', () => {
    expect(() => compareResults(base, otherSeed)).toThrow(
      /^runs are not paired: replicate 0 of point 0 has seed \d+ in .*base and \d+ in .*other-seed; compare needs runs with the same seeds/,
    );
    expect(() => compareResults(base, noisy)).toThrow('hold different designs (7 and 6 points); choose one design point of each');
    expect(() => compareResults(base, base, { pointA: 1 })).toThrow('name both design points');
    expect(() => compareResults(base, base, { pointA: 1, pointB: 7 })).toThrow('has design points 0 to 6, not 7');
  });
});

/** Results of one design point with the given values per replicate, seeds 100, 101, … */
function single(dir: string, values: number[]): ResultsData {
  const n = values.length;
  return {
    dir,
    experiment: { ...base.experiment, replications: n },
    design: { method: 'list', factors: [], points: [{}], layout: {} },
    metrics: ['y'],
    runs: n,
    failed: 0,
    point: new Int32Array(n),
    replicate: Int32Array.from(values, (_, r) => r),
    seed: Float64Array.from(values, (_, r) => 100 + r),
    values: { y: Float64Array.from(values) },
  };
}
