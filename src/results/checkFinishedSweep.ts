import { existsSync, statSync } from 'node:fs';
import { resultsMessages } from '../errors/messages.js';
import { checkRunsTail } from './checkRunsTable.js';
import { checkTables } from './recordTables.js';
import { ResultsFolderError } from './ResultsFolderError.js';
import { resultsPaths, type ResultsPaths } from './resultsPaths.js';

/** What a sweep's folder must be besides finished. */
export interface FinishedSweepOptions {
  /** Accept one shard's folder (merging does; everything else wants the whole sweep). */
  shard?: boolean;
}

/**
 * Checks that `dir` holds a finished sweep before anything reads it, and returns its paths:
 * the folder exists, has `experiment.json`, has no journal of unfinished work (`.partial`)
 * and has `runs.csv` whose last row is whole (`checkRunsTail`) and Parquet tables of the
 * recorded sizes (`checkTables`), and (unless `shard` is
 * allowed) is not one shard of a sweep. Each failure throws a `ResultsFolderError` that says
 * what to run instead. The one check every reader of a sweep (analysis, charts, reports,
 * merge, extend) goes through; the readers then compare the rows they read with
 * `runs.total`. Cost O(1).
 *
 * @example
 * const paths = checkFinishedSweep('results/demo');
 * paths.runsParquet; // 'results/demo/runs.parquet'
 */
export function checkFinishedSweep(dir: string, options: FinishedSweepOptions = {}): ResultsPaths {
  const paths = resultsPaths(dir);
  if (!existsSync(dir)) throw new ResultsFolderError(resultsMessages.notFound(dir), { path: dir });
  if (!statSync(dir).isDirectory()) {
    throw new ResultsFolderError(resultsMessages.notAFolder(dir), { path: dir, expected: 'a folder', found: 'a file' });
  }
  if (!existsSync(paths.experiment)) {
    throw new ResultsFolderError(resultsMessages.notASweepFolder(dir), { path: dir, expected: 'experiment.json' });
  }
  if (existsSync(paths.partial) || !existsSync(paths.runsCsv)) {
    throw new ResultsFolderError(resultsMessages.unfinished(dir), { path: dir, expected: 'runs.csv' });
  }
  checkRunsTail(paths.runsCsv);
  checkTables(paths);
  if (!options.shard && existsSync(paths.shard)) {
    throw new ResultsFolderError(resultsMessages.shard(dir), { path: dir, expected: 'the whole sweep', found: 'one shard' });
  }
  return paths;
}
