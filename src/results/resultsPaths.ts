import { join } from 'node:path';

/** The files of a results folder. */
export interface ResultsPaths {
  dir: string;
  /** The normalised experiment, design matrix, library version and seeds. */
  experiment: string;
  /** One row per run, sorted by run. */
  runsCsv: string;
  runsParquet: string;
  /** One row per run and kept week (only when weekly rows are asked for). */
  weeklyParquet: string;
  /** The size in bytes of each Parquet table written when the sweep finished (`recordTables`); absent from older folders. */
  tables: string;
  /** `{ "shard": "i/n" }` in a shard's folder; absent from whole and merged results. */
  shard: string;
  /** Work in progress: the journals of finished runs; removed when the sweep completes. */
  partial: string;
  /** Held by the process writing the folder. */
  lock: string;
}

/**
 * The paths of a results folder's files.
 *
 * @example
 * resultsPaths('results/demo').runsCsv; // "results/demo/runs.csv"
 */
export function resultsPaths(dir: string): ResultsPaths {
  return {
    dir,
    experiment: join(dir, 'experiment.json'),
    runsCsv: join(dir, 'runs.csv'),
    runsParquet: join(dir, 'runs.parquet'),
    weeklyParquet: join(dir, 'weekly.parquet'),
    tables: join(dir, 'tables.json'),
    shard: join(dir, 'shard.json'),
    partial: join(dir, '.partial'),
    lock: join(dir, '.lock'),
  };
}
