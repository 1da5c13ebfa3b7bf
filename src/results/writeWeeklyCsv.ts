import { renameSync, rmSync } from 'node:fs';
import { parquetSource, sqlString, withDuckDB } from './duckdb.js';
import { resultsPaths } from './resultsPaths.js';

/**
 * Writes a finished sweep's weekly rows as CSV too (`weekly.csv` beside `weekly.parquet`,
 * same columns and order: `run`, `point`, `replicate`, `week`, then the weekly metrics; a
 * missing value is an empty field), through DuckDB, streaming, so memory stays flat. Written
 * aside and renamed, so a crash never leaves a half file. Returns the path written.
 *
 * @example
 * await writeWeeklyCsv('results/trust'); // 'results/trust/weekly.csv'
 */
export async function writeWeeklyCsv(dir: string): Promise<string> {
  const paths = resultsPaths(dir);
  const csv = paths.weeklyParquet.replace(/\.parquet$/, '.csv');
  const aside = `${csv}.tmp`;
  try {
    await withDuckDB(async (connection) => {
      await connection.run('SET preserve_insertion_order = true');
      await connection.run(
        `COPY (SELECT * FROM ${parquetSource(paths.weeklyParquet)} ORDER BY run, week) TO ${sqlString(aside)} (FORMAT csv, HEADER true, NULLSTR '')`,
      );
    });
    renameSync(aside, csv);
  } catch (error) {
    rmSync(aside, { force: true });
    throw error;
  }
  return csv;
}
