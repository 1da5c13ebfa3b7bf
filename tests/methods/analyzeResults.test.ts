import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarise } from '../../src/analysis/summarise.js';
import { analysisFiles } from '../../src/methods/analysisTables.js';
import { analyzeResults, type Analysis } from '../../src/methods/analyzeResults.js';
import { readResults } from '../../src/results/readResults.js';
import { ishigamiIndices } from '../../src/experiment/models/ishigami.js';
import { moduleExperiment } from '../experiment/fixtures/moduleExperiment.js';
import { builtinExperiment, sweep, tempRoot } from '../analysis/results/fixtures.js';

const root = tempRoot('analyze');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const C = [1.5, -2, 3];
const RANGES = { x1: [0, 2], x2: [1, 2], x3: [-1, 1] } as const;
const linear = (design: Parameters<typeof builtinExperiment>[0]['design'], replications = 2) =>
  builtinExperiment({ model: 'linear', constants: { c: C }, factors: RANGES as never, seed: 5, replications, design });

function rowsOf<M extends Analysis['method']>(analysis: Analysis, method: M): Extract<Analysis, { method: M }>['rows'] {
  expect(analysis.method).toBe(method);
  return (analysis as Extract<Analysis, { method: M }>).rows as never;
}

describe('analyzeResults on the linear model (exact answers)', () => {
  const range = [2, 1, 2];
  it('oat: effect = cᵢ · range, paired intervals of zero width, ranked by |effect|', async () => {
    const data = await readResults(await sweep(linear({ method: 'oat' }), join(root, 'oat')));
    const rows = rowsOf(analyzeResults(data), 'oat');
    expect(rows.map((r) => [r.factor, r.rank])).toEqual([['x3', 1], ['x1', 2], ['x2', 3]]);
    for (const row of rows) {
      const i = Number(row.factor.slice(1)) - 1;
      expect(row.effect).toBeCloseTo(C[i] * range[i], 10);
      expect(row.effectLow).toBeCloseTo(row.effect, 10);
      expect(row.effectHigh).toBeCloseTo(row.effect, 10);
      expect(row).toMatchObject({ metric: 'y', low: RANGES[row.factor as 'x1'][0], high: RANGES[row.factor as 'x1'][1] });
      expect(row.standardized).toBeNaN(); // a deterministic model has no replicate noise
    }
    const csv = analysisFiles(analyzeResults(data))['oat.csv'].split('\n');
    expect(csv[0]).toBe('metric,factor,low,high,effect,effectLow,effectHigh,standardized,rank');
    expect(csv[1]).toMatch(/^y,x3,-1,1,6,6,6,,1$/);
  });

  it('grid: the main effect is cᵢ · range too', async () => {
    const data = await readResults(await sweep(linear({ method: 'grid', levels: 3 }, 1), join(root, 'grid')));
    const rows = rowsOf(analyzeResults(data), 'oat');
    expect(rows.map((r) => r.factor)).toEqual(['x3', 'x1', 'x2']) // |cᵢ · range| = 6, 3, 2;
    for (const row of rows) {
      const i = Number(row.factor.slice(1)) - 1;
      expect(row.effect).toBeCloseTo(C[i] * range[i], 10);
    }
  });

  it('morris: μ = cᵢ · range, μ* = |μ|, σ = 0', async () => {
    const data = await readResults(await sweep(linear({ method: 'morris', trajectories: 12 }, 1), join(root, 'morris')));
    const analysis = analyzeResults(data, { bootstrap: 100 });
    const rows = rowsOf(analysis, 'morris');
    expect(rows.map((r) => r.factor)).toEqual(['x3', 'x1', 'x2']) // |cᵢ · range| = 6, 3, 2;
    for (const row of rows) {
      const i = Number(row.factor.slice(1)) - 1;
      expect(row.mu).toBeCloseTo(C[i] * range[i], 10);
      expect(row.muStar).toBeCloseTo(Math.abs(C[i] * range[i]), 10);
      expect(row.sigma).toBeCloseTo(0, 10);
    }
    expect(analysis).toMatchObject({ bootstrap: 100, seed: 0, noiseShare: { y: null } });
    expect(analysisFiles(analysis)['morris.csv'].split('\n')[0]).toBe('metric,factor,mu,muStar,sigma,muStarLow,muStarHigh,distinguishable');
  });
});

