import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRoot } from '../analysis/results/fixtures.js';
import { cli } from '../cli/runCli.js';
import { readParquetRows } from '../experiment/fixtures/readParquetRows.js';

/**
 * `merge` checks every file of every shard, `weekly.parquet` included: a shard whose weekly
 * file is another shard's (which merged into duplicate (run, week) rows) or is missing is
 * refused with exit 2, and no merged folder is left behind.
 */
const root = tempRoot('merge-weekly');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (name: string) => join(root, name);

beforeAll(async () => {
  const file = at('weekly.yaml');
  writeFileSync(
    file,
    'scenario: safety-house\nweeks: 6\nseed: 5\nreplications: 2\nweekly: true\ndesign: { method: grid, levels: 2 }\n' +
      'factors: { staffStability: [0.2, 0.8] }\nmetrics: [successRate, casesOpen]\n',
  );
  for (const i of [1, 2]) {
    const result = await cli('sweep', file, '--out', at(`s${i}`), '--shard', `${i}/2`, '--workers', '0', '--quiet');
    expect(result.code).toBe(0);
  }
});

describe('merge and the shards’ weekly.parquet', () => {
  it('merges good shards into one row per (run, week)', async () => {
    expect((await cli('merge', at('s1'), at('s2'), '--out', at('good'))).code).toBe(0);
    const rows = await readParquetRows(join(at('good'), 'weekly.parquet'));
    const keys = rows.map((r) => `${String(r.run)}/${String(r.week)}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(rows.map((r) => Number(r.run)))).toEqual(new Set([0, 1, 2, 3]));
  });

  it("refuses a shard carrying another shard's weekly file", async () => {
    const original = readFileSync(join(at('s2'), 'weekly.parquet'));
    const tables = readFileSync(join(at('s2'), 'tables.json'));
    copyFileSync(join(at('s1'), 'weekly.parquet'), join(at('s2'), 'weekly.parquet'));
    try {
      // tables.json records the shard's own weekly.parquet: refused as damaged
      const recorded = await cli('merge', at('s1'), at('s2'), '--out', at('bad'));
      expect(recorded.code).toBe(2);
      expect(recorded.stderr).toContain(`${join(at('s2'), 'weekly.parquet')} is incomplete or damaged`);
      // an older shard without tables.json: the weekly rows themselves give it away
      rmSync(join(at('s2'), 'tables.json'));
      const result = await cli('merge', at('s1'), at('s2'), '--out', at('bad'));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        `${join(at('s2'), 'weekly.parquet')} holds weekly rows of run 0, which is not a run of ${at('s2')} (it is in ${at('s1')}); ` +
          "each shard's weekly.parquet must be its own",
      );
      expect(existsSync(at('bad'))).toBe(false);
    } finally {
      writeFileSync(join(at('s2'), 'weekly.parquet'), original);
      writeFileSync(join(at('s2'), 'tables.json'), tables);
    }
  });

  it('refuses a shard without its weekly file', async () => {
    const original = readFileSync(join(at('s2'), 'weekly.parquet'));
    rmSync(join(at('s2'), 'weekly.parquet'));
    try {
      const result = await cli('merge', at('s1'), at('s2'), '--out', at('missing'));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`${at('s2')} has no weekly.parquet, though its experiment keeps weekly rows`);
    } finally {
      writeFileSync(join(at('s2'), 'weekly.parquet'), original);
    }
  });
});
