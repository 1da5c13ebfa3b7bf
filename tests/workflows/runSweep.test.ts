import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockFolder } from '../../src/results/lockFolder.js';
import { mergeResults } from '../../src/results/mergeResults.js';
import { SweepInterrupted } from '../../src/experiment/runPool.js';
import { runSweep } from '../../src/workflows/runSweep.js';
import { readParquetRows } from '../experiment/fixtures/readParquetRows.js';
import { moduleExperiment } from '../experiment/fixtures/moduleExperiment.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-sweep-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = (name: string) => join(root, name);
const csv = (folder: string) => readFileSync(join(folder, 'runs.csv'), 'utf8');

describe('runSweep', () => {
  const experiment = moduleExperiment('noisy', { method: 'grid', levels: 5 }, { replications: 4 });

  it('writes the same results in this thread, on one worker and on two', async () => {
    const summary = await runSweep(experiment, { out: dir('w0'), workers: 0 });
    expect(summary).toMatchObject({ total: 40, done: 40, failed: 0, ran: 40, resumed: 0 });
    await runSweep(experiment, { out: dir('w1'), workers: 1 });
    await runSweep(experiment, { out: dir('w2'), workers: 2 });
    expect(csv(dir('w1'))).toBe(csv(dir('w0')));
    expect(csv(dir('w2'))).toBe(csv(dir('w0')));
    for (const file of ['experiment.json', 'runs.parquet']) {
      expect(readFileSync(join(dir('w2'), file))).toEqual(readFileSync(join(dir('w0'), file)));
    }
    expect(readdirSync(dir('w2')).sort()).toEqual(['experiment.json', 'runs.csv', 'runs.parquet', 'tables.json']);
  });

  it('writes tidy rows: one per run, sorted, with seed, factors and metrics', async () => {
    const lines = csv(dir('w0')).trimEnd().split('\n');
    expect(lines[0]).toBe('run,point,replicate,seed,status,x,label,y,z,error');
    expect(lines).toHaveLength(41);
    expect(lines[1]).toMatch(/^0,0,0,\d+,ok,0,a,[\d.e-]+,0,$/);
    expect(lines[2]).toMatch(/^1,0,1,/);
    expect(lines.some((l) => l.includes(',"b, ""c""",'))).toBe(true);
    const rows = await readParquetRows(join(dir('w0'), 'runs.parquet'));
    expect(rows).toHaveLength(40);
    expect(rows[5]).toMatchObject({ run: 5, point: 1, replicate: 1, status: 'ok', label: 'b, "c"', error: null });
    // common random numbers: the same replicate draws the same noise at every point
    const noise = rows.map((r) => (r.y as number) - 2 * (r.x as number));
    expect(noise[1]).toBeCloseTo(noise[5], 12);
    expect(noise[1]).not.toBeCloseTo(noise[2], 6);
  });

  it('records a run that throws as failed, with its error, and goes on', async () => {
    const summary = await runSweep(moduleExperiment('flaky', { method: 'grid', levels: 5 }, { replications: 2 }), {
      out: dir('flaky'),
      workers: 2,
    });
    expect(summary.done).toBe(20);
    expect(summary.failed).toBe(8);
    const lines = csv(dir('flaky')).trimEnd().split('\n');
    expect(lines.filter((l) => l.includes(',failed,'))).toHaveLength(8);
    expect(lines.find((l) => l.includes(',failed,'))).toMatch(/,failed,0\.75,a,,,"x too large, ""0\.75"""$/);
  });

  it('resumes an interrupted sweep into the same bytes as an uninterrupted one', async () => {
    const controller = new AbortController();
    let seen = 0;
    await expect(
      runSweep(experiment, {
        out: dir('resume'),
        workers: 0,
        signal: controller.signal,
        onProgress: (p) => {
          seen = p.done;
          if (p.done >= 10) controller.abort();
        },
      }),
    ).rejects.toBeInstanceOf(SweepInterrupted);
    expect(seen).toBeGreaterThanOrEqual(10);
    expect(seen).toBeLessThan(40);
    expect(existsSync(join(dir('resume'), 'runs.csv'))).toBe(false);
    expect(existsSync(join(dir('resume'), '.lock'))).toBe(false);
    // a torn last line, as a crash mid-write leaves it, is ignored
    const partial = join(dir('resume'), '.partial');
    writeFileSync(join(partial, readdirSync(partial)[0]), '{"run":39,"status":"ok","met', { flag: 'a' });
    await expect(runSweep(experiment, { out: dir('resume'), workers: 2 })).rejects.toThrow(
      /already exists; use --resume to continue it or --force to replace it/,
    );
    const summary = await runSweep(experiment, { out: dir('resume'), workers: 2, resume: true });
    expect(summary.resumed).toBe(seen);
    expect(summary.ran).toBe(40 - seen);
    expect(csv(dir('resume'))).toBe(csv(dir('w0')));
    expect(readdirSync(dir('resume')).sort()).toEqual(['experiment.json', 'runs.csv', 'runs.parquet', 'tables.json']);
    const again = await runSweep(experiment, { out: dir('resume'), resume: true });
    expect(again).toMatchObject({ done: 40, ran: 0 });
  });

  it('refuses to resume a different experiment', async () => {
    const other = moduleExperiment('noisy', { method: 'grid', levels: 5 }, { replications: 4, seed: 43 });
    await expect(runSweep(other, { out: dir('w0'), resume: true })).rejects.toThrow(/holds a different experiment/);
  });

  it('merges shards into a folder identical to one run', async () => {
    const shards = [1, 2, 3].map((index) => dir(`shard-${index}`));
    for (const [i, out] of shards.entries()) {
      const summary = await runSweep(experiment, { out, workers: i === 1 ? 2 : 0, shard: { index: i + 1, count: 3 } });
      expect(summary.total).toBe(i === 0 ? 14 : 13);
    }
    expect(JSON.parse(readFileSync(join(shards[1], 'shard.json'), 'utf8'))).toEqual({ shard: '2/3' });
    await mergeResults([shards[2], shards[0], shards[1]], { out: dir('merged') });
    expect(readdirSync(dir('merged')).sort()).toEqual(['experiment.json', 'runs.csv', 'runs.parquet', 'tables.json']);
    for (const file of ['experiment.json', 'runs.csv', 'runs.parquet', 'tables.json']) {
      expect(readFileSync(join(dir('merged'), file))).toEqual(readFileSync(join(dir('w0'), file)));
    }
    await expect(mergeResults(shards.slice(0, 2), { out: dir('merged-2') })).rejects.toThrow(
      'the folders hold 27 of 40 runs; missing runs include 2, 5, 8, 11, 14',
    );
    expect(existsSync(dir('merged-2'))).toBe(false);
    await expect(mergeResults([shards[0], shards[0]], { out: dir('merged-3') })).rejects.toThrow(/run 0 is in both/);
    await expect(mergeResults([shards[0], dir('flaky')], { out: dir('merged-4') })).rejects.toThrow(/holds a different experiment/);
  });

  it('keeps two processes out of one folder, with a clear message', async () => {
    const out = dir('locked');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(out);
    writeFileSync(join(out, '.lock'), JSON.stringify({ pid: process.ppid, host: 'elsewhere' }));
    await expect(runSweep(experiment, { out, workers: 0 })).rejects.toThrow(
      `results folder ${out} is being written by process ${process.ppid} on elsewhere; wait for it to finish, or remove ${join(out, '.lock')} if that process is gone`,
    );
    // a lock left by a dead process on this host is stale and taken over
    writeFileSync(join(out, '.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname() }));
    const lock = lockFolder(join(out, '.lock'), out);
    expect(() => lockFolder(join(out, '.lock'), out)).toThrow(`is being written by process ${process.pid}`);
    lock.release();
    expect(existsSync(join(out, '.lock'))).toBe(false);
  });
});
