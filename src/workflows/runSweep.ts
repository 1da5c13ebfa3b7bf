import { availableParallelism } from 'node:os';
import { JournalIndex, journalFiles } from '../results/JournalIndex.js';
import { JournalWriter } from '../results/JournalWriter.js';
import { finalizeResults } from '../results/finalizeResults.js';
import type { SweepModel } from '../experiment/models/types.js';
import { planSweep } from './planSweep.js';
import { prepareResultsFolder } from '../results/prepareResultsFolder.js';
import { resultsPaths } from '../results/resultsPaths.js';
import { runPool, SweepInterrupted } from '../experiment/runPool.js';
import { shardRuns, shardSize, type Shard } from '../results/shard.js';
import type { NormalizedExperiment } from '../experiment/types.js';
import { withOwnMetrics } from '../experiment/withOwnMetrics.js';
import { join } from 'node:path';

/** How to run a sweep. */
export interface SweepOptions {
  /** The results folder. */
  out: string;
  /** Worker threads (default: all cores); 0 runs in this thread. */
  workers?: number;
  /** Run only this share of the runs (default: all). */
  shard?: Shard | null;
  /** Continue the sweep already in `out`. */
  resume?: boolean;
  /** Replace the results already in `out`. */
  force?: boolean;
  /** Stops the sweep cleanly (finished runs are kept for `resume`). */
  signal?: AbortSignal;
  /** Called after every finished batch. */
  onProgress?: (progress: SweepProgress) => void;
  /** A user model object, run in this thread (for `source.kind: 'module'` without a file). */
  model?: SweepModel;
  /**
   * Longest time one run may take on a worker, in seconds (default 600); a run past it is
   * stopped and recorded as failed, and the sweep goes on. Not applied with `workers: 0`.
   */
  runTimeout?: number;
}

/** Where a sweep stands. */
export interface SweepProgress {
  /** Runs in this sweep (or shard). */
  total: number;
  /** Runs finished, including those found when resuming. */
  done: number;
  failed: number;
  /** Runs finished by this process. */
  ran: number;
  /** Milliseconds since this process started running. */
  elapsedMs: number;
}

/** What a finished sweep did. */
export interface SweepSummary extends SweepProgress {
  out: string;
  /** Runs that were already finished when the sweep started (resume). */
  resumed: number;
}

/**
 * Runs an experiment into a results folder: plans the design and seeds, runs every pending
 * run on a pool of worker threads, appends each finished run to a journal as it completes
 * (memory stays flat), and when all are done writes `runs.csv`, `runs.parquet` (and
 * `weekly.parquet`) sorted by run. A run that throws is recorded as failed and the sweep goes
 * on. Results never depend on workers, their order, sharding or resuming: a run's seed and
 * design point follow from its number alone.
 *
 * Interrupted (signal, Ctrl-C) it rejects with `SweepInterrupted` after keeping what is done;
 * `resume: true` continues from there, and `kill -9` loses at most the runs in flight.
 *
 * @example
 * const summary = await runSweep(await loadExperimentFile('sweep.yaml'), { out: 'results/sweep' });
 * summary.done === summary.total; // true
 */
export async function runSweep(given: NormalizedExperiment, options: SweepOptions): Promise<SweepSummary> {
  const experiment = await withOwnMetrics(given);
  const plan = planSweep(experiment);
  const shard = options.shard ?? { index: 1, count: 1 };
  const paths = resultsPaths(options.out);
  const total = shardSize(plan.total, shard);
  const { lock, complete, failed } = prepareResultsFolder(paths, plan.record, shard, options);
  const started = performance.now();
  try {
    const summary = (done: number, failed: number, ran: number, resumed: number): SweepSummary => ({
      out: options.out,
      total,
      done,
      failed,
      ran,
      resumed,
      elapsedMs: performance.now() - started,
    });
    if (complete) return summary(total, failed, 0, total);
    // the index of finished runs: scanned from the journals once, then kept up to date as runs are appended
    const index = JournalIndex.scan(paths.partial, plan.total);
    const resumed = index.done;
    const progress = { done: index.done, failed: index.failed, ran: 0 };
    const remaining = total - index.done;
    if (remaining > 0) {
      const existing = journalFiles(paths.partial);
      const next = existing.length ? Number(/\d+/.exec(existing[existing.length - 1])![0]) + 1 : 0;
      const journalFile = join(paths.partial, `journal-${next}.jsonl`);
      const journal = new JournalWriter(journalFile);
      const indexAppended = index.appendingTo(journalFile);
      const pending = (function* () {
        for (const run of shardRuns(plan.total, shard)) if (!index.has(run)) yield run;
      })();
      try {
        await runPool({
          experiment,
          context: plan.context,
          workers: options.workers ?? availableParallelism(),
          runs: pending,
          remaining,
          signal: options.signal,
          model: options.model,
          runTimeout: options.runTimeout,
          onBatch(text, count, failed) {
            const bytes = Buffer.from(text, 'utf8');
            indexAppended(bytes, journal.append(bytes));
            progress.done += count;
            progress.ran += count;
            progress.failed += failed;
            options.onProgress?.({ total, ...progress, elapsedMs: performance.now() - started });
          },
        });
      } catch (error) {
        if (error instanceof SweepInterrupted) Object.assign(error, { progress: { total, ...progress } });
        throw error;
      } finally {
        journal.close();
      }
    }
    await finalizeResults(paths, plan, index, shard);
    return summary(index.done, index.failed, progress.ran, resumed);
  } finally {
    lock.release();
  }
}
