import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExperimentFile, mergeResults, runSweep, simulate, loadPreset, setScenarioPath } from '../../src/index.js';
import { readParquetRows } from './fixtures/readParquetRows.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-scenario-sweep-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const file = join(root, 'trust.yaml');
writeFileSync(
  file,
  [
    'scenario: safety-house',
    'weeks: 20',
    'seed: 20201001',
    'replications: 2',
    'design: { method: grid, levels: 2 }',
    'factors:',
    '  sharedNarrative: [0, 1]',
    '  form: { values: [nao, shared] }',
    'metrics: [successRate, meanOrgTrust]',
    'weekly: 5',
  ].join('\n'),
);

describe('scenario sweeps', () => {
  it('runs scenario factors, keeps weekly rows, and merges shards into the same bytes', async () => {
    const experiment = loadExperimentFile(file);
    await runSweep(experiment, { out: join(root, 'whole'), workers: 0 });
    for (const index of [1, 2]) await runSweep(experiment, { out: join(root, `s${index}`), workers: 0, shard: { index, count: 2 } });
    await mergeResults([join(root, 's1'), join(root, 's2')], { out: join(root, 'merged') });
    for (const name of ['experiment.json', 'runs.csv', 'runs.parquet', 'weekly.parquet']) {
      expect(readFileSync(join(root, 'merged', name))).toEqual(readFileSync(join(root, 'whole', name)));
    }
    const runs = await readParquetRows(join(root, 'whole', 'runs.parquet'));
    expect(runs).toHaveLength(8);
    // any run can be replayed alone from its row
    const row = runs[7];
    const scenario = setScenarioPath(setScenarioPath(loadPreset('safety-house'), 'sharedNarrative', row.sharedNarrative), 'network.form', row.form);
    const replay = simulate(scenario, { seed: row.seed as number, weeks: 20 });
    expect(row.successRate).toBe(Number.isFinite(replay.summary.successRate) ? replay.summary.successRate : null);
    const weekly = await readParquetRows(join(root, 'whole', 'weekly.parquet'), 'run, week');
    expect(weekly).toHaveLength(8 * 4);
    expect(Object.keys(weekly[0])).toEqual(['run', 'point', 'replicate', 'week', ...experiment.weeklyMetrics]);
    expect(weekly.slice(0, 4).map((r) => r.week)).toEqual([5, 10, 15, 20]);
  });
});
