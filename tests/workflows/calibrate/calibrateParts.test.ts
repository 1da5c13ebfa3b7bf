import { describe, expect, it } from 'vitest';
import { adaptiveBatchSize } from '../../../src/workflows/calibrate/calibrate.js';
import { checkCalibrationFile } from '../../../src/workflows/calibrate/checkCalibrationFile.js';
import { predictiveDraws, predictiveRows } from '../../../src/workflows/calibrate/posteriorPredictive.js';
import { calibrationTables } from '../../../src/workflows/calibrate/calibrationTables.js';
import type { AbcGeneration } from '../../../src/analysis/calibration/AbcSetup.js';

const generation: AbcGeneration = {
  generation: 1,
  tolerance: 0.5,
  particles: [[0.1, 2], [0.3, 4], [0.5, 6]],
  weights: [0.5, 0.25, 0.25],
  distances: [0.1, 0.2, 0.3],
  summaries: [[1], [2], [3]],
  seeds: [11, 12, 13],
  attempts: 6,
  acceptanceRate: 0.5,
  ess: 2.6666666666666665,
};

describe('calibrate workflow parts', () => {
  it('sizes batches from the acceptance rate, within 16 per thread and 4 N', () => {
    expect(adaptiveBatchSize({ attempts: 0, accepted: 0, population: 1000 }, 0.25, 2)).toBe(4000);
    expect(adaptiveBatchSize({ attempts: 4000, accepted: 900, population: 1000 }, 0.25, 2)).toBe(445);
    expect(adaptiveBatchSize({ attempts: 0, accepted: 0, population: 1000 }, 0.0001, 2)).toBe(4000);
    expect(adaptiveBatchSize({ attempts: 500, accepted: 999, population: 1000 }, 1, 2)).toBe(32);
  });

  it('writes the tables with the documented columns', () => {
    const tables = calibrationTables([generation], ['a', 'b'], 2, predictiveRows([{ metric: 'y', observed: 2, scale: 1 }], [[1], [2], [3], [Number.NaN]]));
    expect(tables['particles.csv']).toBe('generation,particle,weight,distance,a,b\n1,0,0.5,0.1,0.1,2\n1,1,0.25,0.2,0.3,4\n1,2,0.25,0.3,0.5,6\n');
    expect(tables['generations.csv']).toBe('generation,tolerance,acceptanceRate,attempts,simulations,ess\n1,0.5,0.5,6,12,2.6666666666666665\n');
    expect(tables['posterior.csv'].split('\n')[0]).toBe('parameter,mean,sd,q05,q50,q95');
    expect(tables['posterior.csv'].split('\n')[1].startsWith('a,0.25,')).toBe(true); // 0.5·0.1 + 0.25·0.3 + 0.25·0.5
    expect(tables['predictive.csv']).toBe('target,metric,observed,scale,mean,q05,q95,inside,simulations\n0,y,2,1,2,1,3,true,3\n');
  });

  it('draws predictive particles by weight with fresh seeds, the same for the same seed', () => {
    const a = predictiveDraws(generation, 5, 200, 2);
    expect(a).toEqual(predictiveDraws(generation, 5, 200, 2));
    expect(a.seeds.every((s) => s.length === 2)).toBe(true);
    expect(new Set(a.seeds.map((s) => s[0])).size).toBe(200);
    const share = a.thetas.filter((t) => t[0] === 0.1).length / 200;
    expect(share).toBeGreaterThan(0.38); // weight 0.5; 200 draws: sd 0.035
    expect(share).toBeLessThan(0.62);
    expect(predictiveRows([{ metric: 'y', observed: 10, scale: 1 }], [[1], [2], [3]])[0].inside).toBe(false);
  });

  it('checks the settings of a calibration file', () => {
    const base = { parameters: { x: { prior: 'uniform', range: [0, 1] } }, targets: [{ metric: 'y', observed: 1, scale: 1 }], population: 10 };
    expect(checkCalibrationFile(base)).toEqual([]);
    const messages = (data: Record<string, unknown>) => checkCalibrationFile({ ...base, ...data }).map((p) => `${p.path.join('.')}: ${p.message}`);
    expect(messages({ stop: { minAcceptance: 0 } })).toEqual(['stop.minAcceptance: expected an acceptance rate above 0 and at most 1, found 0']);
    expect(messages({ stop: { minTolerence: 1 } })).toEqual(['stop.minTolerence: unknown key; did you mean "minTolerance"?']);
    expect(messages({ distance: 'manhattan' })).toEqual(['distance: expected "euclidean", found "manhattan"']);
    expect(messages({ quantile: 1 })).toEqual(['quantile: expected a number between 0 and 1 (exclusive), found 1']);
    expect(messages({ predictive: 11 })).toEqual(['predictive: expected a whole number from 1 to the population, found 11']);
    expect(messages({ parameters: { x: { prior: 'log-uniform', range: [0, 1] } } })).toEqual(['parameters.x.range: a log-uniform prior needs lower > 0, found 0']);
    expect(messages({ parameters: { x: { prior: 'integer', range: [0, 1.5] } } })).toEqual(['parameters.x.range: an integer prior needs whole-number bounds, found [0, 1.5]']);
    expect(messages({ targets: [] })).toEqual(['targets: expected at least one target']);
    expect(messages({ parameters: {} })).toEqual(['parameters: expected at least one parameter']);
  });
});
