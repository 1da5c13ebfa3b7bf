import type { SweepWeeklyRow } from '../charts/chartInputs.js';
import { resultsMessages } from '../errors/messages.js';
import { parquetSource, sqlName, withDuckDB } from './duckdb.js';
import type { SweepFolder } from './ResultsFolder.js';
import { ResultsFolderError } from './ResultsFolderError.js';
import { resultsPaths } from './resultsPaths.js';

/**
 * Reads a sweep's weekly rows (`weekly.parquet`, through DuckDB) for the given metrics:
 * one row per finished run and kept week, with `run`, `point`, `replicate`, `week`, the
 * run's factor values (joined from the run rows, so a time series can be grouped by a
 * factor) and the metrics (`NaN` where missing). Rows of failed runs are left out. Only
 * the asked-for columns are read. Cost O(runs · weeks · metrics).
 *
 * @example
 * const rows = await readSweepWeekly(sweep, ['successRate']);
 * timeseriesChart(rows, { metric: 'successRate', groupBy: 'manpower' });
 */
export async function readSweepWeekly(sweep: SweepFolder, metrics: readonly string[]): Promise<SweepWeeklyRow[]> {
  if (!sweep.hasWeekly) throw new ResultsFolderError(resultsMessages.noWeeklyRows(sweep.dir));
  const { weeklyMetrics, factors } = sweep.record.experiment;
  for (const metric of metrics) {
    if (!weeklyMetrics.includes(metric)) {
      throw new ResultsFolderError(resultsMessages.unknownMetric(`${sweep.dir}/weekly.parquet`, metric, weeklyMetrics));
    }
  }
  const byRun = new Map(sweep.runs.filter((r) => r.status === 'ok').map((r) => [r.run, r]));
  const select = [
    ...['run', 'point', 'replicate', 'week'].map((c) => `CAST(${c} AS INTEGER)`),
    ...metrics.map((m) => `CAST(${sqlName(m)} AS DOUBLE)`),
  ].join(', ');
  const file = resultsPaths(sweep.dir).weeklyParquet;
  return withDuckDB(async (connection) => {
    const reader = await connection.runAndReadAll(`SELECT ${select} FROM ${parquetSource(file)} ORDER BY run, week`);
    const rows: SweepWeeklyRow[] = [];
    for (const values of reader.getRows() as Array<Array<number | null>>) {
      const run = byRun.get(values[0] as number);
      if (run === undefined) continue;
      const row: SweepWeeklyRow = { run: run.run, point: run.point, replicate: run.replicate, week: values[3] as number };
      for (const factor of factors) row[factor.name] = run[factor.name];
      if (run.variant !== undefined) row.variant = run.variant;
      metrics.forEach((m, i) => (row[m] = values[4 + i] ?? NaN));
      rows.push(row);
    }
    return rows;
  });
}
