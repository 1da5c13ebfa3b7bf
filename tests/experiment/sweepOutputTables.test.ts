import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExperimentFile, loadPreset, mergeResults, runSweep, setScenarioPath } from '../../src/index.js';
import { runScenario } from '../../src/workflows/runScenario.js';
import { readParquetRows } from './fixtures/readParquetRows.js';
import { cli } from '../cli/runCli.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-sweep-output-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const file = join(root, 'orgs.yaml');
writeFileSync(
  file,
  [
    'scenario: safety-house',
    'weeks: 6',
    'seed: 11',
    'replications: 2',
    'design: { method: grid, levels: 2 }',
    'factors: { sharedNarrative: [0, 1] }',
    'metrics: [meanOrgTrust]',
    'weekly: 3',
    'output: { perOrganisation: true, trustSnapshots: [3, 6], weeklyCsv: true }',
  ].join('\n'),
);
const read = (dir: string, name: string) => readFileSync(join(root, dir, name));

describe('per-organisation rows and trust snapshots of a sweep', () => {
  it('writes them in CSV and Parquet, the same with 0 or 2 workers and with shards merged, equal to a single run', async () => {
    const experiment = loadExperimentFile(file);
    await runSweep(experiment, { out: join(root, 'w0'), workers: 0 });
    await runSweep(experiment, { out: join(root, 'w2'), workers: 2 });
    for (const index of [1, 2]) await runSweep(experiment, { out: join(root, `s${index}`), workers: 0, shard: { index, count: 2 } });
    await mergeResults([join(root, 's1'), join(root, 's2')], { out: join(root, 'merged') });
    for (const name of ['organisations.csv', 'organisations.parquet', 'trust.csv', 'trust.parquet', 'weekly.csv', 'runs.csv']) {
      expect(read('w2', name), name).toEqual(read('w0', name));
    }
    for (const name of ['organisations.csv', 'trust.csv', 'weekly.csv', 'runs.csv']) expect(read('merged', name).toString(), name).toBe(read('w0', name).toString());
    const orgs = read('w0', 'organisations.csv').toString().trimEnd().split('\n');
    expect(orgs[0]).toBe('run,week,organisation,domain,staffPresent,vacancies,trustGiven,trustReceived,networkHoursUsed,networkHoursAvailable');
    // run 3's rows are the rows of a single run of its design point and seed
    const runs = read('w0', 'runs.csv').toString().trimEnd().split('\n').map((l) => l.split(','));
    const [, , , seed, , level] = runs[4];
    const single = await runScenario(setScenarioPath(loadPreset('safety-house'), 'sharedNarrative', Number(level)), { seed: Number(seed), weeks: 6, perOrganisation: true, trustSnapshots: [3, 6] });
    const run3 = (await readParquetRows(join(root, 'w0', 'organisations.parquet'), 'run, week, organisation')).filter((r) => r.run === 3);
    expect(run3.map((r) => r.trustGiven)).toEqual(single.organisations!.slice().sort((a, b) => a.week - b.week || a.organisation.localeCompare(b.organisation)).map((r) => r.trustGiven));
    const trust3 = (await readParquetRows(join(root, 'w0', 'trust.parquet'), 'run, week, "from", "to"')).filter((r) => r.run === 3);
    expect(trust3).toHaveLength(single.trust!.length);
    expect(read('w0', 'weekly.csv').toString().split('\n')[0]).toBe('run,point,replicate,week,meanOrgTrust');
  });

  it('refuses trust snapshots past the horizon and weeklyCsv without weekly rows: exit 2, nothing written', async () => {
    const bad = join(root, 'bad.yaml');
    writeFileSync(bad, readFileSync(file, 'utf8').replace('trustSnapshots: [3, 6], weeklyCsv: true', 'trustSnapshots: [3, 60], weeklyCsv: true').replace('weekly: 3', 'weekly: false'));
    const result = await cli('sweep', bad, '--out', join(root, 'bad'), '--workers', '0', '--quiet');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('output.trustSnapshots[1]: expected a week from 1 to 6 (the horizon), found 60');
    expect(result.stderr).toContain('output.weeklyCsv: expected weekly rows to write');
    expect(existsSync(join(root, 'bad'))).toBe(false);
  });
});
