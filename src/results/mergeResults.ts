import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resultsMessages } from '../errors/messages.js';
import { checkFinishedSweep } from './checkFinishedSweep.js';
import { checkShardWeekly } from './checkShardWeekly.js';
import { csvField } from './csvField.js';
import { finalizeResults } from './finalizeResults.js';
import { JournalIndex } from './JournalIndex.js';
import { JournalWriter } from './JournalWriter.js';
import { formatJournalLine } from './journalLine.js';
import { readCsvRows } from './readCsvRows.js';
import { planFromRecord } from './planFromRecord.js';
import { readExperimentText } from './readExperimentRecord.js';
import { realFolder } from './realFolder.js';
import { prepareResultsFolder } from './prepareResultsFolder.js';
import { ResultsFolderError } from './ResultsFolderError.js';
import { MergeInterrupted } from './MergeInterrupted.js';
import { resultsPaths } from './resultsPaths.js';
import type { SweepPlan } from './sweepPlan.js';

/** How to merge. */
export interface MergeOptions {
  /** The merged results folder. */
  out: string;
  /** Replace an existing results folder at `out`. */
  force?: boolean;
  /** Stops the merge before it writes the merged tables (it then rejects with `MergeInterrupted`). */
  signal?: AbortSignal;
}

/** What a merge did. */
export interface MergeSummary {
  out: string;
  folders: number;
  total: number;
  failed: number;
}

/**
 * Combines the results folders of a sweep's shards into one folder identical to a
 * single-machine run of the whole sweep: same `experiment.json`, same `runs.csv` bytes, same
 * Parquet contents. Checks first that every folder is finished and holds the same experiment,
 * that no run appears twice and that together they cover every run (a missing shard is named
 * by its runs), and that each folder's weekly rows are of its own runs, each week once.
 *
 * @example
 * await mergeResults(['shards/1', 'shards/2', 'shards/3'], { out: 'results/sweep' });
 */
export async function mergeResults(dirs: string[], options: MergeOptions): Promise<MergeSummary> {
  const plan = planFromRecord(commonRecord(dirs, options.out));
  const outPaths = resultsPaths(options.out);
  const whole = { index: 1, count: 1 };
  const existed = existsSync(outPaths.dir);
  const { lock } = prepareResultsFolder(outPaths, plan.record, whole, { force: options.force });
  let merged = false;
  try {
    const journalFile = join(outPaths.partial, 'journal-0.jsonl');
    const journal = new JournalWriter(journalFile);
    const index = new JournalIndex(plan.total);
    const indexAppended = index.appendingTo(journalFile);
    const origin = new Int32Array(plan.total).fill(-1);
    try {
      for (const [d, dir] of dirs.entries()) {
        await stopIfAborted(options.signal);
        journalShard(dir, d, dirs, plan, origin, (text) => {
          const bytes = Buffer.from(text, 'utf8');
          indexAppended(bytes, journal.append(bytes));
        });
      }
    } finally {
      journal.close();
    }
    checkCovered(index, plan.total);
    if (plan.experiment.weeklyEvery > 0) await checkShardWeekly(dirs, origin);
    await stopIfAborted(options.signal);
    const weekly = dirs.map((dir) => resultsPaths(dir).weeklyParquet);
    await finalizeResults(outPaths, plan, index, whole, { from: 'parquet', files: weekly });
    merged = true;
    return { out: options.out, folders: dirs.length, total: plan.total, failed: index.failed };
  } finally {
    lock.release();
    if (!merged && !existed) rmSync(outPaths.dir, { recursive: true, force: true });
  }
}

/** Lets a pending signal handler run (the shards are read synchronously), then stops if the merge was aborted. */
async function stopIfAborted(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return;
  await new Promise((resolve) => setImmediate(resolve));
  if (signal.aborted) throw new MergeInterrupted();
}

/**
 * The `experiment.json` text the folders share: each must be a finished sweep (or shard),
 * none may be the output (compared by real path, so a symbolic link to an input is caught
 * before `--force` could empty it), and all must hold the same bytes.
 */
function commonRecord(dirs: readonly string[], outDir: string): string {
  if (dirs.length === 0) throw new ResultsFolderError(resultsMessages.nothingToMerge());
  const out = realFolder(outDir);
  let record: string | undefined;
  for (const dir of dirs) {
    if (realFolder(dir) === out) {
      const message = resolve(dir) === resolve(outDir) ? resultsMessages.inputIsOutput(dir) : resultsMessages.outputIsInput(outDir, dir);
      throw new ResultsFolderError(message, { path: dir });
    }
    const paths = checkFinishedSweep(dir, { shard: true });
    const text = readExperimentText(paths.experiment);
    if (record === undefined) record = text;
    else if (text !== record) throw new ResultsFolderError(resultsMessages.differentExperimentFrom(dir, dirs[0]), { path: dir });
  }
  return record!;
}

/**
 * Appends the runs of one shard's `runs.csv` to the merged journal, row by row (a shard of a
 * large sweep need not fit in memory), recording in `origin` which folder each run came from
 * so a run found twice is named with both folders.
 */
function journalShard(
  dir: string,
  d: number,
  dirs: readonly string[],
  plan: SweepPlan,
  origin: Int32Array,
  append: (text: string) => void,
): void {
  let header: string[] | undefined;
  let runAt = 0;
  let statusAt = 0;
  let errorAt = 0;
  let metricAt: number[] = [];
  let text = '';
  readCsvRows(resultsPaths(dir).runsCsv, (row) => {
    if (!header) {
      header = row;
      const column = (name: string) => {
        const i = row.indexOf(name);
        if (i < 0) throw new ResultsFolderError(resultsMessages.missingColumn(`${dir}/runs.csv`, csvField(name)), { file: `${dir}/runs.csv`, expected: name });
        return i;
      };
      runAt = column('run');
      statusAt = column('status');
      errorAt = column('error');
      metricAt = plan.experiment.metrics.map(column);
      return;
    }
    const run = Number(row[runAt]);
    if (!Number.isInteger(run) || run < 0 || run >= plan.total) {
      throw new ResultsFolderError(resultsMessages.runOutOfRange(`${dir}/runs.csv`, row[runAt], plan.total), { file: `${dir}/runs.csv` });
    }
    if (origin[run] !== -1) throw new ResultsFolderError(resultsMessages.runTwice(run, dirs[origin[run]], dir));
    origin[run] = d;
    const status = row[statusAt] === 'failed' ? 'failed' : 'ok';
    const metrics = metricAt.map((i) => (row[i] === '' ? null : Number(row[i])));
    text += formatJournalLine({ run, status, metrics, ...(row[errorAt] ? { error: row[errorAt] } : {}) });
    if (text.length > 1 << 18) {
      append(text);
      text = '';
    }
  });
  if (!header) throw new ResultsFolderError(resultsMessages.emptyRuns(`${dir}/runs.csv`), { file: `${dir}/runs.csv` });
  append(text);
}

/** That the merged journal holds every run of the sweep; otherwise names the first missing ones. */
function checkCovered(index: JournalIndex, total: number): void {
  if (index.done === total) return;
  const missing: number[] = [];
  for (let run = 0; run < total && missing.length < 5; run++) if (!index.has(run)) missing.push(run);
  throw new ResultsFolderError(resultsMessages.missingRuns(index.done, total, missing));
}
