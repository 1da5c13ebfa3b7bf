import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempRoot } from '../analysis/results/fixtures.js';
import { cli } from '../cli/runCli.js';

/**
 * A finished folder records the size and SHA-256 of each Parquet table in `tables.json`; a `runs.parquet`
 * cut short or replaced by another folder's is refused (exit 2, "incomplete or damaged",
 * naming the file) by analyze, resume and merge, and an older folder without the record
 * is still read.
 */
const root = tempRoot('parquet-tables');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (name: string) => join(root, name);

async function sweep(name: string, samples: number, ...extra: string[]): Promise<void> {
  return sweepSeed(name, samples, 1, ...extra);
}

async function sweepSeed(name: string, samples: number, seed: number, ...extra: string[]): Promise<void> {
  writeFileSync(at(`${name}.yaml`), `model: ishigami\nseed: ${seed}\nreplications: 1\ndesign: { method: lhs, samples: ${samples} }\n`);
  expect((await cli('sweep', at(`${name}.yaml`), '--out', at(name), '--workers', '0', '--quiet', ...extra)).code).toBe(0);
}

describe('tables.json', () => {
  it('records the size and SHA-256 of runs.parquet', async () => {
    await sweep('a', 8);
    const record = JSON.parse(readFileSync(join(at('a'), 'tables.json'), 'utf8'));
    expect(record.bytes).toEqual({ 'runs.parquet': statSync(join(at('a'), 'runs.parquet')).size });
    expect(record.sha256['runs.parquet']).toBe(createHash('sha256').update(readFileSync(join(at('a'), 'runs.parquet'))).digest('hex'));
  });

  it("refuses a runs.parquet replaced by another folder's with as many rows (analyze, resume)", async () => {
    await sweep('b', 8);
    await sweepSeed('other', 8, 2);
    copyFileSync(join(at('other'), 'runs.parquet'), join(at('b'), 'runs.parquet'));
    const analyzed = await cli('analyze', at('b'));
    expect(analyzed.code).toBe(2);
    expect(analyzed.stderr).toContain(`${join(at('b'), 'runs.parquet')} is incomplete or damaged`);
    expect(analyzed.stderr).not.toMatch(/\n\s+at /);
    const resumed = await cli('sweep', at('b.yaml'), '--out', at('b'), '--workers', '0', '--quiet', '--resume');
    expect(resumed.code).toBe(2);
    expect(resumed.stderr).toContain(`${join(at('b'), 'runs.parquet')} is incomplete or damaged`);
  }, 120_000);

  it('refuses a runs.parquet cut short when merging', async () => {
    await sweep('s1', 8, '--shard', '1/2');
    await sweep('s2', 8, '--shard', '2/2');
    const file = join(at('s2'), 'runs.parquet');
    truncateSync(file, statSync(file).size - 100);
    const merged = await cli('merge', at('s1'), at('s2'), '--out', at('merged'));
    expect(merged.code).toBe(2);
    expect(merged.stderr).toContain(`${file} is incomplete or damaged`);
  }, 120_000);

  it('still reads an older folder without tables.json', async () => {
    await sweep('old', 8);
    rmSync(join(at('old'), 'tables.json'));
    expect((await cli('analyze', at('old'))).code).toBe(0);
  }, 120_000);
});
