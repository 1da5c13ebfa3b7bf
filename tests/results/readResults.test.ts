import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExperimentRecord } from '../../src/results/readExperimentRecord.js';
import { readResults } from '../../src/results/readResults.js';
import { moduleExperiment } from '../experiment/fixtures/moduleExperiment.js';
import { sweep, tempRoot } from '../analysis/results/fixtures.js';

const root = tempRoot('read');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const flaky = join(root, 'flaky');
beforeAll(() => sweep(moduleExperiment('flaky', { method: 'grid', levels: 5 }, { replications: 2 }), flaky));

describe('readResults', () => {
  it('reads only the successful runs, column by column, and counts the failed ones', async () => {
    const data = await readResults(flaky, { metrics: ['z'] });
    expect(data).toMatchObject({ runs: 20, failed: 8, metrics: ['z'] });
    expect(Object.keys(data.values)).toEqual(['z']);
    expect(Array.from(data.point)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(Array.from(data.replicate)).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
    expect(data.seed[0]).toBe(data.seed[2]); // common random numbers: replicate 0 shares a seed
    expect(data.values.z[4]).toBe(0.0625); // point 2: x = 0.25
    expect(data.design.method).toBe('grid');
  });

  it('reads runs.csv the same way when there is no runs.parquet', async () => {
    const copy = join(root, 'csv-only');
    cpSync(flaky, copy, { recursive: true });
    rmSync(join(copy, 'runs.parquet'));
    const [fromCsv, fromParquet] = await Promise.all([readResults(copy), readResults(flaky)]);
    expect({ ...fromCsv, dir: '' }).toEqual({ ...fromParquet, dir: '' });
  });

  it('explains what is wrong with a folder it cannot read', async () => {
    await expect(readResults(join(root, 'nope'))).rejects.toThrow(`results folder ${join(root, 'nope')} not found`);
    const empty = join(root, 'empty');
    mkdirSync(empty);
    await expect(readResults(empty)).rejects.toThrow(`${empty} is not a collabsim results folder (no experiment.json)`);
    const unfinished = join(root, 'unfinished');
    cpSync(flaky, unfinished, { recursive: true });
    mkdirSync(join(unfinished, '.partial'));
    await expect(readResults(unfinished)).rejects.toThrow(`${unfinished} holds an unfinished sweep (no runs.csv yet); finish it with "collabsim sweep <experiment> --out ${unfinished} --resume"`);
    const shard = join(root, 'shard');
    cpSync(flaky, shard, { recursive: true });
    writeFileSync(join(shard, 'shard.json'), '{"shard":"1/2"}\n');
    await expect(readResults(shard)).rejects.toThrow('holds one shard of a sweep; merge the shards first');
    await expect(readResults(flaky, { metrics: ['yy'] })).rejects.toThrow('unknown metric "yy"; did you mean "y"?');
    await expect(readResults(flaky, { metrics: ['success'] })).rejects.toThrow(`unknown metric "success"; ${flaky} has "y" and "z"`);
  });

  it('reads experiment.json, parsing the design points and the seeds only when asked', () => {
    const file = join(flaky, 'experiment.json');
    const full = JSON.parse(readFileSync(file, 'utf8'));
    const header = readExperimentRecord(file);
    expect(header.design.layout).toEqual(full.design.layout);
    expect(header.design.points).toEqual(full.design.points);
    expect(header.seeds).toEqual(full.seeds);
    expect(JSON.parse(JSON.stringify(header))).toEqual(full);
    expect(JSON.stringify(header, null, 2) + '\n').toBe(readFileSync(file, 'utf8'));
    const compact = join(root, 'compact.json'); // another layout: parsed whole
    writeFileSync(compact, JSON.stringify(full));
    expect(readExperimentRecord(compact)).toEqual(full);
  });
});
