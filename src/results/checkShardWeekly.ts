import { existsSync } from 'node:fs';
import { resultsMessages } from '../errors/messages.js';
import { parquetSource, withDuckDB } from './duckdb.js';
import { ResultsFolderError } from './ResultsFolderError.js';
import { resultsPaths } from './resultsPaths.js';

/**
 * Checks the `weekly.parquet` of every shard before a merge combines them, the way the
 * shards' `runs.csv` are checked: each shard has the file, and its rows belong to that
 * shard's own runs, each (run, week) once. `origin[run]` is the index in `dirs` of the folder
 * whose `runs.csv` holds the run (filled while the run tables were read). Without this a
 * shard carrying another shard's weekly file merged into duplicate (run, week) rows, and a
 * missing file surfaced as a DuckDB error. One grouped query per shard; memory O(runs of the
 * shard).
 *
 * @example
 * await checkShardWeekly(['shards/1', 'shards/2'], origin);
 */
export async function checkShardWeekly(dirs: readonly string[], origin: Int32Array): Promise<void> {
  for (const [d, dir] of dirs.entries()) {
    const file = resultsPaths(dir).weeklyParquet;
    if (!existsSync(file)) throw new ResultsFolderError(resultsMessages.noShardWeekly(dir), { file, expected: 'weekly.parquet' });
    const runs = await withDuckDB(async (connection) => {
      const reader = await connection.runAndReadAll(
        `SELECT CAST(run AS DOUBLE), CAST(count(*) AS DOUBLE), CAST(count(DISTINCT week) AS DOUBLE) ` +
          `FROM ${parquetSource(file)} GROUP BY run ORDER BY run`,
      );
      return reader.getRows() as Array<[number | null, number, number]>;
    });
    for (const [run, rows, weeks] of runs) {
      const from = run !== null && Number.isInteger(run) && run >= 0 && run < origin.length ? origin[run] : -1;
      if (from !== d) {
        const owner = from >= 0 ? dirs[from] : undefined;
        throw new ResultsFolderError(resultsMessages.weeklyNotOfShard(file, String(run), dir, owner), { file });
      }
      if (rows !== weeks) throw new ResultsFolderError(resultsMessages.weeklyTwice(file, run!), { file });
    }
  }
}
