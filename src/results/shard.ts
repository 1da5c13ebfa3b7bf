import { UserError } from '../errors/UserError.js';

/**
 * One share of a sweep: shard `index` of `count`, both 1-based (`--shard 2/3`). Run `r`
 * belongs to shard `(r mod count) + 1`; dealing runs out like cards keeps shards within one
 * run of each other in size and mixes slow and fast design points.
 */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Parses `i/n` (1 ≤ i ≤ n). Throws a user-facing message otherwise.
 *
 * @example
 * parseShard('2/3'); // { index: 2, count: 3 }
 * parseShard('0/3'); // throws "shard must be i/n with 1 ≤ i ≤ n, found 0/3"
 */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count || !Number.isSafeInteger(count)) {
    throw new UserError(`shard must be i/n with 1 ≤ i ≤ n, found ${text}`, { expected: 'i/n with 1 ≤ i ≤ n', found: text });
  }
  return { index, count };
}

/**
 * The shard a run belongs to (1-based).
 *
 * @example
 * shardOf(7, 3); // 2 (runs 1, 4, 7, ... are in shard 2 of 3)
 */
export function shardOf(run: number, count: number): number {
  return (run % count) + 1;
}

/**
 * The runs of one shard in increasing order, out of `total` runs. Cost O(total / count).
 *
 * @example
 * [...shardRuns(7, { index: 2, count: 3 })]; // [1, 4]
 */
export function* shardRuns(total: number, shard: Shard = { index: 1, count: 1 }): Generator<number> {
  for (let run = shard.index - 1; run < total; run += shard.count) yield run;
}

/**
 * How many of `total` runs fall in a shard.
 *
 * @example
 * shardSize(7, { index: 1, count: 3 }); // 3 (runs 0, 3, 6)
 */
export function shardSize(total: number, shard: Shard = { index: 1, count: 1 }): number {
  return total >= shard.index ? Math.floor((total - shard.index) / shard.count) + 1 : 0;
}

/**
 * The shard given by a SLURM array job's environment, or null outside one. The task's
 * position is `SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN + 1`, so `--array=0-9` and
 * `--array=1-10` both give shards 1/10 … 10/10.
 *
 * @example
 * shardFromEnv({ SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '4' });
 * // { index: 3, count: 4 }
 */
export function shardFromEnv(env: Record<string, string | undefined>): Shard | null {
  const id = env.SLURM_ARRAY_TASK_ID;
  const count = env.SLURM_ARRAY_TASK_COUNT;
  if (id === undefined || count === undefined) return null;
  const min = env.SLURM_ARRAY_TASK_MIN ?? '0';
  return parseShard(`${Number(id) - Number(min) + 1}/${Number(count)}`);
}

/**
 * Formats a shard as `i/n`.
 *
 * @example
 * formatShard({ index: 2, count: 3 }); // "2/3"
 */
export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}
