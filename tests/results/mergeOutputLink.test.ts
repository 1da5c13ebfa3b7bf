import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRoot } from '../analysis/results/fixtures.js';
import { cli } from '../cli/runCli.js';

/**
 * `merge --force --out` never empties one of its inputs, whatever name the output is given:
 * inputs and output are compared by real path, so a symbolic link to a shard (or to the folder
 * above it) is refused with exit 2 and every shard keeps its results.
 */
const root = tempRoot('merge-link');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (name: string) => join(root, name);

beforeAll(async () => {
  const file = at('ish.yaml');
  writeFileSync(file, 'model: ishigami\nseed: 3\nreplications: 1\ndesign: { method: lhs, samples: 8 }\n');
  mkdirSync(at('shards'));
  for (const i of [1, 2]) {
    const result = await cli('sweep', file, '--out', at(`shards/s${i}`), '--shard', `${i}/2`, '--workers', '0', '--quiet');
    expect(result.code).toBe(0);
  }
  symlinkSync(at('shards/s1'), at('link-to-s1'));
  symlinkSync(at('shards'), at('link-to-shards'));
});

describe('merge --force --out a link to an input', () => {
  it.each([['link-to-s1'], ['link-to-shards/s1']])('refuses --out %s and deletes nothing', async (out) => {
    const before = readFileSync(at('shards/s1/runs.csv'), 'utf8');
    const result = await cli('merge', at('shards/s1'), at('shards/s2'), '--force', '--out', at(out));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${at('shards/s1')} under another name (a symbolic link); choose another --out`);
    for (const file of ['experiment.json', 'runs.csv', 'runs.parquet', 'shard.json']) expect(existsSync(at(`shards/s1/${file}`))).toBe(true);
    expect(readFileSync(at('shards/s1/runs.csv'), 'utf8')).toBe(before);
  });

  it('still merges into a new folder beside the links', async () => {
    const result = await cli('merge', at('link-to-s1'), at('shards/s2'), '--out', at('link-to-shards/merged'));
    expect(result).toMatchObject({ code: 0, stdout: `wrote ${at('link-to-shards/merged')}: 8 runs (0 failed) from 2 folders\n` });
  });
});
