import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatShard, parseShard, shardFromEnv, shardOf, shardRuns, shardSize } from '../../src/results/shard.js';

describe('shards', () => {
  it('partitions the runs: disjoint, covering, deterministic and balanced', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.integer({ min: 1, max: 40 }), (total, count) => {
        const seen = new Int32Array(total);
        const sizes: number[] = [];
        for (let index = 1; index <= count; index++) {
          const runs = [...shardRuns(total, { index, count })];
          expect(runs).toEqual([...shardRuns(total, { index, count })]);
          expect(runs.length).toBe(shardSize(total, { index, count }));
          for (const run of runs) {
            seen[run]++;
            expect(shardOf(run, count)).toBe(index);
          }
          sizes.push(runs.length);
        }
        expect([...seen].every((n) => n === 1)).toBe(true);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('parses i/n and rejects anything else with a clear message', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(formatShard(parseShard(' 1 / 1 '))).toBe('1/1');
    for (const bad of ['0/3', '4/3', '1/0', '2', 'a/b', '-1/2']) {
      expect(() => parseShard(bad)).toThrow(`shard must be i/n with 1 ≤ i ≤ n, found ${bad}`);
    }
  });

  it('reads SLURM array variables, whatever the first task id', () => {
    expect(shardFromEnv({})).toBeNull();
    expect(shardFromEnv({ SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '4' })).toEqual({ index: 3, count: 4 });
    expect(shardFromEnv({ SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_COUNT: '4' })).toEqual({ index: 1, count: 4 });
  });
});
