import type { DuckDBConnection } from '@duckdb/node-api';
import type { ResultColumn } from './resultColumns.js';

/**
 * Runs `work` on a fresh in-memory DuckDB connection with one thread (so rows keep their
 * order and the same input gives the same bytes), and closes it afterwards, also on failure.
 * The one place collabsim sets DuckDB up: Parquet writing, merging, and reading a sweep for
 * analysis, charts and extension all go through it. DuckDB is loaded on first use, so
 * commands that never touch Parquet do not pay for it.
 *
 * @example
 * const n = await withDuckDB(async (db) => (await db.runAndReadAll(`SELECT 42`)).getRows()[0][0]); // 42
 */
export async function withDuckDB<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  try {
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/**
 * A text as an SQL string literal (single quotes doubled).
 *
 * @example
 * sqlString("it's"); // "'it''s'"
 */
export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * A column name as an SQL identifier (double quotes doubled).
 *
 * @example
 * sqlName('a"b'); // '"a""b"'
 */
export function sqlName(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A file's path as an SQL string literal that DuckDB's readers take as that one file, never
 * as a pattern. `read_csv` and `read_parquet` expand `*`, `?` and `[...]` in the paths they are
 * given (DuckDB's glob), so a results folder named `exp[1]` would silently read its sibling
 * `exp1`. Each of those characters is put alone in a character class (`[*]`, `[?]`, `[[]`),
 * which matches exactly that character; a `]` outside a class is already literal, and a path
 * without these characters is unchanged. Only for paths handed to a reader: `COPY ... TO`
 * writes to its path as it is.
 *
 * @example
 * sqlFilePath('results/exp[1]/runs.csv'); // "'results/exp[[]1]/runs.csv'"
 */
export function sqlFilePath(file: string): string {
  return sqlString(file.replace(/[*?[]/g, (c) => `[${c}]`));
}

/**
 * DuckDB's CSV read buffer in bytes, set to its smallest allowed value (the default longest
 * line, 2 MiB). Its default is 16 times that, 32 MiB, and a large CSV kept about two such
 * buffers: turning a 500,000-run `runs.csv` (53 MB) into Parquet peaked 65 MB above the start
 * with the default, 18 MB with this (10 MB for a 1,000-run file); the rows are the same.
 */
const CSV_BUFFER_BYTES = 2 * 1024 * 1024;

/**
 * The SQL table expression that reads a CSV file collabsim wrote, with the given column
 * types (never guessed from the data), the empty field as the missing value and a small read
 * buffer (`CSV_BUFFER_BYTES`), so memory does not grow with the file.
 *
 * @example
 * `SELECT count(*) FROM ${csvSource('results/demo/runs.csv', runColumns(experiment))}`;
 */
export function csvSource(file: string, columns: readonly ResultColumn[]): string {
  const types = columns.map((c) => `${sqlString(c.name)}: '${c.type}'`).join(', ');
  return (
    `read_csv(${sqlFilePath(file)}, header = true, delim = ',', quote = '"', escape = '"', ` +
    `nullstr = '', auto_detect = false, buffer_size = ${CSV_BUFFER_BYTES}, columns = {${types}})`
  );
}

/**
 * The SQL table expression that reads one Parquet file (its path taken literally, see
 * `sqlFilePath`).
 *
 * @example
 * `SELECT * FROM ${parquetSource('results/demo/runs.parquet')}`;
 */
export function parquetSource(file: string): string {
  return `read_parquet(${sqlFilePath(file)})`;
}
