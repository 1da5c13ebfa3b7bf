import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runSweep } from '../../src/workflows/runSweep.js';
import { ERROR_LIMIT } from '../../src/experiment/executeBatch.js';
import { parseCsv } from '../../src/results/parseCsv.js';
import { moduleExperiment } from './fixtures/moduleExperiment.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-workers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = (name: string) => join(root, name);
const csv = (folder: string) => readFileSync(join(folder, 'runs.csv'), 'utf8');

/** The runs.csv rows as objects. */
function rows(folder: string): Record<string, string>[] {
  const [header, ...body] = parseCsv(csv(folder));
  return body.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

// grid levels 5: x is 0, 0.25, 0.5, 0.75 or 1, with two labels; the runs at x = 1 misbehave
const grid = { method: 'grid', levels: 5 } as const;

describe('a run that stops, hangs or shouts does not poison the sweep', () => {
  it('a model calling process.exit: the run fails, the rest finish, same bytes in this thread and on 1 and 2 workers', async () => {
    const realExit = process.exit;
    const experiment = moduleExperiment('exits', grid, { replications: 1 });
    const zero = await runSweep(experiment, { out: dir('exits-0'), workers: 0 });
    const one = await runSweep(experiment, { out: dir('exits-1'), workers: 1 });
    const two = await runSweep(experiment, { out: dir('exits-2'), workers: 2 });
    for (const summary of [zero, one, two]) expect(summary).toMatchObject({ total: 10, done: 10, failed: 2 });
    expect(csv(dir('exits-1'))).toBe(csv(dir('exits-0')));
    expect(csv(dir('exits-2'))).toBe(csv(dir('exits-0')));
    for (const row of rows(dir('exits-0'))) {
      if (row.x === '1') {
        expect(row.status).toBe('failed');
        expect(row.error).toBe('the model called process.exit(3); the run was stopped there');
      } else expect(row.status).toBe('ok');
    }
    // the runs that did not exit are those of a well-behaved model
    const noisy = await runSweep(moduleExperiment('noisy', grid, { replications: 1 }), { out: dir('noisy'), workers: 0 });
    expect(noisy.failed).toBe(0);
    const ok = rows(dir('exits-0')).filter((row) => row.status === 'ok');
    const expected = rows(dir('noisy')).filter((row) => row.x !== '1');
    expect(ok).toEqual(expected);
    expect(process.exit).toBe(realExit); // put back after the runs in this thread
  }, 180_000);

  it('a model that ends its worker thread anyway: the run fails, its worker is replaced, the rest finish, same bytes on 1 and 2 workers', async () => {
    const experiment = moduleExperiment('endsThread', grid, { replications: 1 });
    const one = await runSweep(experiment, { out: dir('ends-1'), workers: 1 });
    const two = await runSweep(experiment, { out: dir('ends-2'), workers: 2 });
    expect(one).toMatchObject({ total: 10, done: 10, failed: 2 });
    expect(two).toMatchObject({ total: 10, done: 10, failed: 2 });
    expect(csv(dir('ends-2'))).toBe(csv(dir('ends-1')));
    const failed = rows(dir('ends-1')).filter((row) => row.status === 'failed');
    expect(failed.map((row) => row.x)).toEqual(['1', '1']);
    expect(failed[0].error).toBe('the run stopped its worker thread (exit code 4; does the model end its thread?)');
  }, 180_000);

  it('a run that never returns is stopped after --run-timeout and recorded as failed', async () => {
    const experiment = moduleExperiment('hangs', grid, { replications: 1 });
    const one = await runSweep(experiment, { out: dir('hangs-1'), workers: 1, runTimeout: 0.5 });
    const two = await runSweep(experiment, { out: dir('hangs-2'), workers: 2, runTimeout: 0.5 });
    expect(one).toMatchObject({ total: 10, done: 10, failed: 2 });
    expect(two).toMatchObject({ total: 10, done: 10, failed: 2 });
    expect(csv(dir('hangs-2'))).toBe(csv(dir('hangs-1')));
    const failed = rows(dir('hangs-1')).filter((row) => row.status === 'failed');
    expect(failed.map((row) => row.x)).toEqual(['1', '1']);
    expect(failed[0].error).toBe('the run took longer than 0.5 s and was stopped (--run-timeout)');
  }, 180_000);

  it('a 5 MB error message is cut to a sane length, the same in this thread and on workers', async () => {
    const experiment = moduleExperiment('shouts', grid, { replications: 2 });
    await runSweep(experiment, { out: dir('shouts-0'), workers: 0 });
    const summary = await runSweep(experiment, { out: dir('shouts-2'), workers: 2 });
    expect(summary).toMatchObject({ total: 20, failed: 4 });
    expect(csv(dir('shouts-2'))).toBe(csv(dir('shouts-0')));
    const error = rows(dir('shouts-2')).find((row) => row.status === 'failed')!.error;
    expect(error.length).toBeLessThanOrEqual(ERROR_LIMIT);
    expect(error.endsWith('... (5000000 characters in all)')).toBe(true);
    expect(csv(dir('shouts-2')).length).toBeLessThan(20_000);
  }, 180_000);

  it('workers that cannot start end the sweep with exit 1 and a plain message, instead of being replaced forever', () => {
    // workers inherit the parent's Node options; with --input-type (meant for -e alone) none can start
    const experiment = dir('cannot-start.yaml');
    writeFileSync(experiment, 'model: ishigami\nseed: 1\nreplications: 1\ndesign: { method: lhs, samples: 8 }\n');
    const script = 'const { main } = await import("./src/cli/main.ts"); process.exitCode = await main(process.argv.slice(1));';
    const sweep = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, 'sweep', experiment, '--out', dir('cannot-start'), '--quiet', ...args], {
        encoding: 'utf8',
        timeout: 60_000,
      });
    const failed = sweep('--workers', '1');
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("the worker threads cannot start (--input-type can only be used with string input");
    expect(failed.stderr).toContain('run with --workers 0');
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    // the folder is kept, and the same sweep finishes in this thread
    expect(existsSync(join(dir('cannot-start'), 'experiment.json'))).toBe(true);
    const resumed = sweep('--workers', '0', '--resume');
    expect([resumed.status, resumed.stderr]).toEqual([0, '']);
    expect(rows(dir('cannot-start'))).toHaveLength(8);
  }, 120_000);
});
