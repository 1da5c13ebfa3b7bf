import { renameSync } from 'node:fs';
import type { ResultColumn } from './resultColumns.js';

/**
 * Converts a CSV file written by collabsim into a Parquet file with DuckDB, with the given
 * column types (so the schema never depends on what the data looks like) and rows ordered by
 * `orderBy`. DuckDB runs on one thread here, and its output was checked to be the same bytes
 * for the same input. Written aside and renamed, so a crash never leaves a half file.
 *
 * @example
 * await writeParquet('runs.csv', 'runs.parquet', runColumns(experiment), ['run']);
 */
export async function writeParquet(
  csv: string,
  parquet: string,
  columns: ResultColumn[],
  orderBy: string[],
): Promise<void> {
  const types = columns.map((c) => `${sqlString(c.name)}: '${c.type}'`).join(', ');
  const source =
    `read_csv(${sqlString(csv)}, header = true, delim = ',', quote = '"', escape = '"', ` +
    `nullstr = '', auto_detect = false, columns = {${types}})`;
  await copyToParquet(`SELECT * FROM ${source}`, parquet, orderBy);
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
  const list = files.map(sqlString).join(', ');
  const select = columns.map((c) => `CAST(${sqlName(c.name)} AS ${c.type}) AS ${sqlName(c.name)}`).join(', ');
  await copyToParquet(`SELECT ${select} FROM read_parquet([${list}])`, parquet, orderBy);
}

async function copyToParquet(select: string, parquet: string, orderBy: string[]): Promise<void> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  const aside = `${parquet}.tmp`;
  try {
    const order = orderBy.map(sqlName).join(', ');
    await connection.run(
      `COPY (${select} ORDER BY ${order}) TO ${sqlString(aside)} (FORMAT parquet)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  renameSync(aside, parquet);
}

function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function sqlName(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
