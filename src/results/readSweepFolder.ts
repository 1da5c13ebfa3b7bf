import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import type { RunRow } from '../charts/chartInputs.js';
import { resultsMessages } from '../errors/messages.js';
import type { FactorValue } from '../experiment/designs/types.js';
import { checkFinishedSweep } from './checkFinishedSweep.js';
import { csvSource, parquetSource, sqlName, withDuckDB } from './duckdb.js';
import { parseCsv } from './parseCsv.js';
import { readExperimentRecord } from './readExperimentRecord.js';
import { runColumns, type ResultColumn } from './resultColumns.js';
import type { SweepFolder } from './ResultsFolder.js';
import { ResultsFolderError } from './ResultsFolderError.js';

/**
 * Reads a finished sweep's results folder for charts and reports, the way `readResults`
 * reads it for analysis: `experiment.json` through `readExperimentRecord`, and the runs
 * through DuckDB (`withDuckDB`) from `runs.parquet`, or from `runs.csv` with the column types
 * of `runColumns` when there is no Parquet file. Each run becomes a flat row whose factor
 * columns hold the design's values (numbers, or the listed labels of a categorical factor) and
 * whose metric columns hold numbers (`NaN` where a run gave none); failed runs keep their
 * error message. Refuses a folder whose sweep has not finished and a single shard, naming the
 * command that completes it, a `runs.csv` without a column it needs, and a table without
 * every run of `runs.total`. Cost O(runs · columns).
 *
 * @example
 * const sweep = await readSweepFolder('results/trust');
 * sweep.record.design.method; // 'grid'
 */
export async function readSweepFolder(dir: string): Promise<SweepFolder> {
  const paths = checkFinishedSweep(dir);
  const record = readExperimentRecord(paths.experiment);
  const { factors, metrics } = record.experiment;
  const header = csvHeader(paths.runsCsv);
  for (const column of ['run', 'point', 'replicate', 'seed', 'status', ...factors.map((f) => f.name), ...metrics]) {
    if (!header.includes(column)) throw new ResultsFolderError(resultsMessages.missingColumn(paths.runsCsv, column), { file: paths.runsCsv, expected: column });
  }
  const hasVariant = header.includes('variant') && !factors.some((f) => f.name === 'variant');
  const known = runColumns(record.experiment);
  const typeOf = new Map(known.map((c) => [c.name, c.type]));
  // the CSV is read by position: with a variant column, take the columns in the header's order
  const columns = hasVariant ? header.map((name): ResultColumn => ({ name, type: typeOf.get(name) ?? 'VARCHAR' })) : known;
  const file = existsSync(paths.runsParquet) ? paths.runsParquet : paths.runsCsv;
  const source = file === paths.runsParquet ? parquetSource(file) : csvSource(file, columns);
  const numeric = (name: string) => `CAST(${sqlName(name)} AS DOUBLE)`;
  const select = [
    ...['run', 'point', 'replicate', 'seed'].map(numeric),
    'status',
    ...factors.map((f) => (typeOf.get(f.name) === 'VARCHAR' ? sqlName(f.name) : numeric(f.name))),
    ...metrics.map(numeric),
    'error',
    // a sweep of scenario variants has a `variant` column (each run's variant name)
    ...(hasVariant ? [`CAST(${sqlName('variant')} AS VARCHAR)`] : []),
  ].join(', ');
  const values = await withDuckDB(async (connection) => (await connection.runAndReadAll(`SELECT ${select} FROM ${source}`)).getRows());
  if (values.length !== record.runs.total) {
    throw new ResultsFolderError(resultsMessages.runsShort(file, values.length, record.runs.total), { file, expected: `${record.runs.total} rows` });
  }
  const errors = new Map<number, string>();
  const runs = values.map((fields): RunRow => {
    const row: RunRow = {
      run: fields[0] as number,
      point: fields[1] as number,
      replicate: fields[2] as number,
      seed: fields[3] as number,
      status: fields[4] === 'ok' ? 'ok' : 'failed',
    };
    factors.forEach((factor, f) => {
      const value = fields[5 + f] as number | string | null;
      row[factor.name] = factor.kind === 'range' ? (value as number | null) ?? NaN : levelOf(factor.values, value);
    });
    metrics.forEach((metric, m) => (row[metric] = (fields[5 + factors.length + m] as number | null) ?? NaN));
    const errorAt = 5 + factors.length + metrics.length;
    if (hasVariant) row.variant = (fields[errorAt + 1] as string | null) ?? '';
    if (row.status === 'failed') errors.set(row.run, (fields[errorAt] as string | null) ?? '');
    return row;
  });
  return { kind: 'sweep', dir, record, runs, errors, hasWeekly: existsSync(paths.weeklyParquet) };
}

/** The column names on a CSV file's first line (read alone: the file may be large). */
function csvHeader(file: string): string[] {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(1 << 16);
    const text = chunk.toString('utf8', 0, readSync(fd, chunk, 0, chunk.length, 0));
    const end = text.indexOf('\n');
    return parseCsv(end < 0 ? text : text.slice(0, end + 1)).next().value ?? [];
  } finally {
    closeSync(fd);
  }
}

/** The listed value a stored value stands for (so `0.5` stays a number in a mixed list); a missing one is NaN. */
function levelOf(values: readonly FactorValue[], stored: number | string | null): FactorValue {
  if (stored === null) return NaN;
  const found = values.find((v) => v === stored || String(v) === String(stored));
  return found ?? stored;
}
