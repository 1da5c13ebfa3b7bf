import { renameSync, rmSync } from 'node:fs';
import { csvSource, sqlFilePath, sqlName, sqlString, withDuckDB } from './duckdb.js';
import type { ResultColumn } from './resultColumns.js';

/** Rows per Parquet row group: DuckDB holds one group in memory while writing. */
const ROW_GROUP_SIZE = 8192;

/**
 * Converts a CSV file written by collabsim into a Parquet file with DuckDB, with the given
 * column types (so the schema never depends on what the data looks like). The CSV is already
 * in its final order, and DuckDB on one thread keeps that order while streaming, so memory
 * stays flat however long the file is. Its output was checked to be the same bytes for the
 * same input. Written aside and renamed, so a crash never leaves a half file.
 *
 * @example
 * await writeParquet('runs.csv', 'runs.parquet', runColumns(experiment));
 */
export async function writeParquet(csv: string, parquet: string, columns: ResultColumn[]): Promise<void> {
  await copyToParquet(`SELECT * FROM ${csvSource(csv, columns)}`, parquet);
}

/**
 * Combines Parquet files with the same columns into one, ordered by `orderBy`, with the given
 * column types (used to merge shards' `weekly.parquet`).
 *
 * @example
 * await mergeParquet(['a/weekly.parquet', 'b/weekly.parquet'], 'weekly.parquet', columns, ['run', 'week']);
 */
export async function mergeParquet(
  files: string[],
  parquet: string,
  columns: ResultColumn[],
  orderBy: string[],
): Promise<void> {
  const list = files.map(sqlFilePath).join(', ');
  const select = columns.map((c) => `CAST(${sqlName(c.name)} AS ${c.type}) AS ${sqlName(c.name)}`).join(', ');
  const order = orderBy.map(sqlName).join(', ');
  await copyToParquet(`SELECT ${select} FROM read_parquet([${list}]) ORDER BY ${order}`, parquet);
}

async function copyToParquet(select: string, parquet: string): Promise<void> {
  const aside = `${parquet}.tmp`;
  try {
    await withDuckDB(async (connection) => {
      await connection.run(`SET preserve_insertion_order = true`);
      await connection.run(`COPY (${select}) TO ${sqlString(aside)} (FORMAT parquet, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`);
    });
    renameSync(aside, parquet);
  } catch (error) {
    rmSync(aside, { force: true });
    throw error;
  }
}
