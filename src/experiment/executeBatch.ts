import type { DesignPoint } from './designs/types.js';
import type { RunFunction } from './buildRunFunction.js';
import { guardProcessExit } from './guardProcessExit.js';
import { formatJournalLine, type JournalEntry } from '../results/journalLine.js';
import { runCoordinates } from '../results/runCoordinates.js';
import { runSeed } from '../results/runSeed.js';

/** What a worker needs to turn a run number into a design point and a seed. */
export interface RunContext {
  points: DesignPoint[];
  replications: number;
  seed: number;
  commonRandomNumbers: boolean;
  metricCount: number;
  /**
   * Points of the design without variants: a point's seeds are those of point
   * `point mod basePoints` (common random numbers across variants). Equals `points.length`
   * without variants.
   */
  basePoints: number;
}

/** The journal text of a batch of finished runs, and how many of them failed. */
export interface BatchResult {
  text: string;
  failed: number;
}

/**
 * Executes a batch of runs and formats them as journal lines. A run that throws is recorded
 * as failed with its error message (no stack trace, so the text is the same on every
 * machine; cut to `ERROR_LIMIT` characters), and the batch goes on; so is a run whose model
 * calls `process.exit` (`guardProcessExit`).
 *
 * @example
 * executeBatch(run, context, [0, 1, 2]).text.split('\n').length; // 4 (three lines and the end)
 */
export function executeBatch(run: RunFunction, context: RunContext, runs: ArrayLike<number>): BatchResult {
  return guardProcessExit(() => executeRuns(run, context, runs));
}

function executeRuns(run: RunFunction, context: RunContext, runs: ArrayLike<number>): BatchResult {
  let text = '';
  let failed = 0;
  for (let i = 0; i < runs.length; i++) {
    const number = runs[i];
    const { point, replicate } = runCoordinates(number, context.replications);
    const seed = runSeed(context.seed, point % context.basePoints, replicate, context.commonRandomNumbers);
    let entry: JournalEntry;
    try {
      const outcome = run(context.points[point], seed);
      entry = { run: number, status: 'ok', metrics: outcome.metrics };
      if (outcome.weekly) entry.weekly = outcome.weekly;
      if (outcome.organisations) entry.organisations = outcome.organisations;
      if (outcome.trustSnapshots) entry.trustSnapshots = outcome.trustSnapshots;
    } catch (error) {
      failed++;
      text += failedRunLine(number, context.metricCount, errorText(error));
      continue;
    }
    text += formatJournalLine(entry);
  }
  return { text, failed };
}

/**
 * Longest error message kept for a failed run, in characters: enough for any real message,
 * while a model that throws megabytes cannot swell the journal, `runs.csv` or the messages
 * between threads.
 */
export const ERROR_LIMIT = 1000;

/**
 * The journal line of a failed run: no metric values and the error message, cut to
 * `ERROR_LIMIT` characters (ending in `... (N characters in all)`).
 *
 * @example
 * failedRunLine(7, 1, 'x too large'); // '{"run":7,"status":"failed","metrics":[null],"error":"x too large"}\n'
 */
export function failedRunLine(run: number, metricCount: number, message: string): string {
  const error = message.length <= ERROR_LIMIT ? message : `${message.slice(0, ERROR_LIMIT - 40)}... (${message.length} characters in all)`;
  return formatJournalLine({ run, status: 'failed', metrics: new Array<null>(metricCount).fill(null), error });
}

/** The message of whatever a run threw (a thrown value need not be an Error, and may even fail to print). */
function errorText(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return 'the run threw a value that cannot be shown';
  }
}
