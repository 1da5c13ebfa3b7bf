/**
 * A metric that is undefined in some runs (here `successRate` in runs shorter than
 * `successAge`, so no case is mature) flows through the whole pipeline as missing: an empty
 * field in runs.csv, null in runs.parquet, NaN when read, left out and counted by the
 * analyses (or refused with a message), never read as 0.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeResults } from '../../../src/methods/analyzeResults.js';
import { metricsDefinedEverywhere } from '../../../src/analysis/results/metricsDefinedEverywhere.js';
import { readResults } from '../../../src/results/readResults.js';
import { loadExperimentFile } from '../../../src/experiment/loadExperimentFile.js';
import { sweep, tempRoot } from './fixtures.js';

const root = tempRoot('missing');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = join(root, 'grid');

beforeAll(async () => {
  // successAge 52 is shorter than the 60-week run (some cases mature), 70 longer (none do)
  const file = join(root, 'missing.yaml');
  writeFileSync(
    file,
    [
      'scenario: safety-house',
      'weeks: 60',
      'design: { method: grid, levels: 2 }',
      'factors:',
      '  parameters.successAge: [52, 70]',
      'metrics: [successRate, casesArrived]',
      'replications: 2',
    ].join('\n'),
  );
  await sweep(loadExperimentFile(file), dir);
}, 60_000);

describe('missing metric values through the pipeline', () => {
  it('runs.csv holds an empty field, and both CSV and Parquet read back as NaN, not 0', async () => {
    const lines = readFileSync(join(dir, 'runs.csv'), 'utf8').trim().split('\n');
    const header = lines[0].split(',');
    const at = header.indexOf('successRate');
    const fields = lines.slice(1).map((l) => l.split(',')[at]);
    expect(fields.filter((f) => f === '')).toHaveLength(2); // successAge 70 > 60 weeks
    expect(fields.filter((f) => f !== '' && Number.isFinite(Number(f)))).toHaveLength(2);
    const data = await readResults(dir); // from runs.parquet
    expect(Array.from(data.values.successRate).filter(Number.isNaN)).toHaveLength(2);
    const csvOnly = join(root, 'csv-only');
    cpSync(dir, csvOnly, { recursive: true });
    rmSync(join(csvOnly, 'runs.parquet'));
    const fromCsv = await readResults(csvOnly);
    expect(Array.from(fromCsv.values.successRate)).toEqual(Array.from(data.values.successRate));
  });

  it('summary keeps the point with n = 0 and counts the missing runs; oat refuses the factor with no pair', async () => {
    const data = await readResults(dir);
    const summary = analyzeResults(data, { method: 'summary' });
    expect(summary.missing).toEqual({ successRate: 2, casesArrived: 0 });
    if (summary.method !== 'summary') throw new Error('expected a summary');
    const rows = summary.rows.filter((r) => r.metric === 'successRate');
    expect(rows.map((r) => r.n).sort()).toEqual([0, 2]);
    expect(rows.find((r) => r.n === 0)!.mean).toBeNaN();
    expect(() => analyzeResults(data, { method: 'oat' })).toThrow(/successRate: no pair of runs with a value for factor parameters.successAge/);
  });

  it('metricsDefinedEverywhere tells the metrics a design-reading method can analyse from those missing at some point', async () => {
    const data = await readResults(dir);
    expect(metricsDefinedEverywhere(data)).toEqual({ defined: ['casesArrived'], missing: ['successRate'] });
  });
});
