import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempRoot } from '../analysis/results/fixtures.js';
import { cli } from '../cli/runCli.js';

/**
 * A results folder whose name holds DuckDB's pattern characters (`*`, `?`, `[...]`) is read as
 * that one folder: beside a sibling `exp1` with other data (which the pattern `exp[1]*` would
 * match), a sweep, an analysis and a report of `exp[1]*` give the same numbers as the same
 * sweep in a plainly named folder.
 */
const root = tempRoot('glob-folders');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const at = (name: string) => join(root, name);

async function sweep(seed: number, out: string, ...options: string[]): Promise<void> {
  const file = at(`lhs-${seed}.yaml`);
  writeFileSync(file, `model: ishigami\nseed: ${seed}\nreplications: 1\ndesign: { method: lhs, samples: 24 }\n`);
  const result = await cli('sweep', file, '--out', out, '--workers', '0', '--quiet', ...options);
  expect(result).toMatchObject({ code: 0, stderr: '' });
}

describe('results folders named like patterns', () => {
  it('sweeps, analyses and reports exp[1]* as itself, not as its sibling exp1', async () => {
    await sweep(1, at('exp1'));
    await sweep(2, at('zzplain'));
    await sweep(2, at('exp[1]*'));
    for (const file of ['runs.csv', 'experiment.json']) {
      expect(readFileSync(join(at('exp[1]*'), file), 'utf8')).toBe(readFileSync(join(at('zzplain'), file), 'utf8'));
    }
    const analyse = async (name: string) => {
      const result = await cli('analyze', at(name), '--method', 'summary');
      expect(result).toMatchObject({ code: 0, stderr: '' });
      return { stdout: result.stdout.split(at(name)).join('<dir>'), csv: readFileSync(join(at(name), 'analysis', 'summary.csv'), 'utf8') };
    };
    const plain = await analyse('zzplain');
    expect(await analyse('exp[1]*')).toEqual(plain);
    expect(await analyse('exp1')).not.toEqual(plain);
    const report = async (name: string) => {
      expect(await cli('report', at(name))).toMatchObject({ code: 0, stderr: '' });
      return readFileSync(join(at(name), 'report.html'), 'utf8').split(at(name)).join('<dir>').split(name).join('<name>');
    };
    expect(await report('exp[1]*')).toBe(await report('zzplain'));
  });

  it('merges shards named like patterns into exp[1]* as it merges plainly named ones', async () => {
    // siblings the patterns would match, holding another sweep's shards
    await sweep(3, at('part1'), '--shard', '1/2');
    await sweep(3, at('part2'), '--shard', '2/2');
    for (const [names, out] of [
      [['plain-a', 'plain-b'], 'merged-plain'],
      [['part[1]*', 'part[2]?'], 'merged[1]*'],
    ] as const) {
      await sweep(4, at(names[0]), '--shard', '1/2');
      await sweep(4, at(names[1]), '--shard', '2/2');
      expect(await cli('merge', at(names[0]), at(names[1]), '--out', at(out))).toMatchObject({ code: 0, stderr: '' });
    }
    for (const file of ['runs.csv', 'experiment.json']) {
      expect(readFileSync(join(at('merged[1]*'), file), 'utf8')).toBe(readFileSync(join(at('merged-plain'), file), 'utf8'));
    }
    const summary = async (name: string) => {
      expect(await cli('analyze', at(name), '--method', 'summary')).toMatchObject({ code: 0, stderr: '' });
      return readFileSync(join(at(name), 'analysis', 'summary.csv'), 'utf8');
    };
    expect(await summary('merged[1]*')).toBe(await summary('merged-plain'));
  });
});
