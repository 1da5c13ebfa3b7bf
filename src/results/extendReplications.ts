import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { resultsMessages } from '../errors/messages.js';
import type { NormalizedExperiment } from '../experiment/types.js';
import { parquetSource, sqlName, withDuckDB } from './duckdb.js';
import { JournalWriter } from './JournalWriter.js';
import { formatJournalLine } from './journalLine.js';
import { lockFolder } from './lockFolder.js';
import { ResultsFolderError } from './ResultsFolderError.js';
import { resultsPaths } from './resultsPaths.js';
import { runNumber } from './runCoordinates.js';
import { writeFileAtomic } from './writeFileAtomic.js';

/**
 * Turns a finished results folder of `experiment` into an unfinished sweep of the same
 * experiment with more `replications`, keeping every run already done: the runs are
 * renumbered for the new count (run = point × replications + replicate) into a journal, and
 * `experiment.json` is replaced by `record`, the new experiment's (`planSweep(next).record`,
 * made by the caller, since planning a design is the experiment layer's work). `runSweep(…, { resume: true })` then
 * runs only the new replicates and writes the same bytes as a sweep run with the larger
 * count from the start (a replicate's seed depends on the root seed, point and replicate,
 * never on the count).
 *
 * Crash-safe in the runner's sense: the journal is written aside first, the old tables are
 * removed and the new `experiment.json` written before the journal is moved into place, so
 * an interruption at any step leaves a folder that `--resume` finishes correctly (at worst by
 * running the kept runs again). Sweeps with weekly rows are refused (their weekly rows are
 * not carried over). Returns the experiment with the new count.
 *
 * @example
 * const more = await extendReplications('results/demo', experiment, 8, planSweep({ ...experiment, replications: 8 }).record);
 * await runSweep(more, { out: 'results/demo', resume: true });
 */
export async function extendReplications(
  out: string,
  experiment: NormalizedExperiment,
  replications: number,
  record: string,
): Promise<NormalizedExperiment> {
  if (experiment.weeklyEvery > 0) {
    throw new ResultsFolderError(resultsMessages.extendWeekly());
  }
  if (!Number.isInteger(replications) || replications < experiment.replications) {
    throw new Error(`extendReplications needs at least ${experiment.replications} replications, got ${replications}`);
  }
  const paths = resultsPaths(out);
  if (existsSync(paths.partial) || !existsSync(paths.runsParquet)) {
    throw new ResultsFolderError(resultsMessages.notFinished(out), { path: out });
  }
  const next = { ...experiment, replications };
  const lock = lockFolder(paths.lock, out);
  const aside = join(out, '.partial-extend');
  try {
    rmSync(aside, { recursive: true, force: true });
    mkdirSync(aside);
    const journal = new JournalWriter(join(aside, 'journal-0.jsonl'));
    try {
      await copyRuns(paths.runsParquet, experiment.metrics, replications, (text) => journal.append(text));
    } finally {
      journal.close();
    }
    rmSync(paths.runsCsv, { force: true });
    rmSync(paths.runsParquet, { force: true });
    writeFileAtomic(paths.experiment, record);
    renameSync(aside, paths.partial);
  } finally {
    lock.release();
  }
  return next;
}

/** Streams the runs of `runs.parquet` as journal lines numbered for `replications`. */
async function copyRuns(
  parquet: string,
  metrics: string[],
  replications: number,
  append: (text: string) => void,
): Promise<void> {
  await withDuckDB(async (connection) => {
    const select = [
      'CAST(point AS DOUBLE)',
      'CAST(replicate AS DOUBLE)',
      'status',
      'error',
      ...metrics.map((m) => `CAST(${sqlName(m)} AS DOUBLE)`),
    ].join(', ');
    const result = await connection.stream(`SELECT ${select} FROM ${parquetSource(parquet)} ORDER BY run`);
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      const columns = chunk.getColumns();
      let text = '';
      for (let r = 0; r < chunk.rowCount; r++) {
        const error = columns[3][r] as string | null;
        text += formatJournalLine({
          run: runNumber(columns[0][r] as number, columns[1][r] as number, replications),
          status: columns[2][r] === 'failed' ? 'failed' : 'ok',
          metrics: metrics.map((_, m) => columns[4 + m][r] as number | null),
          ...(error ? { error } : {}),
        });
      }
      append(text);
    }
  });
}
