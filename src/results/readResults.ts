import { existsSync } from 'node:fs';
import type { Design } from '../experiment/designs/types.js';
import type { NormalizedExperiment } from '../experiment/types.js';
import { resultsMessages } from '../errors/messages.js';
import { suggest } from '../scenario/suggest.js';
import { checkFinishedSweep } from './checkFinishedSweep.js';
import { csvSource, parquetSource, sqlName, withDuckDB } from './duckdb.js';
import { readExperimentRecord } from './readExperimentRecord.js';
import { runColumns } from './resultColumns.js';
import { ResultsFolderError } from './ResultsFolderError.js';

/** What to read from a results folder. */
export interface ReadResultsOptions {
  /** Metrics to read, in this order (default: every metric of the experiment). */
  metrics?: readonly string[];
}

/**
 * The successful runs of a finished sweep, column by column (typed arrays),
 * with the experiment and design from `experiment.json`. Failed runs are left out and
 * counted in `failed`.
 */
export interface ResultsData {
  /** The results folder. */
  dir: string;
  experiment: NormalizedExperiment;
  /** The design as stored, with its `layout` (what the analyses read); `points` is parsed when first read. */
  design: Design;
  /** The metrics read, in the order asked for. */
  metrics: string[];
  /** Rows of `runs.parquet` (`runs.csv`), every status. */
  runs: number;
  /** Runs with status `failed`: excluded from every array below. */
  failed: number;
  /** Per successful run, in file order (by run in the files collabsim writes): its design point, replicate and seed. */
  point: Int32Array;
  replicate: Int32Array;
  seed: Float64Array;
  /** Per metric, per successful run: its value; NaN when the run gave no finite value. */
  values: Record<string, Float64Array>;
}

/**
 * Reads a finished results folder for analysis, streaming from `runs.parquet` (or from
 * `runs.csv` when there is no Parquet file) through DuckDB and keeping only the columns
 * needed: `point`, `replicate`, `seed` and the asked-for metrics, as typed arrays (8–20 bytes
 * per run and metric, whatever the other columns hold). Checks first that the folder is a
 * complete collabsim results folder (not a shard, not an unfinished sweep), that every
 * metric exists and that the table holds every run of `runs.total`; these mistakes throw a `ResultsFolderError` with a message for the user. Cost O(runs · metrics): the query streams 327 680 runs in about 0.3 s.
 *
 * @example
 * const data = await readResults('results/ishigami', { metrics: ['y'] });
 * data.values.y.length; // successful runs
 */
export async function readResults(dir: string, options: ReadResultsOptions = {}): Promise<ResultsData> {
  const paths = checkFinishedSweep(dir);
  const record = readExperimentRecord(paths.experiment);
  const { experiment, design } = record;
  const metrics = [...(options.metrics ?? experiment.metrics)];
  for (const metric of metrics) {
    if (!experiment.metrics.includes(metric)) {
      const close = suggest(metric, experiment.metrics);
      throw new ResultsFolderError(
        close !== undefined ? resultsMessages.unknownMetricSuggest(metric, close) : resultsMessages.unknownMetricOf(metric, dir, experiment.metrics),
        { path: dir, found: metric },
      );
    }
  }
  if (metrics.length === 0) throw new ResultsFolderError(resultsMessages.noMetric());

  const file = existsSync(paths.runsParquet) ? paths.runsParquet : paths.runsCsv;
  const source = file === paths.runsParquet ? parquetSource(file) : csvSource(file, runColumns(experiment));
  return withDuckDB(async (connection) => {
    const counts = await connection.runAndReadAll(
      `SELECT CAST(count(*) AS DOUBLE), CAST(count(*) FILTER (WHERE status = 'failed') AS DOUBLE) FROM ${source}`,
    );
    const [runs, failed] = counts.getRows()[0] as [number, number];
    if (runs !== record.runs.total) {
      throw new ResultsFolderError(resultsMessages.runsShort(file, runs, record.runs.total), { file, expected: `${record.runs.total} rows` });
    }
    const size = runs - failed;
    const data: ResultsData = {
      dir,
      experiment,
      design,
      metrics,
      runs,
      failed,
      point: new Int32Array(size),
      replicate: new Int32Array(size),
      seed: new Float64Array(size),
      values: Object.fromEntries(metrics.map((m) => [m, new Float64Array(size)])),
    };
    const columns = metrics.map((m) => data.values[m]);
    const select = [
      'CAST(point AS DOUBLE)',
      'CAST(replicate AS DOUBLE)',
      'CAST(seed AS DOUBLE)',
      ...metrics.map((m) => `CAST(${sqlName(m)} AS DOUBLE)`),
    ].join(', ');
    const result = await connection.stream(`SELECT ${select} FROM ${source} WHERE status <> 'failed'`);
    let at = 0;
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      const n = chunk.rowCount;
      const read = (c: number) => chunk.getColumnValues(c) as (number | null)[];
      data.point.set(read(0) as number[], at);
      data.replicate.set(read(1) as number[], at);
      data.seed.set(read(2) as number[], at);
      columns.forEach((column, m) => {
        const values = read(3 + m);
        for (let r = 0; r < n; r++) column[at + r] = values[r] ?? NaN;
      });
      at += n;
    }
    return data;
  });
}
