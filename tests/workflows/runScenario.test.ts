import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPreset, simulate } from '../../src/index.js';
import { runScenario } from '../../src/workflows/runScenario.js';
import { readParquetRows } from '../experiment/fixtures/readParquetRows.js';
import { cli } from '../cli/runCli.js';

const root = mkdtempSync(join(tmpdir(), 'collabsim-run-scenario-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('runScenario: per-organisation rows and trust snapshots', () => {
  it('observes without changing the run, one row per organisation and week, snapshots at the asked weeks', async () => {
    const scenario = loadPreset('safety-house');
    const plain = simulate(scenario, { seed: 5, weeks: 30 });
    const run = await runScenario(scenario, { seed: 5, weeks: 30, perOrganisation: true, trustSnapshots: [10, 30, 99] });
    expect(run.result.summary).toEqual(plain.summary);
    expect(run.result.weekly).toEqual(plain.weekly);
    const n = plain.trust.ids.length;
    expect(run.organisations).toHaveLength(30 * n);
    // week 30's rows agree with the final trust matrix: given is the row mean, received the column mean
    const last = run.organisations!.filter((r) => r.week === 30);
    const m = plain.trust.matrix;
    last.forEach((row, i) => {
      expect(row.organisation).toBe(plain.trust.ids[i]);
      const given = m[i].reduce((a, t, j) => a + (j === i ? 0 : t), 0) / (n - 1);
      const received = m.reduce((a, r, j) => a + (j === i ? 0 : r[i]), 0) / (n - 1);
      expect(row.trustGiven).toBeCloseTo(given, 12);
      expect(row.trustReceived).toBeCloseTo(received, 12);
    });
    // staff present per organisation adds up to the weekly metric
    const present = last.reduce((a, r) => a + r.staffPresent, 0);
    expect(present).toBe(plain.weekly[29].staffPresent);
    expect(run.trust!.map((r) => r.week).filter((w, i, a) => a.indexOf(w) === i)).toEqual([10, 30]);
    expect(run.trust!.filter((r) => r.week === 30).map((r) => r.trust)).toEqual(m.flatMap((row, i) => row.filter((_, j) => j !== i)));
  });

  it('`collabsim run --per-org --trust-snapshots` writes CSV and Parquet; without --out it refuses', async () => {
    const out = join(root, 'run');
    const result = await cli('run', 'safety-house', '--weeks', '8', '--out', out, '--per-org', '--trust-snapshots', '4,8');
    expect((await cli('run', 'safety-house', '--weeks', '4', '--out', join(root, 'run-plain'))).code).toBe(0);
    expect(result.code).toBe(0);
    const csv = readFileSync(join(out, 'organisations.csv'), 'utf8').split('\n');
    expect(csv[0]).toBe('week,organisation,domain,staffPresent,vacancies,trustGiven,trustReceived,networkHoursUsed,networkHoursAvailable');
    const parquet = await readParquetRows(join(out, 'trust.parquet'), 'week, "from", "to"');
    expect(readFileSync(join(out, 'trust.csv'), 'utf8').split('\n')[0]).toBe('week,from,to,trust');
    expect(parquet.length).toBe(readFileSync(join(out, 'trust.csv'), 'utf8').trimEnd().split('\n').length - 1);
    // the trust between partners over time, as a chart and in the run's report
    const png = join(root, 'pairs.png');
    expect((await cli('plot', out, '--chart', 'trust-pairs', '--out', png)).code).toBe(0);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    const spec = join(root, 'pairs.vl.json');
    expect((await cli('plot', out, '--chart', 'trust-pairs', '--out', spec)).code).toBe(0);
    const values = JSON.parse(readFileSync(spec, 'utf8')).data.values;
    expect(new Set(values.map((v: { week: number }) => v.week))).toEqual(new Set([4, 8]));
    expect((await cli('report', out)).code).toBe(0);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('Trust between partners over time');
    const none = await cli('plot', join(root, 'run-plain'), '--chart', 'trust-pairs', '--out', join(root, 'none.svg'));
    expect(none.code).toBe(2);
    const bad = await cli('run', 'safety-house', '--weeks', '8', '--per-org');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--per-org writes files: give --out too');
    const badWeeks = await cli('run', 'safety-house', '--out', join(root, 'bad'), '--trust-snapshots', '52,x');
    expect(badWeeks.code).toBe(2);
    expect(badWeeks.stderr).toContain('--trust-snapshots: expected weeks as whole numbers from 1 to 5200');
    expect(existsSync(join(root, 'bad'))).toBe(false);
  });
});