describe('analyzeResults on Ishigami (N = 8192, 40 960 runs)', () => {
  let analysis: Analysis;
  beforeAll(async () => {
    const experiment = builtinExperiment({ model: 'ishigami', seed: 3, design: { method: 'sobol', samples: 8192 } });
    analysis = analyzeResults(await readResults(await sweep(experiment, join(root, 'ishigami'))), { bootstrap: 200, seed: 3 });
  });

  it('S1 and ST are within the tested tolerance 0.02 of the closed form, and intervals cover it', () => {
    const exact = ishigamiIndices(7, 0.1);
    const rows = rowsOf(analysis, 'sobol');
    expect(rows.map((r) => r.factor)).toEqual(['x1', 'x2', 'x3']); // by ST: 0.558, 0.442, 0.244
    for (const row of rows) {
      const i = Number(row.factor.slice(1)) - 1;
      expect(Math.abs(row.S1 - exact.S1[i])).toBeLessThan(0.02);
      expect(Math.abs(row.ST - exact.ST[i])).toBeLessThan(0.02);
      expect(row.S1Low).toBeLessThanOrEqual(exact.S1[i]);
      expect(row.S1High).toBeGreaterThanOrEqual(exact.S1[i]);
      expect(row.STLow).toBeLessThanOrEqual(exact.ST[i]);
      expect(row.STHigh).toBeGreaterThanOrEqual(exact.ST[i]);
    }
    expect(analysis).toMatchObject({ runs: 40960, failed: 0, design: 'sobol', replications: 1, noiseShare: { y: null } });
  });

  it('writes sobol.csv with exactly the documented columns, and JSON without NaN', () => {
    const files = analysisFiles(analysis);
    expect(Object.keys(files)).toEqual(['sobol.csv', 'sobol.json']);
    const lines = files['sobol.csv'].trimEnd().split('\n');
    expect(lines[0]).toBe('metric,factor,S1,S1Low,S1High,ST,STLow,STHigh,distinguishable');
    expect(lines).toHaveLength(4);
    expect(JSON.parse(files['sobol.json'])).toMatchObject({ method: 'sobol', bootstrap: 200, rows: [{ factor: 'x1' }, {}, {}] });
  });
});

describe('analyzeResults with failures and noise', () => {
  it('excludes failed runs and counts them; summary intervals are those of summarise', async () => {
    const data = await readResults(await sweep(moduleExperiment('flaky', { method: 'grid', levels: 5 }, { replications: 4 }), join(root, 'flaky')));
    expect(data).toMatchObject({ runs: 40, failed: 16 });
    const analysis = analyzeResults(data, { method: 'summary' });
    expect(analysis).toMatchObject({ runs: 40, failed: 16 });
    const rows = rowsOf(analysis, 'summary');
    expect(rows).toHaveLength(20); // 2 metrics × 10 points, failed points included with n = 0
    const y0 = Array.from({ length: 4 }, (_, r) => data.values.y[r]);
    expect(rows[0]).toEqual({ metric: 'y', point: 0, ...pick(summarise(y0), ['n', 'mean', 'sd', 'ciLow', 'ciHigh', 'median']) });
    expect(rows.filter((r) => r.n === 0)).toHaveLength(8);
    const csv = analysisFiles(analysis)['summary.csv'].split('\n');
    expect(csv[0]).toBe('metric,point,n,mean,sd,ciLow,ciHigh,median');
    expect(csv).toContain('y,8,0,,,,,');
    expect(() => analyzeResults(data, { method: 'oat' })).toThrow(/^y: no pair of runs with a value for factor x; every run at its low or high setting failed or left y undefined \(missing\)$/);
  });

  it('reports the replicate noise share of a stochastic model beside its Sobol indices', async () => {
    const experiment = moduleExperiment('noisy', { method: 'sobol', samples: 64 }, { replications: 3 });
    const analysis = analyzeResults(await readResults(await sweep(experiment, join(root, 'noisy'))), { bootstrap: 50 });
    expect(analysis.method).toBe('sobol');
    if (analysis.method !== 'sobol') return;
    // y = 2x + U(0, 1): var(2x) = 1/3, noise 1/12 → share 0.2; z = x² has no noise
    expect(analysis.noiseShare.y).toBeGreaterThan(0.1);
    expect(analysis.noiseShare.y).toBeLessThan(0.3);
    expect(analysis.noiseShare.z).toBeCloseTo(0, 12);
  });

  it('refuses a method that does not match the design', async () => {
    const data = await readResults(join(root, 'oat'));
    expect(() => analyzeResults(data, { method: 'sobol' })).toThrow(
      'method sobol needs a sobol design; these results hold an oat design, which oat or summary can analyse',
    );
  });
});

function pick<T extends object, K extends keyof T>(object: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, object[k]])) as Pick<T, K>;
}
