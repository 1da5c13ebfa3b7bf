import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readResultsFolder } from '../../src/results/readResultsFolder.js';
import { readSweepWeekly } from '../../src/results/readSweepWeekly.js';
import { makeResults } from './resultsFixture.js';

let fixture: Awaited<ReturnType<typeof makeResults>>;
beforeAll(async () => {
  fixture = await makeResults(['grid', 'scenario', 'run']);
});
afterAll(() => fixture?.remove());

describe('readResultsFolder', () => {
  it("reads a sweep's record and typed run rows", async () => {
    const sweep = await readResultsFolder(fixture.dir('grid'));
    if (sweep.kind !== 'sweep') throw new Error('expected a sweep');
    expect(sweep.record.design.method).toBe('grid');
    expect(sweep.runs).toHaveLength(54);
    expect(sweep.runs[3]).toEqual({ run: 3, point: 1, replicate: 1, seed: expect.any(Number), status: 'ok', x1: 0, x2: 0, x3: 0.5, y: 1.5 });
    expect(sweep.hasWeekly).toBe(false);
  });

  it("reads a sweep's weekly rows with the run's factor values", async () => {
    const sweep = await readResultsFolder(fixture.dir('scenario'));
    if (sweep.kind !== 'sweep') throw new Error('expected a sweep');
    const rows = await readSweepWeekly(sweep, ['meanOrgTrust']);
    expect(rows).toHaveLength(8 * 60);
    expect(Object.keys(rows[0])).toEqual(['run', 'point', 'replicate', 'week', 'staffStability', 'mutualTrust', 'meanOrgTrust']);
    expect(rows[0]).toMatchObject({ run: 0, week: 1, staffStability: 0.2, mutualTrust: 0.2 });
    await expect(readSweepWeekly(sweep, ['breaches'])).rejects.toThrow(/weekly\.parquet has no metric breaches/);
  });

  it("reads a single run's weekly rows, summary and trust matrix", async () => {
    const run = await readResultsFolder(fixture.dir('run'));
    if (run.kind !== 'run') throw new Error('expected a run');
    expect(run).toMatchObject({ scenario: 'safety-house', seed: 1, weeks: 60 });
    expect(run.weekly).toHaveLength(60);
    expect(run.weekly[59].week).toBe(60);
    expect(typeof run.summary.successRate).toBe('number');
    expect(run.trust?.ids).toHaveLength(10);
  });

  it('refuses what is not a finished, whole results folder', async () => {
    const at = (name: string) => join(fixture.root, name);
    await expect(readResultsFolder(at('nothing'))).rejects.toThrow(`results folder ${at('nothing')} not found`);
    mkdirSync(at('empty'));
    await expect(readResultsFolder(at('empty'))).rejects.toThrow(`${at('empty')} is not a results folder: expected experiment.json`);
    cpSync(fixture.dir('grid'), at('unfinished'), { recursive: true });
    rmSync(join(at('unfinished'), 'runs.csv'));
    await expect(readResultsFolder(at('unfinished'))).rejects.toThrow(/holds an unfinished sweep .*--resume/);
    cpSync(fixture.dir('grid'), at('shard'), { recursive: true });
    writeFileSync(join(at('shard'), 'shard.json'), '{ "shard": "1/2" }\n');
    await expect(readResultsFolder(at('shard'))).rejects.toThrow(/holds one shard of a sweep; merge the shards first/);
  });
});
