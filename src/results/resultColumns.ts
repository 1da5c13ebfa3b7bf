import type { NormalizedExperiment } from '../experiment/types.js';

/** A column of a results table: its name and its SQL type in the Parquet files. */
export interface ResultColumn {
  name: string;
  type: 'BIGINT' | 'DOUBLE' | 'VARCHAR';
}

/**
 * The columns of `runs.csv` and `runs.parquet`, in order: `run`, `point`, `replicate`,
 * `seed`, `status` (`ok` or `failed`), one column per factor (named as in the experiment),
 * one per metric, and `error` (the message of a failed run, empty otherwise). Integer range
 * factors are BIGINT, other ranges DOUBLE, categorical factors VARCHAR when any value is text.
 *
 * @example
 * runColumns(experiment).map((c) => c.name); // ['run', 'point', 'replicate', 'seed', 'status', 'x1', 'y', 'error']
 */
export function runColumns(experiment: NormalizedExperiment): ResultColumn[] {
  return [
    { name: 'run', type: 'BIGINT' },
    { name: 'point', type: 'BIGINT' },
    { name: 'replicate', type: 'BIGINT' },
    { name: 'seed', type: 'BIGINT' },
    { name: 'status', type: 'VARCHAR' },
    ...experiment.factors.map((factor): ResultColumn => ({
      name: factor.name,
      type:
        factor.kind === 'range'
          ? factor.integer
            ? 'BIGINT'
            : 'DOUBLE'
          : factor.values.some((v) => typeof v === 'string')
            ? 'VARCHAR'
            : 'DOUBLE',
    })),
    ...experiment.metrics.map((name): ResultColumn => ({ name, type: 'DOUBLE' })),
    { name: 'error', type: 'VARCHAR' },
  ];
}

/**
 * The columns of `weekly.parquet`: `run`, `point`, `replicate`, `week` and one column per
 * weekly metric. Join with `runs` on `run` for the factors.
 *
 * @example
 * weeklyColumns(experiment).map((c) => c.name); // ['run', 'point', 'replicate', 'week', 'meanOrgTrust']
 */
export function weeklyColumns(experiment: NormalizedExperiment): ResultColumn[] {
  return [
    { name: 'run', type: 'BIGINT' },
    { name: 'point', type: 'BIGINT' },
    { name: 'replicate', type: 'BIGINT' },
    { name: 'week', type: 'BIGINT' },
    ...experiment.weeklyMetrics.map((name): ResultColumn => ({ name, type: 'DOUBLE' })),
  ];
}
